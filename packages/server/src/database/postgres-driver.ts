import { createRequire } from 'node:module';
import type pg from 'pg';
import type { CopyStreamQuery } from 'pg-copy-streams';

const require = createRequire(import.meta.url);
let driver: typeof pg | undefined;

/**
 * The pg driver, loaded the first time a PostgreSQL database is opened: a server on SQLite never
 * reads it (loading it was a tenth of the CPU of a start before its first page).
 */
export function postgresDriver(): typeof pg {
  if (driver) return driver;
  const loaded = require('pg') as typeof pg;
  // PostgreSQL returns bigint (int8) and numeric as strings; our bigints are fen and counts,
  // all well inside Number.MAX_SAFE_INTEGER, so read them as numbers once, here.
  loaded.types.setTypeParser(loaded.types.builtins.INT8, (v) => Number(v));
  loaded.types.setTypeParser(loaded.types.builtins.NUMERIC, (v) => Number(v));
  return (driver = loaded);
}

/** A COPY … FROM STDIN to run on a pg client (pg-copy-streams, loaded with the first bulk load on PostgreSQL). */
export function copyFrom(sql: string): CopyStreamQuery {
  return (require('pg-copy-streams') as typeof import('pg-copy-streams')).from(sql);
}

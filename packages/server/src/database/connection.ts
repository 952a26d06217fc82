import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import { ReadRoutingPool } from './read-routing.js';
import { postgresDriver } from './postgres-driver.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely instance plus what the rest of the server needs to know about it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite file, for backups; undefined on PostgreSQL. */
  sqliteFile?: string;
  /** The raw better-sqlite3 connection, for bulk loads with prepared statements. */
  sqlite?: SQLite.Database;
  /** The pg pool of the primary, for COPY bulk loads. */
  pgPool?: pg.Pool;
  /** With DATABASE_READ_URL: where each query went (database/read-routing.ts). */
  readRouting?: ReadRoutingPool;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    sqliteFile: file === ':memory:' ? undefined : path.resolve(file),
    sqlite,
    close: () => db.destroy(),
  };
}

function postgresPool(config: pg.PoolConfig): pg.Pool {
  const pool = new (postgresDriver().Pool)({ max: 10, ...config });
  // A connection the server ends (restart, pg_terminate_backend, DROP DATABASE … WITH (FORCE))
  // emits 'error' on its client; without a listener that would crash the process. The pool
  // discards the client, and a query in flight still fails with the error where it was made.
  const ignoreDroppedConnection = () => undefined;
  pool.on('error', ignoreDroppedConnection);
  pool.on('connect', (client) => client.on('error', ignoreDroppedConnection));
  return pool;
}

function openPostgres(url: string, readUrl: string | undefined): DatabaseHandle {
  const pool = postgresPool({ connectionString: url });
  // A replica that does not answer within a second is skipped (read-routing.ts), not waited for.
  const readRouting = readUrl ? new ReadRoutingPool(pool, postgresPool({ connectionString: readUrl, connectionTimeoutMillis: 1000, application_name: 'ipcounty-read' })) : undefined;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: readRouting ?? pool }) });
  return { db, dialect: 'postgres', pgPool: pool, ...(readRouting ? { readRouting } : {}), close: () => db.destroy() };
}

/**
 * Open the database named by DATABASE_URL: a SQLite file path, or a postgres:// URL; with
 * `readUrl` (DATABASE_READ_URL, PostgreSQL only) read routes are served by that replica.
 */
export function openDatabase(url: string, options: { readUrl?: string } = {}): DatabaseHandle {
  if (!isPostgresUrl(url)) {
    if (options.readUrl) throw new Error('DATABASE_READ_URL needs DATABASE_URL on PostgreSQL: a SQLite file has no replica');
    return openSqlite(url.replace(/^sqlite:(\/\/)?/, ''));
  }
  return openPostgres(url, options.readUrl);
}

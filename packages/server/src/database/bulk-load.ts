import { finished } from 'node:stream/promises';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import type pg from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import type { DatabaseHandle, DialectName } from './connection.js';
import type { Database } from './schema.js';
import { inWriteTransaction } from './transactions.js';

/**
 * Bulk loads, the one place where the two dialects part ways (STACK.md: never row by row
 * through the query builder). SQLite: a raw better-sqlite3 prepared statement run once per row
 * inside the BEGIN IMMEDIATE transaction. PostgreSQL: rows COPY into a temporary table, then
 * one INSERT … SELECT … ON CONFLICT (or UPDATE … FROM) moves them into the real table.
 * Everything a session does is one transaction: it commits when `work` returns and rolls back
 * when it throws.
 */

/** A value a column takes: what both drivers bind without conversion. */
export type BulkValue = string | number | null;
/** A value for a column named in `utf8Columns`: a string, or the text as UTF-8 bytes (not decoded first). */
export type BulkTextValue = BulkValue | Buffer;

export interface UpsertSpec {
  table: keyof Database & string;
  /** Every column written, in the order `add` receives values. */
  columns: readonly string[];
  /** The primary key (county_id first). */
  keyColumns: readonly string[];
  /**
   * 'if-changed': update an existing row only when one of `compareColumns` differs, so a
   * re-import of the same data changes nothing (the bookkeeping columns are left out of the
   * comparison); 'never': keep existing rows as they are.
   */
  onConflict: { update: 'if-changed'; compareColumns: readonly string[] } | { update: 'never' };
  /** Text columns whose values `add` may receive as UTF-8 bytes (a Buffer): stored as text all the same. */
  utf8Columns?: readonly string[];
}

export interface UpdateSpec {
  table: keyof Database & string;
  /** Columns set; values come first in `add`, then the key. */
  setColumns: readonly string[];
  keyColumns: readonly string[];
}

export interface BulkWriter {
  /**
   * One row, values in the spec's order; await it (PostgreSQL applies back-pressure). The values
   * are used before `add` returns, never kept: the caller may refill the same array for the next row.
   */
  add(values: readonly BulkTextValue[]): void | Promise<void>;
  /** Writes what is pending; resolves to the number of rows inserted or changed. */
  finish(): Promise<number>;
}

export interface BulkSession {
  /** The transaction, for everything that is not a bulk load (history, audit, small queries). */
  db: Kysely<Database>;
  dialect: DialectName;
  upsert(spec: UpsertSpec): BulkWriter;
  update(spec: UpdateSpec): BulkWriter;
}

/** SQLite page cache during a bulk write, in KiB (negative: a size, not a page count). */
const BULK_CACHE_KIB = -32_768;

export async function inBulkTransaction<T>(handle: DatabaseHandle, work: (session: BulkSession) => Promise<T>): Promise<T> {
  if (handle.dialect === 'sqlite') {
    const sqlite = handle.sqlite;
    if (!sqlite) throw new Error('SQLite handle without its connection');
    // A larger page cache while the transaction writes (32 MB: 64 MB was no faster and cost the
    // memory goal of 500 MB at 1M rows): the primary-key index of a big table is
    // updated at random places, and with the default 2 MB most of them miss the cache.
    const previous = sqlite.pragma('cache_size', { simple: true }) as number;
    sqlite.pragma(`cache_size = ${BULK_CACHE_KIB}`);
    try {
      return await inWriteTransaction(handle, (db) =>
        work({
          db,
          dialect: 'sqlite',
          upsert: (spec) => sqliteWriter(sqlite.prepare(upsertSql(spec, 'sqlite'))),
          update: (spec) => sqliteWriter(sqlite.prepare(updateSql(spec))),
        }),
      );
    } finally {
      sqlite.pragma(`cache_size = ${previous}`);
    }
  }
  const pool = handle.pgPool;
  if (!pool) throw new Error('PostgreSQL handle without its pool');
  const client = await pool.connect();
  // A Kysely over this one client, so queries it runs and the COPY streams share the transaction.
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: singleClientPool(client) }) });
  let stage = 0;
  try {
    return await db.transaction().execute((tx) =>
      work({
        db: tx,
        dialect: 'postgres',
        upsert: (spec) => postgresUpsert(client, spec, `bulk_stage_${(stage += 1)}`),
        update: (spec) => postgresUpdate(client, spec, `bulk_stage_${(stage += 1)}`),
      }),
    );
  } finally {
    await db.destroy();
    client.release();
  }
}

function singleClientPool(client: pg.PoolClient): PostgresPool {
  return {
    connect: async () => ({ query: client.query.bind(client) as never, release: () => undefined }),
    end: async () => undefined,
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function upsertSql(spec: UpsertSpec, dialect: DialectName, source?: string): string {
  const columns = spec.columns.map(quote).join(', ');
  const target = `${quote(spec.table)} (${columns})`;
  // SQLite binds a Buffer as a blob; the cast stores its bytes as text (UTF-8, the database's encoding).
  const utf8 = new Set(spec.utf8Columns ?? []);
  const placeholders = spec.columns.map((c) => (utf8.has(c) ? 'cast(? as text)' : '?'));
  const rows = source ? `select ${columns} from ${quote(source)}${dialect === 'sqlite' ? ' where true' : ''}` : `values (${placeholders.join(', ')})`;
  const conflict = `on conflict (${spec.keyColumns.map(quote).join(', ')})`;
  if (spec.onConflict.update === 'never') return `insert into ${target} ${rows} ${conflict} do nothing`;
  const keys = new Set(spec.keyColumns);
  const sets = spec.columns.filter((c) => !keys.has(c)).map((c) => `${quote(c)} = excluded.${quote(c)}`);
  const differs = dialect === 'sqlite' ? 'is not' : 'is distinct from';
  const changed = spec.onConflict.compareColumns.map((c) => `${quote(spec.table)}.${quote(c)} ${differs} excluded.${quote(c)}`).join(' or ');
  return `insert into ${target} ${rows} ${conflict} do update set ${sets.join(', ')} where ${changed}`;
}

function updateSql(spec: UpdateSpec): string {
  const sets = spec.setColumns.map((c) => `${quote(c)} = ?`).join(', ');
  const where = spec.keyColumns.map((c) => `${quote(c)} = ?`).join(' and ');
  return `update ${quote(spec.table)} set ${sets} where ${where}`;
}

function sqliteWriter(statement: { run(values: readonly BulkTextValue[]): { changes: number } }): BulkWriter {
  let changed = 0;
  return {
    add(values) {
      changed += statement.run(values).changes;
    },
    finish: async () => changed,
  };
}

/** One value in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
function copyField(value: BulkTextValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : value.toString('utf8');
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Rows are sent in chunks, each a complete COPY: a COPY left open would hold the connection, and
 * a query run between two rows (reading what to write next) would wait for it forever.
 */
const COPY_CHUNK_CHARS = 8 * 1024 * 1024;

/** Streams rows into a fresh temporary table shaped like `columns` of `table`, then runs `merge`. */
function postgresStaged(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  stage: string,
  merge: () => Promise<number>,
): BulkWriter {
  const list = columns.map(quote).join(', ');
  let created = false;
  let pending = '';
  const copyPending = async () => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    if (!created) {
      await client.query(`create temporary table ${quote(stage)} on commit drop as select ${list} from ${quote(table)} with no data`);
      created = true;
    }
    const copy: CopyStreamQuery = client.query(copyFrom(`copy ${quote(stage)} (${list}) from stdin`));
    copy.end(text);
    await finished(copy);
  };
  return {
    async add(values) {
      pending += `${values.map(copyField).join('\t')}\n`;
      if (pending.length >= COPY_CHUNK_CHARS) await copyPending();
    },
    async finish() {
      await copyPending();
      if (!created) return 0;
      const changed = await merge();
      await client.query(`drop table ${quote(stage)}`);
      return changed;
    },
  };
}

function postgresUpsert(client: pg.PoolClient, spec: UpsertSpec, stage: string): BulkWriter {
  return postgresStaged(client, spec.table, spec.columns, stage, async () => {
    const result = await client.query<{ n: number }>(`with written as (${upsertSql(spec, 'postgres', stage)} returning 1) select count(*)::int as n from written`);
    return result.rows[0]?.n ?? 0;
  });
}

function postgresUpdate(client: pg.PoolClient, spec: UpdateSpec, stage: string): BulkWriter {
  const columns = [...spec.setColumns, ...spec.keyColumns];
  return postgresStaged(client, spec.table, columns, stage, async () => {
    const sets = spec.setColumns.map((c) => `${quote(c)} = s.${quote(c)}`).join(', ');
    const where = spec.keyColumns.map((c) => `t.${quote(c)} = s.${quote(c)}`).join(' and ');
    const result = await client.query(`update ${quote(spec.table)} t set ${sets} from ${quote(stage)} s where ${where}`);
    return result.rowCount ?? 0;
  });
}

export interface ScanSpec {
  table: keyof Database & string;
  /** Columns read, in the order each row's values come. */
  columns: readonly string[];
  countyId: string;
  /** The key after county_id, which rows come in the order of. */
  key: string;
  /** SQLite: the index that covers the columns (the planner might otherwise read the wide table row by row). */
  index: string;
  /** PostgreSQL: rows per page, each page one result held in memory; 50,000 by default. */
  pageRows?: number;
}

/**
 * Every row of a county in key order, each as an array of its values: a bulk read for a million
 * rows, with no object per row and no query builder. SQLite steps one statement over the covering
 * index; PostgreSQL reads pages by key. `onRow` may keep the values array.
 */
export async function scanCounty(handle: DatabaseHandle, spec: ScanSpec, onRow: (values: unknown[]) => void): Promise<void> {
  const columns = spec.columns.map(quote).join(', ');
  if (handle.dialect === 'sqlite') {
    const sqlite = handle.sqlite;
    if (!sqlite) throw new Error('SQLite handle without its connection');
    const statement = sqlite.prepare(`select ${columns} from ${quote(spec.table)} indexed by ${quote(spec.index)} where county_id = ? order by ${quote(spec.key)}`).raw(true);
    for (const row of statement.iterate(spec.countyId)) onRow(row as unknown[]);
    return;
  }
  const pool = handle.pgPool;
  if (!pool) throw new Error('PostgreSQL handle without its pool');
  const position = spec.columns.indexOf(spec.key);
  if (position < 0) throw new Error(`scanCounty: the key ${spec.key} must be among the columns`);
  const pageRows = spec.pageRows ?? 50_000;
  const page = (from: string) => `select ${columns} from ${quote(spec.table)} where county_id = $1 ${from} order by ${quote(spec.key)} limit ${pageRows}`;
  let after: unknown = null;
  for (;;) {
    const result: pg.QueryResult<unknown[]> = await pool.query<unknown[]>(
      after === null
        ? { text: page(''), values: [spec.countyId], rowMode: 'array' }
        : { text: page(`and ${quote(spec.key)} > $2`), values: [spec.countyId, after], rowMode: 'array' },
    );
    for (const row of result.rows) onRow(row);
    if (result.rows.length < pageRows) return;
    after = result.rows[result.rows.length - 1]?.[position];
  }
}

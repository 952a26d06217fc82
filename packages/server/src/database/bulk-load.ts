import { finished } from 'node:stream/promises';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import type pg from 'pg';
import type { CopyStreamQuery } from 'pg-copy-streams';
import type { DatabaseHandle, DialectName } from './connection.js';
import type { Database } from './schema.js';
import { inWriteTransaction } from './transactions.js';
import { copyFrom } from './postgres-driver.js';

/**
 * Bulk loads, the one place where the two dialects part ways (STACK.md: never row by row
 * through the query builder). SQLite: a raw better-sqlite3 prepared statement run once per row
 * inside the BEGIN IMMEDIATE transaction. PostgreSQL: rows stream through one open COPY into a
 * temporary table, then one INSERT … SELECT … ON CONFLICT (or UPDATE … FROM) moves them into the
 * real table; rows whose keys are all new (UpsertSpec.insertOnly) COPY straight into it.
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
  /**
   * Every key is new: the table holds none of them (the caller found the county's rows empty)
   * and the rows are not expected to repeat one. PostgreSQL then COPYs straight into the table,
   * with no staging table and no merge; a key there after all (a repeated row, or one another
   * connection committed meanwhile) fails the write with BulkKeyConflict, and the transaction
   * must be rolled back. SQLite upserts as without it.
   */
  insertOnly?: boolean;
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
  /**
   * Hands what is pending to the database now (PostgreSQL: ends the COPY in progress); throws
   * what writing failed with, BulkKeyConflict when an insert-only writer met a key already there.
   */
  flush(): Promise<void>;
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
  const lane = new CopyLane();
  // A Kysely over this one client, so queries it runs and the COPY streams share the transaction.
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: singleClientPool(client, lane) }) });
  let stage = 0;
  try {
    return await db.transaction().execute((tx) =>
      work({
        db: tx,
        dialect: 'postgres',
        upsert: (spec) => (spec.insertOnly ? postgresInsert(client, lane, spec) : postgresUpsert(client, lane, spec, `bulk_stage_${(stage += 1)}`)),
        update: (spec) => postgresUpdate(client, lane, spec, `bulk_stage_${(stage += 1)}`),
      }),
    );
  } finally {
    await lane.settle();
    await db.destroy();
    client.release();
  }
}

/**
 * The session's one connection: a query waits for the COPY in progress to end first (a query
 * sent during a COPY would wait for it forever), and is refused with the COPY's error when that
 * failed (the transaction is spoiled; only its rollback goes through).
 */
function singleClientPool(client: pg.PoolClient, lane: CopyLane): PostgresPool {
  const query = async (text: string, values?: unknown[]) => {
    const failure = await lane.settle();
    if (failure !== undefined && !/^\s*rollback/i.test(text)) throw failure;
    return client.query(text, values);
  };
  return {
    connect: async () => ({ query: query as never, release: () => undefined }),
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
    flush: async () => undefined,
    finish: async () => changed,
  };
}

/** A character COPY's text format escapes. */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES = /[\\\t\n\r]/g;
const copyEscape = (c: string) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r');
const BACKSLASH = 0x5c;
const TAB_BYTE = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** One value in COPY's text format: \N for null; backslash, tab and line breaks escaped (most values have none: tested before replaced). */
export function copyField(value: BulkTextValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : value.toString('utf8');
  return COPY_SPECIAL.test(text) ? text.replace(COPY_ESCAPES, copyEscape) : text;
}

/** UTF-8 bytes COPY takes as they are: none of the four escaped (looked for natively, without decoding). */
const plainBytes = (value: Buffer) => value.indexOf(BACKSLASH) === -1 && value.indexOf(TAB_BYTE) === -1 && value.indexOf(LF) === -1 && value.indexOf(CR) === -1;

/** Bytes of COPY text handed to the connection at a time. */
const COPY_SEND_BYTES = 1 << 20;
/** Chunks held at most while the connection is still busy with what was sent: then `add` waits. */
const COPY_HOLD_CHUNKS = 8;

/** A key an insert-only writer met that is in the table already (stored, or earlier in the same load). */
export class BulkKeyConflict extends Error {
  constructor(cause: unknown) {
    super('a key written as new is in the table already', { cause });
  }
}

/** The session's COPY in progress, at most one: ended before any other statement runs on the connection. */
class CopyLane {
  current: CopyStream | undefined;

  /** Ends the COPY in progress, if any; resolves to the error it failed with (undefined if none). */
  async settle(): Promise<unknown> {
    const current = this.current;
    this.current = undefined;
    return current?.end();
  }
}

/**
 * Rows streamed into one table through COPY … FROM STDIN while the caller goes on producing them:
 * each row is formatted straight into a buffer of COPY text (text columns given as UTF-8 bytes
 * are copied over as they are, never decoded), handed to the connection a megabyte at a time;
 * `row` only waits when the database is COPY_HOLD_CHUNKS behind. The COPY stays open between
 * rows; the lane ends it before any other statement (and it is opened again on the next rows).
 * Errors are kept, not thrown: `end` resolves to the first.
 */
class CopyStream {
  private stream: CopyStreamQuery | undefined;
  private ended: Promise<void> | undefined;
  private sending: Promise<void> | undefined;
  private buffer = Buffer.allocUnsafe(COPY_SEND_BYTES);
  private used = 0;
  /** Filled buffers not yet handed over. */
  private queue: Buffer[] = [];
  /** Rows the database reported copied, by COPYs ended. */
  rows = 0;
  failure: unknown;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly lane: CopyLane,
    private readonly sql: string,
    /** Run once before the first COPY (creating the staging table). */
    private prepare?: () => Promise<void>,
  ) {}

  /** Makes room for `bytes` more: a full buffer goes to the queue (a row may span two, COPY does not mind). */
  private room(bytes: number): void {
    if (this.buffer.length - this.used >= bytes) return;
    if (this.used > 0) this.queue.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(Math.max(COPY_SEND_BYTES, bytes));
    this.used = 0;
  }

  private text(text: string): void {
    // At most three bytes a UTF-16 unit in UTF-8.
    this.room(text.length * 3);
    this.used += this.buffer.write(text, this.used);
  }

  row(values: readonly BulkTextValue[]): void | Promise<void> {
    if (this.failure !== undefined) return;
    // The row's text between byte values, written at once.
    let line = '';
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? null;
      if (i > 0) line += '\t';
      if (typeof value !== 'object' || value === null || !plainBytes(value)) {
        line += copyField(value);
        continue;
      }
      this.text(line);
      line = '';
      this.room(value.length);
      this.used += value.copy(this.buffer, this.used);
    }
    this.text(`${line}\n`);
    if (this.queue.length === 0) return;
    if (!this.sending || this.queue.length > COPY_HOLD_CHUNKS) return this.send();
  }

  private async open(): Promise<void> {
    if (this.lane.current !== this) {
      const failure = await this.lane.settle();
      if (failure !== undefined) throw failure;
    }
    if (this.prepare) {
      await this.prepare();
      this.prepare = undefined;
    }
    const stream: CopyStreamQuery = this.client.query(copyFrom(this.sql));
    stream.on('error', (error: unknown) => (this.failure ??= error));
    this.stream = stream;
    this.ended = finished(stream).then(
      () => void (this.rows += stream.rowCount),
      (error: unknown) => void (this.failure ??= error),
    );
    this.lane.current = this;
  }

  /** Hands the queued buffers to the connection; waits for the last ones handed over first. */
  private async send(): Promise<void> {
    if (this.sending) await this.sending;
    if (!this.stream) await this.open();
    if (this.failure !== undefined || this.queue.length === 0) return;
    const chunk = this.queue.length === 1 ? this.queue[0]! : Buffer.concat(this.queue);
    this.queue = [];
    const stream = this.stream!;
    // One write at a time (pg-copy-streams keeps no queue of its own safely past an error), its
    // completion awaited by the next send or by `end`, or the COPY failing.
    this.sending = Promise.race([new Promise<void>((resolve) => stream.write(chunk, () => resolve())), this.ended!]).finally(() => (this.sending = undefined));
  }

  /** Sends the rest and ends the COPY in progress; resolves to the error the COPY failed with, if it did. */
  async end(): Promise<unknown> {
    if (this.lane.current === this) this.lane.current = undefined;
    if (this.used > 0) {
      this.queue.push(this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafe(COPY_SEND_BYTES);
      this.used = 0;
    }
    if (this.queue.length > 0 && this.failure === undefined) await this.send().catch((error: unknown) => (this.failure ??= error));
    this.queue = [];
    await this.sending;
    const stream = this.stream;
    this.stream = undefined;
    if (stream) {
      if (this.failure === undefined) stream.end();
      await this.ended;
    }
    if (this.lane.current === this) this.lane.current = undefined;
    return this.failure;
  }
}

/** Formats each row as a COPY line for `stream`; `failed` turns the COPY's error into what to throw. */
function copyWriter(stream: CopyStream, failed: (failure: unknown) => unknown, finish: () => Promise<number>): BulkWriter {
  const flush = async () => {
    const failure = await stream.end();
    if (failure !== undefined) throw failed(failure);
  };
  return {
    add: (values) => stream.row(values),
    flush,
    async finish() {
      await flush();
      return finish();
    },
  };
}

const copySql = (table: string, columns: readonly string[]) => `copy ${quote(table)} (${columns.map(quote).join(', ')}) from stdin`;

/**
 * Rows COPY'd straight into the table: the writer of a load whose every key is new
 * (UpsertSpec.insertOnly). A key there already fails the COPY: finish throws BulkKeyConflict.
 */
function postgresInsert(client: pg.PoolClient, lane: CopyLane, spec: UpsertSpec): BulkWriter {
  const stream = new CopyStream(client, lane, copySql(spec.table, spec.columns));
  return copyWriter(stream, (failure) => (isUniqueViolation(failure) ? new BulkKeyConflict(failure) : failure), async () => stream.rows);
}

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/** Streams rows into a fresh temporary table shaped like `columns` of `table`, then runs `merge`. */
function postgresStaged(
  client: pg.PoolClient,
  lane: CopyLane,
  table: string,
  columns: readonly string[],
  stage: string,
  merge: () => Promise<number>,
): BulkWriter {
  let created = false;
  const create = async () => {
    await client.query(`create temporary table ${quote(stage)} on commit drop as select ${columns.map(quote).join(', ')} from ${quote(table)} with no data`);
    created = true;
  };
  const stream = new CopyStream(client, lane, copySql(stage, columns), create);
  return copyWriter(stream, (failure) => failure, async () => {
    if (!created) return 0;
    const changed = await merge();
    await client.query(`drop table ${quote(stage)}`);
    return changed;
  });
}

function postgresUpsert(client: pg.PoolClient, lane: CopyLane, spec: UpsertSpec, stage: string): BulkWriter {
  return postgresStaged(client, lane, spec.table, spec.columns, stage, async () => {
    const result = await client.query<{ n: number }>(`with written as (${upsertSql(spec, 'postgres', stage)} returning 1) select count(*)::int as n from written`);
    return result.rows[0]?.n ?? 0;
  });
}

function postgresUpdate(client: pg.PoolClient, lane: CopyLane, spec: UpdateSpec, stage: string): BulkWriter {
  const columns = [...spec.setColumns, ...spec.keyColumns];
  return postgresStaged(client, lane, spec.table, columns, stage, async () => {
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

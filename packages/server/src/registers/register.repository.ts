import { sql, type Expression, type QueryResult, type RawBuilder, type SqlBool } from 'kysely';
import type { RegisterKind } from '@ipcounty/domain';
import type { PatentRegisterTable, RegisterTable } from '../database/register-schema.js';
import type { DialectName } from '../database/connection.js';
import type { Executor } from '../database/transactions.js';
import { registerTableOf, type RecordDocument } from './register-record.js';

/** A stored register row, as the repository returns it (patents carry their four extra columns). */
export type StoredRecord = RegisterTable & Partial<Pick<PatentRegisterTable, 'grant_date' | 'applicant_type' | 'effective_from' | 'effective_until' | 'fact_flags'>>;

/** What a register list can be filtered by; every filter is optional. */
export interface RecordFilter {
  /** Text searched in the key and the whole record. */
  q?: string;
  /** Plan region codes (a region and the regions under it); empty matches nothing. */
  regions?: readonly string[];
  category?: string;
  /** On the register's date (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  demo?: boolean;
  attribution?: RegisterTable['attribution'];
  /** Only these keys. */
  keys?: readonly string[];
  /** Patents: in force on this date. */
  effectiveAt?: string;
  /** Patents: granted in this range. */
  grantedFrom?: string;
  grantedTo?: string;
  applicantType?: string;
}

/**
 * Every register table has the same columns, so one set of queries serves them all. Kysely's types
 * need one concrete table; queries name the real table at run time and the patents' extra columns
 * are selected only from register_patents.
 */
type AnyRegister = 'register_trademarks';
const tableOf = (kind: RegisterKind) => registerTableOf[kind] as AnyRegister;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditions(kind: RegisterKind, countyId: string, filter: RecordFilter): Expression<SqlBool>[] {
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`county_id = ${countyId}`];
  if (filter.q && filter.q.trim() !== '') {
    const pattern = `%${escapeLike(filter.q.trim().toLowerCase())}%`;
    parts.push(sql<SqlBool>`(lower(record_key) like ${pattern} escape '\\' or lower(document) like ${pattern} escape '\\')`);
  }
  if (filter.regions) parts.push(filter.regions.length > 0 ? sql<SqlBool>`region in (${sql.join(filter.regions)})` : sql<SqlBool>`1 = 0`);
  if (filter.category) parts.push(sql<SqlBool>`category = ${filter.category}`);
  if (filter.from) parts.push(sql<SqlBool>`event_date >= ${filter.from}`);
  if (filter.to) parts.push(sql<SqlBool>`event_date <= ${filter.to}`);
  if (filter.demo !== undefined) parts.push(sql<SqlBool>`demo = ${filter.demo ? 1 : 0}`);
  if (filter.attribution) parts.push(sql<SqlBool>`attribution = ${filter.attribution}`);
  if (filter.keys) parts.push(filter.keys.length > 0 ? sql<SqlBool>`record_key in (${sql.join(filter.keys)})` : sql<SqlBool>`1 = 0`);
  if (kind === 'patents') {
    if (filter.effectiveAt) {
      parts.push(sql<SqlBool>`effective_from <= ${filter.effectiveAt} and (effective_until is null or effective_until > ${filter.effectiveAt})`);
    }
    if (filter.grantedFrom) parts.push(sql<SqlBool>`grant_date >= ${filter.grantedFrom}`);
    if (filter.grantedTo) parts.push(sql<SqlBool>`grant_date <= ${filter.grantedTo}`);
    if (filter.applicantType) parts.push(sql<SqlBool>`applicant_type = ${filter.applicantType}`);
  }
  return parts;
}

const whereAll = (parts: readonly Expression<SqlBool>[]) => sql<SqlBool>`${sql.join(parts, sql` and `)}`;

export const registerRepository = {
  async list(db: Executor, kind: RegisterKind, countyId: string, filter: RecordFilter, page: { offset: number; limit: number }): Promise<{ total: number; records: StoredRecord[] }> {
    const where = whereAll(conditions(kind, countyId, filter));
    const table = sql.table(registerTableOf[kind]);
    const total = await sql<{ n: number | string }>`select count(*) as n from ${table} where ${where}`.execute(db);
    const rows = await sql<StoredRecord>`select * from ${table} where ${where} order by event_date desc, record_key limit ${page.limit} offset ${page.offset}`.execute(db);
    return { total: Number(total.rows[0]?.n ?? 0), records: rows.rows };
  },

  /** The region each of `keys` is stored in (null: placed nowhere); keys not stored are left out. */
  async regionsOf(db: Executor, kind: RegisterKind, countyId: string, keys: readonly string[]): Promise<Map<string, string | null>> {
    if (keys.length === 0) return new Map();
    const rows = await sql<{ record_key: string; region: string | null }>`select record_key, region from ${sql.table(registerTableOf[kind])}
      where county_id = ${countyId} and record_key in (${sql.join(keys)})`.execute(db);
    return new Map(rows.rows.map((r) => [r.record_key, r.region]));
  },

  async get(db: Executor, kind: RegisterKind, countyId: string, key: string): Promise<StoredRecord | undefined> {
    const result = await sql<StoredRecord>`select * from ${sql.table(registerTableOf[kind])} where county_id = ${countyId} and record_key = ${key}`.execute(db);
    return result.rows[0];
  },

  /** Every matching row, a page at a time in key order, for exports (a million rows never sit in memory). */
  async *stream(db: Executor, kind: RegisterKind, countyId: string, filter: RecordFilter, pageSize = 2000): AsyncGenerator<StoredRecord[]> {
    const parts = conditions(kind, countyId, filter);
    let after: string | null = null;
    for (;;) {
      const keyed: Expression<SqlBool>[] = after === null ? parts : [...parts, sql<SqlBool>`record_key > ${after}`];
      const result = await sql<StoredRecord>`select * from ${sql.table(registerTableOf[kind])} where ${whereAll(keyed)} order by record_key limit ${pageSize}`.execute(db);
      if (result.rows.length === 0) return;
      yield result.rows;
      after = result.rows[result.rows.length - 1]!.record_key;
      if (result.rows.length < pageSize) return;
    }
  },

  /** Key, region and document of every record, a page at a time in key order (what the statistics read). */
  async *documents(db: Executor, kind: RegisterKind, countyId: string, pageSize = 5000): AsyncGenerator<{ record_key: string; region: string | null; document: string }[]> {
    let after: string | null = null;
    for (;;) {
      const keyed: RawBuilder<unknown> = after === null ? sql`` : sql`and record_key > ${after}`;
      const result: QueryResult<{ record_key: string; region: string | null; document: string }> = await sql<{ record_key: string; region: string | null; document: string }>`select record_key, region, document from ${sql.table(registerTableOf[kind])} where county_id = ${countyId} ${keyed} order by record_key limit ${pageSize}`.execute(db);
      if (result.rows.length === 0) return;
      yield result.rows;
      after = result.rows[result.rows.length - 1]!.record_key;
      if (result.rows.length < pageSize) return;
    }
  },

  async remove(db: Executor, kind: RegisterKind, countyId: string, key: string): Promise<boolean> {
    const result = await db.deleteFrom(tableOf(kind)).where('county_id', '=', countyId).where('record_key', '=', key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  /** How many records the register holds for the county. */
  async total(db: Executor, kind: RegisterKind, countyId: string): Promise<number> {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(registerTableOf[kind])} where county_id = ${countyId}`.execute(db);
    return Number(result.rows[0]?.n ?? 0);
  },

  /** The stored documents of these keys (those that exist), read 500 keys at a time. */
  async documentsOf(db: Executor, kind: RegisterKind, countyId: string, keys: readonly string[]): Promise<Map<string, RecordDocument>> {
    const documents = new Map<string, RecordDocument>();
    for (let start = 0; start < keys.length; start += 500) {
      const batch = keys.slice(start, start + 500);
      const result = await sql<{ record_key: string; document: string }>`select record_key, document from ${sql.table(registerTableOf[kind])} where county_id = ${countyId} and record_key in (${sql.join(batch)})`.execute(db);
      for (const row of result.rows) documents.set(row.record_key, JSON.parse(row.document) as RecordDocument);
    }
    return documents;
  },

  /** Rows per register, and how many of them are demo data. */
  /** `regions` limits the counts to a user's data scope (undefined: the whole county). */
  async counts(db: Executor, kind: RegisterKind, countyId: string, regions?: readonly string[]): Promise<{ total: number; demo: number; unresolved: number }> {
    const result = await sql<{ total: number | string; demo: number | string | null; unresolved: number | string | null }>`
      select count(*) as total,
             sum(case when demo = 1 then 1 else 0 end) as demo,
             sum(case when attribution = 'unresolved' then 1 else 0 end) as unresolved
      from ${sql.table(registerTableOf[kind])} where ${whereAll(conditions(kind, countyId, regions ? { regions } : {}))}`.execute(db);
    const row = result.rows[0];
    return { total: Number(row?.total ?? 0), demo: Number(row?.demo ?? 0), unresolved: Number(row?.unresolved ?? 0) };
  },

  /** Addresses no region could be found for, by address, with how many records of each register carry them. */
  async unresolvedAddresses(
    db: Executor,
    countyId: string,
    kinds: readonly RegisterKind[],
    /** A user's data scope (undefined: the whole county). An unresolved record lies in no region, so a town sees none. */
    regions?: readonly string[],
  ): Promise<{ kind: RegisterKind; addressKey: string; address: string; note: string | null; records: number }[]> {
    const parts = kinds.map(
      (kind) => sql`select ${kind} as kind, address_key, min(address) as address, min(attribution_note) as note, count(*) as records
                    from ${sql.table(registerTableOf[kind])}
                    where ${whereAll(conditions(kind, countyId, regions ? { regions } : {}))} and attribution = 'unresolved' and address_key is not null
                    group by address_key`,
    );
    const result = await sql<{ kind: RegisterKind; address_key: string; address: string; note: string | null; records: number | string }>`${sql.join(parts, sql` union all `)}`.execute(db);
    return result.rows.map((r) => ({ kind: r.kind, addressKey: r.address_key, address: r.address, note: r.note, records: Number(r.records) }));
  },

  /** Records carrying an address, for re-placing them after an assignment changes. */
  async withAddress(db: Executor, kind: RegisterKind, countyId: string, addressKey: string): Promise<{ record_key: string; document: string }[]> {
    return db.selectFrom(tableOf(kind)).select(['record_key', 'document']).where('county_id', '=', countyId).where('address_key', '=', addressKey).execute();
  },

  /**
   * PostgreSQL: the planner's statistics of a register, taken again in the caller's transaction
   * after a bulk write changed much of it. Until autovacuum's next analyze (on a province's table,
   * only once a tenth of it changed) the rows a county just imported look absent, and a lookup by
   * key among them reads the whole county: 0.8 s for 1,000 keys among 200,000 patents. SQLite:
   * nothing (its lookups by key take the primary key without statistics).
   */
  async analyze(db: Executor, dialect: DialectName, kind: RegisterKind): Promise<void> {
    // Only the key's columns: what a lookup by key is planned by (all of them, the documents too, took seconds).
    if (dialect === 'postgres') await sql`analyze ${sql.table(registerTableOf[kind])} (county_id, record_key)`.execute(db);
  },

  async removeDemo(db: Executor, kind: RegisterKind, countyId: string): Promise<number> {
    const result = await db.deleteFrom(tableOf(kind)).where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};

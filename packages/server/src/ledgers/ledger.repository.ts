import { sql, type Selectable, type SqlBool } from 'kysely';
import type { LedgerKind } from '@ipcounty/domain';
import type { LedgerFilesTable, LedgerRecordsTable } from '../database/ledger-schema.js';
import type { Executor } from '../database/transactions.js';

export type StoredLedgerRecord = Selectable<LedgerRecordsTable>;

/** A ledger row with the plan tasks and work items it evidences. */
export interface LedgerRow extends StoredLedgerRecord {
  tasks: number[];
  workItems: string[];
}

/** What a ledger list can be filtered by; every filter is optional. */
export interface LedgerFilter {
  q?: string;
  /** Plan region codes; empty matches nothing. With `countyWide`, rows of the county as a whole too. */
  regions?: readonly string[];
  /** Include rows with no town (the county's own) when `regions` is given. */
  countyWide?: boolean;
  category?: string;
  from?: string;
  to?: string;
  year?: number;
  task?: number;
  demo?: boolean;
  ids?: readonly string[];
}

/** A row to write: the record and its links. */
export interface LedgerWrite {
  recordId: string;
  recordKey: string;
  title: string;
  region: string | null;
  category: string | null;
  recordDate: string | null;
  year: number | null;
  searchText: string;
  document: string;
  demo: boolean;
  tasks: readonly number[];
  workItems: readonly string[];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const PAGE = 500;

async function withLinks(db: Executor, countyId: string, kind: LedgerKind | null, rows: StoredLedgerRecord[]): Promise<LedgerRow[]> {
  if (rows.length === 0) return [];
  const tasks = new Map<string, number[]>();
  const items = new Map<string, string[]>();
  for (let start = 0; start < rows.length; start += PAGE) {
    const ids = rows.slice(start, start + PAGE).map((r) => r.record_id);
    let taskQuery = db.selectFrom('ledger_record_tasks').select(['kind', 'record_id', 'task_number']).where('county_id', '=', countyId).where('record_id', 'in', ids);
    let itemQuery = db.selectFrom('ledger_record_work_items').select(['kind', 'record_id', 'item_id']).where('county_id', '=', countyId).where('record_id', 'in', ids);
    if (kind) {
      taskQuery = taskQuery.where('kind', '=', kind);
      itemQuery = itemQuery.where('kind', '=', kind);
    }
    for (const t of await taskQuery.orderBy('task_number').execute()) tasks.set(`${t.kind}/${t.record_id}`, [...(tasks.get(`${t.kind}/${t.record_id}`) ?? []), Number(t.task_number)]);
    for (const i of await itemQuery.orderBy('item_id').execute()) items.set(`${i.kind}/${i.record_id}`, [...(items.get(`${i.kind}/${i.record_id}`) ?? []), i.item_id]);
  }
  return rows.map((row) => ({ ...row, demo: Number(row.demo), year: row.year === null ? null : Number(row.year), tasks: tasks.get(`${row.kind}/${row.record_id}`) ?? [], workItems: items.get(`${row.kind}/${row.record_id}`) ?? [] }));
}

function filtered(db: Executor, kind: LedgerKind, countyId: string, filter: LedgerFilter) {
  let query = db.selectFrom('ledger_records').where('county_id', '=', countyId).where('kind', '=', kind);
  if (filter.q && filter.q.trim() !== '') {
    const pattern = `%${escapeLike(filter.q.trim().toLowerCase())}%`;
    query = query.where(sql<SqlBool>`search_text like ${pattern} escape '\\'`);
  }
  if (filter.regions) {
    const regions = filter.regions;
    query = query.where((eb) => {
      const parts = [...(regions.length ? [eb('region', 'in', regions)] : []), ...(filter.countyWide ? [eb('region', 'is', null)] : [])];
      return parts.length ? eb.or(parts) : sql<SqlBool>`1 = 0`;
    });
  }
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.from) query = query.where('record_date', '>=', filter.from);
  if (filter.to) query = query.where('record_date', '<=', filter.to);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.demo !== undefined) query = query.where('demo', '=', filter.demo ? 1 : 0);
  if (filter.ids) query = filter.ids.length ? query.where('record_id', 'in', filter.ids) : query.where('record_id', '=', '');
  if (filter.task !== undefined) {
    const task = filter.task;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('ledger_record_tasks as t')
          .select('t.task_number')
          .whereRef('t.county_id', '=', 'ledger_records.county_id')
          .whereRef('t.kind', '=', 'ledger_records.kind')
          .whereRef('t.record_id', '=', 'ledger_records.record_id')
          .where('t.task_number', '=', task),
      ),
    );
  }
  return query;
}

export const ledgerRepository = {
  async list(db: Executor, kind: LedgerKind, countyId: string, filter: LedgerFilter, page: { offset: number; limit: number }): Promise<{ total: number; rows: LedgerRow[] }> {
    const total = await filtered(db, kind, countyId, filter).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
    const rows = await filtered(db, kind, countyId, filter).selectAll().orderBy('record_date', 'desc').orderBy('year', 'desc').orderBy('record_key').limit(page.limit).offset(page.offset).execute();
    return { total: Number(total?.n ?? 0), rows: await withLinks(db, countyId, kind, rows) };
  },

  /** Every row of a sheet that matches (ledgers are hundreds of rows a year, not millions). */
  async all(db: Executor, kind: LedgerKind, countyId: string, filter: LedgerFilter = {}): Promise<LedgerRow[]> {
    const rows = await filtered(db, kind, countyId, filter).selectAll().orderBy('record_date').orderBy('record_key').execute();
    return withLinks(db, countyId, kind, rows);
  },

  async get(db: Executor, kind: LedgerKind, countyId: string, recordId: string): Promise<LedgerRow | undefined> {
    const row = await db.selectFrom('ledger_records').selectAll().where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', recordId).executeTakeFirst();
    return row ? (await withLinks(db, countyId, kind, [row]))[0] : undefined;
  },

  async idsByKey(db: Executor, kind: LedgerKind, countyId: string): Promise<Map<string, { recordId: string; document: string; region: string | null }>> {
    const rows = await db.selectFrom('ledger_records').select(['record_key', 'record_id', 'document', 'region']).where('county_id', '=', countyId).where('kind', '=', kind).execute();
    return new Map(rows.map((r) => [r.record_key, { recordId: r.record_id, document: r.document, region: r.region }]));
  },

  /** Insert or replace a row and its links; `by` and `at` stamp the change. */
  async save(db: Executor, kind: LedgerKind, countyId: string, write: LedgerWrite, stamp: { at: string; by: string }, existing: boolean): Promise<void> {
    const values = {
      record_key: write.recordKey,
      title: write.title,
      region: write.region,
      category: write.category,
      record_date: write.recordDate,
      year: write.year,
      search_text: write.searchText,
      document: write.document,
      demo: write.demo ? 1 : 0,
      updated_at: stamp.at,
      updated_by: stamp.by,
    };
    if (existing) {
      await db.updateTable('ledger_records').set(values).where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', write.recordId).execute();
      await db.deleteFrom('ledger_record_tasks').where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', write.recordId).execute();
      await db.deleteFrom('ledger_record_work_items').where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', write.recordId).execute();
    } else {
      await db.insertInto('ledger_records').values({ county_id: countyId, kind, record_id: write.recordId, ...values, created_at: stamp.at, created_by: stamp.by }).execute();
    }
    const tasks = [...new Set(write.tasks)];
    if (tasks.length) await db.insertInto('ledger_record_tasks').values(tasks.map((task_number) => ({ county_id: countyId, kind, record_id: write.recordId, task_number }))).execute();
    const items = [...new Set(write.workItems)];
    if (items.length) await db.insertInto('ledger_record_work_items').values(items.map((item_id) => ({ county_id: countyId, kind, record_id: write.recordId, item_id }))).execute();
  },

  async remove(db: Executor, kind: LedgerKind, countyId: string, recordId: string): Promise<void> {
    await db.deleteFrom('ledger_files').where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', recordId).execute();
    await db.deleteFrom('ledger_record_tasks').where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', recordId).execute();
    await db.deleteFrom('ledger_record_work_items').where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', recordId).execute();
    await db.deleteFrom('ledger_records').where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', '=', recordId).execute();
  },

  /** Removes every demo row of a county; returns how many. */
  async removeDemo(db: Executor, countyId: string): Promise<number> {
    const demo = db.selectFrom('ledger_records').select('record_id').where('county_id', '=', countyId).where('demo', '=', 1);
    await db.deleteFrom('ledger_files').where('county_id', '=', countyId).where('record_id', 'in', demo).execute();
    await db.deleteFrom('ledger_record_tasks').where('county_id', '=', countyId).where('record_id', 'in', demo).execute();
    await db.deleteFrom('ledger_record_work_items').where('county_id', '=', countyId).where('record_id', 'in', demo).execute();
    const result = await db.deleteFrom('ledger_records').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  async demoCount(db: Executor, countyId: string): Promise<number> {
    const row = await db.selectFrom('ledger_records').select((eb) => eb.fn.countAll<number | string>().as('n')).where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  /** Record ids of a sheet linked to a work item. */
  async linkedToWorkItem(db: Executor, countyId: string, itemId: string): Promise<{ kind: string; recordId: string }[]> {
    const rows = await db.selectFrom('ledger_record_work_items').select(['kind', 'record_id']).where('county_id', '=', countyId).where('item_id', '=', itemId).execute();
    return rows.map((r) => ({ kind: r.kind, recordId: r.record_id }));
  },

  async addFile(db: Executor, countyId: string, file: Selectable<LedgerFilesTable>): Promise<void> {
    await db.insertInto('ledger_files').values({ ...file, county_id: countyId }).execute();
  },

  async files(db: Executor, countyId: string, kind: LedgerKind, recordIds: readonly string[]): Promise<Selectable<LedgerFilesTable>[]> {
    if (recordIds.length === 0) return [];
    return db.selectFrom('ledger_files').selectAll().where('county_id', '=', countyId).where('kind', '=', kind).where('record_id', 'in', recordIds).orderBy('uploaded_at').execute();
  },

  async file(db: Executor, countyId: string, fileId: string): Promise<Selectable<LedgerFilesTable> | undefined> {
    return db.selectFrom('ledger_files').selectAll().where('county_id', '=', countyId).where('file_id', '=', fileId).executeTakeFirst();
  },
};

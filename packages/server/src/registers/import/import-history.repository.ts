import type { Selectable } from 'kysely';
import type { ColumnReading, GrantTally, ImportCounts, ImportRecord, ImportStatus, LocalizedText, RowProblem } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import type { RegisterImportsTable } from '../../database/register-schema.js';

function toRecord(row: Selectable<RegisterImportsTable>): ImportRecord {
  return {
    importId: row.import_id,
    kind: row.kind as ImportRecord['kind'],
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: Number(row.size_bytes),
    status: row.status,
    demo: row.demo === 1,
    actorId: row.actor_id,
    actorName: row.actor_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    rowsRead: row.rows_read,
    records: row.records,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    message: row.message ? (JSON.parse(row.message) as LocalizedText) : null,
    exportDate: row.export_date ?? null,
    granted: row.granted === null || row.granted === undefined ? null : Number(row.granted),
    presumedLapses: row.presumed_lapses === null || row.presumed_lapses === undefined ? null : Number(row.presumed_lapses),
  };
}

/** What an import read besides its counts: the export date, the grants and presumed lapses (patents), the columns. */
export interface ImportReadings {
  exportDate?: string | null;
  granted?: number | null;
  presumedLapses?: number | null;
  columns?: readonly ColumnReading[];
}

const summaryColumns = [
  'county_id',
  'import_id',
  'kind',
  'file_name',
  'sha256',
  'size_bytes',
  'status',
  'demo',
  'actor_id',
  'actor_name',
  'started_at',
  'finished_at',
  'rows_read',
  'records',
  'inserted',
  'updated',
  'unchanged',
  'error_count',
  'warning_count',
  'message',
  'export_date',
  'granted',
  'presumed_lapses',
] as const;

export const importHistoryRepository = {
  async start(
    db: Executor,
    countyId: string,
    entry: { importId: string; kind: ImportRecord['kind']; fileName: string; sha256: string; sizeBytes: number; demo: boolean; actorId: string | null; actorName: string; at: string },
  ): Promise<void> {
    await db
      .insertInto('register_imports')
      .values({
        county_id: countyId,
        import_id: entry.importId,
        kind: entry.kind,
        file_name: entry.fileName,
        sha256: entry.sha256,
        size_bytes: entry.sizeBytes,
        status: 'running',
        demo: entry.demo ? 1 : 0,
        actor_id: entry.actorId,
        actor_name: entry.actorName,
        started_at: entry.at,
        problems: '[]',
      })
      .execute();
  },

  async finish(
    db: Executor,
    countyId: string,
    importId: string,
    outcome: { status: ImportStatus; at: string; counts: ImportCounts; problems: readonly RowProblem[]; message?: LocalizedText | null; sha256?: string; sizeBytes?: number; readings?: ImportReadings },
  ): Promise<void> {
    const readings = outcome.readings ?? {};
    const c = outcome.counts;
    await db
      .updateTable('register_imports')
      .set({
        status: outcome.status,
        finished_at: outcome.at,
        rows_read: c.rowsRead,
        records: c.records,
        inserted: c.inserted,
        updated: c.updated,
        unchanged: c.unchanged,
        error_count: c.errorCount,
        warning_count: c.warningCount,
        problems: JSON.stringify(outcome.problems),
        message: outcome.message ? JSON.stringify(outcome.message) : null,
        ...(outcome.sha256 ? { sha256: outcome.sha256 } : {}),
        ...(outcome.sizeBytes !== undefined ? { size_bytes: outcome.sizeBytes } : {}),
        ...(readings.exportDate !== undefined ? { export_date: readings.exportDate } : {}),
        ...(readings.granted !== undefined ? { granted: readings.granted } : {}),
        ...(readings.presumedLapses !== undefined ? { presumed_lapses: readings.presumedLapses } : {}),
        ...(readings.columns ? { column_readings: JSON.stringify(readings.columns) } : {}),
      })
      .where('county_id', '=', countyId)
      .where('import_id', '=', importId)
      .execute();
  },

  async get(db: Executor, countyId: string, importId: string): Promise<ImportRecord | undefined> {
    const row = await db.selectFrom('register_imports').select(summaryColumns).where('county_id', '=', countyId).where('import_id', '=', importId).executeTakeFirst();
    return row ? toRecord({ ...row, problems: '', column_readings: null }) : undefined;
  },

  /** How each column of an import was read; empty for imports made before this was recorded. */
  async columnReadings(db: Executor, countyId: string, importId: string): Promise<ColumnReading[]> {
    const row = await db.selectFrom('register_imports').select('column_readings').where('county_id', '=', countyId).where('import_id', '=', importId).executeTakeFirst();
    return row?.column_readings ? (JSON.parse(row.column_readings) as ColumnReading[]) : [];
  },

  /** The last committed patent import that counted its grants: what the next file is compared with (grantGuard). */
  async lastGrantTally(db: Executor, countyId: string): Promise<GrantTally | null> {
    const row = await db
      .selectFrom('register_imports')
      .select(['records', 'granted'])
      .where('county_id', '=', countyId)
      .where('kind', '=', 'patents')
      .where('status', '=', 'committed')
      .where('demo', '=', 0)
      .where('granted', 'is not', null)
      .orderBy('finished_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { records: Number(row.records), granted: Number(row.granted) } : null;
  },

  async problems(db: Executor, countyId: string, importId: string): Promise<RowProblem[] | undefined> {
    const row = await db.selectFrom('register_imports').select('problems').where('county_id', '=', countyId).where('import_id', '=', importId).executeTakeFirst();
    return row ? (JSON.parse(row.problems) as RowProblem[]) : undefined;
  },

  /** `actorId` limits the list to one user's own imports (a reporter's data scope). */
  async list(db: Executor, countyId: string, page: { offset: number; limit: number; kind?: string; actorId?: string }): Promise<{ total: number; imports: ImportRecord[] }> {
    let query = db.selectFrom('register_imports').where('county_id', '=', countyId);
    if (page.kind) query = query.where('kind', '=', page.kind);
    if (page.actorId !== undefined) query = query.where('actor_id', '=', page.actorId);
    const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    const rows = await query.select(summaryColumns).orderBy('started_at', 'desc').orderBy('import_id').offset(page.offset).limit(page.limit).execute();
    return { total: Number(total?.n ?? 0), imports: rows.map((r) => toRecord({ ...r, problems: '', column_readings: null })) };
  },

  /** Imports left 'running' by a server that stopped mid-way: they changed nothing (one transaction). */
  async markInterrupted(db: Executor, at: string): Promise<number> {
    const result = await db.updateTable('register_imports').set({ status: 'failed', finished_at: at }).where('status', '=', 'running').executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  async isEmpty(db: Executor, countyId: string): Promise<boolean> {
    const row = await db.selectFrom('register_imports').select('import_id').where('county_id', '=', countyId).limit(1).executeTakeFirst();
    return row === undefined;
  },
};

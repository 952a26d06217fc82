import type { Executor } from '../../database/transactions.js';

/** Imports still marked as running: what a process that was killed mid-import leaves behind. */
export const runningImportsRepository = {
  async startedBefore(db: Executor, before: string): Promise<{ countyId: string; importId: string; kind: string; fileName: string }[]> {
    const rows = await db
      .selectFrom('register_imports')
      .select(['county_id', 'import_id', 'kind', 'file_name'])
      .where('status', '=', 'running')
      .where('started_at', '<', before)
      .execute();
    return rows.map((row) => ({ countyId: row.county_id, importId: row.import_id, kind: row.kind, fileName: row.file_name }));
  },

  async isRunning(db: Executor, countyId: string, importId: string): Promise<boolean> {
    const row = await db
      .selectFrom('register_imports')
      .select('status')
      .where('county_id', '=', countyId)
      .where('import_id', '=', importId)
      .executeTakeFirst();
    return row?.status === 'running';
  },
};

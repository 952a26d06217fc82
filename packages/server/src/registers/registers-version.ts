import type { DatabaseHandle } from '../database/connection.js';
import type { Executor } from '../database/transactions.js';

/**
 * A value that changes whenever any register of the county changes (import, edit, deletion,
 * address assignment, demo data): the indicator service keys its cache on it.
 */
export async function registersVersion(handle: DatabaseHandle, countyId: string): Promise<string> {
  const row = await handle.db.selectFrom('register_versions').select('version').where('county_id', '=', countyId).executeTakeFirst();
  return String(row?.version ?? 0);
}

/** Call in the transaction that changes a register. */
export async function bumpRegistersVersion(db: Executor, countyId: string, at: string): Promise<void> {
  await db
    .insertInto('register_versions')
    .values({ county_id: countyId, version: 1, changed_at: at })
    .onConflict((c) => c.column('county_id').doUpdateSet((eb) => ({ version: eb('register_versions.version', '+', 1), changed_at: at })))
    .execute();
}

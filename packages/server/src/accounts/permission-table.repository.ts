import { defaultPermissionTable, validatePermissionTable, type PermissionTable } from '@ipcounty/domain';
import { commitCounter } from '../database/commit-counter.js';
import type { DatabaseHandle } from '../database/connection.js';
import type { Executor } from '../database/transactions.js';

/** How long a table read for authorisation is reused; a change in this process voids it at once. */
const CACHE_MS = 1000;
const cache = new WeakMap<DatabaseHandle, Map<string, { generation: number; readAt: number; table: PermissionTable }>>();
/** Reads under way, by database, county and commit generation. */
const reading = new WeakMap<DatabaseHandle, Map<string, Promise<PermissionTable>>>();

/** 访问控制策略: the county's role → permission table (DJ-AC-05); the default until it is edited. */
export const permissionTableRepository = {
  async get(db: Executor, countyId: string): Promise<{ table: PermissionTable; edited: { at: string; by: string } | null }> {
    const row = await db.selectFrom('permission_tables').select(['document', 'updated_at', 'updated_by']).where('county_id', '=', countyId).executeTakeFirst();
    if (!row) return { table: defaultPermissionTable, edited: null };
    const table = JSON.parse(row.document) as PermissionTable;
    // A stored table that breaks the rules (written past the service) grants by the default instead.
    if (validatePermissionTable(table).length > 0) return { table: defaultPermissionTable, edited: null };
    return { table, edited: { at: row.updated_at, by: row.updated_by } };
  },

  async put(db: Executor, countyId: string, table: PermissionTable, at: string, by: string): Promise<void> {
    const values = { document: JSON.stringify(table), updated_at: at, updated_by: by };
    await db
      .insertInto('permission_tables')
      .values({ county_id: countyId, ...values })
      .onConflict((oc) => oc.column('county_id').doUpdateSet(values))
      .execute();
  },

  /** The table authorisation uses on every request: read at most once a second, and afresh after any commit here. */
  async forAuthorisation(handle: DatabaseHandle, countyId: string): Promise<PermissionTable> {
    let byCounty = cache.get(handle);
    if (!byCounty) cache.set(handle, (byCounty = new Map()));
    const hit = byCounty.get(countyId);
    const generation = commitCounter.current();
    if (hit && hit.generation === generation && performance.now() - hit.readAt < CACHE_MS) return hit.table;
    // The requests that arrive together when the copy has lapsed share one read.
    const key = `${countyId}|${generation}`;
    let pending = reading.get(handle);
    if (!pending) reading.set(handle, (pending = new Map()));
    const underway = pending;
    let read = underway.get(key);
    if (!read) {
      read = permissionTableRepository
        .get(handle.db, countyId)
        .then(({ table }) => {
          byCounty.set(countyId, { generation, readAt: performance.now(), table });
          return table;
        })
        .finally(() => underway.delete(key));
      underway.set(key, read);
    }
    return read;
  },
};

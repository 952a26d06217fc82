import type { Executor } from '../database/transactions.js';

/** Display names of the accounts that acted on supervision records, for history lists (ids stay in the data). */
export const peopleRepository = {
  async displayNames(db: Executor, countyId: string, userIds: readonly string[]): Promise<Record<string, string>> {
    const ids = [...new Set(userIds)].filter((id) => id !== '');
    if (ids.length === 0) return {};
    const rows = await db.selectFrom('users').select(['user_id', 'display_name']).where('county_id', '=', countyId).where('user_id', 'in', ids).execute();
    return Object.fromEntries(rows.map((r) => [r.user_id, r.display_name]));
  },
};

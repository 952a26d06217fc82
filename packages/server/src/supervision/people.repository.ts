import type { Executor } from '../database/transactions.js';

/** An active reporter account as reminders see it: the unit or town it reports for, and its e-mail. */
export interface ReporterAccount {
  userId: string;
  role: 'unit-reporter' | 'town-reporter';
  unitCode: string | null;
  regionCode: string | null;
  email: string | null;
}

/** Display names of the accounts that acted on supervision records, for history lists (ids stay in the data). */
export const peopleRepository = {
  async displayNames(db: Executor, countyId: string, userIds: readonly string[]): Promise<Record<string, string>> {
    const ids = [...new Set(userIds)].filter((id) => id !== '');
    if (ids.length === 0) return {};
    const rows = await db.selectFrom('users').select(['user_id', 'display_name']).where('county_id', '=', countyId).where('user_id', 'in', ids).execute();
    return Object.fromEntries(rows.map((r) => [r.user_id, r.display_name]));
  },

  /** The county's active unit and town reporters, with the unit or town they report for. */
  async reporters(db: Executor, countyId: string): Promise<ReporterAccount[]> {
    const rows = await db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', (join) => join.onRef('r.county_id', '=', 'u.county_id').onRef('r.user_id', '=', 'u.user_id'))
      .select(['u.user_id', 'r.role_id', 'u.unit_code', 'u.region_code', 'u.email'])
      .where('u.county_id', '=', countyId)
      .where('u.status', '=', 'active')
      .where('r.role_id', 'in', ['unit-reporter', 'town-reporter'])
      .orderBy('u.user_id')
      .execute();
    return rows.map((r) => ({ userId: r.user_id, role: r.role_id as ReporterAccount['role'], unitCode: r.unit_code, regionCode: r.region_code, email: r.email }));
  },
};

import type { Executor } from '../database/transactions.js';

/** 县（市）: the counties loaded, one per plan imported. */
export const countyRepository = {
  /** Every county's code, in code order. */
  async ids(db: Executor): Promise<string[]> {
    const rows = await db.selectFrom('counties').select('county_id').orderBy('county_id').execute();
    return rows.map((r) => r.county_id);
  },

  /** Every county's code and name, in code order. */
  async list(db: Executor): Promise<{ countyId: string; name: string }[]> {
    const rows = await db.selectFrom('counties').select(['county_id', 'name']).orderBy('county_id').execute();
    return rows.map((r) => ({ countyId: r.county_id, name: r.name }));
  },

  /** The county's name (金湖县), or undefined when it is not loaded. */
  async name(db: Executor, countyId: string): Promise<string | undefined> {
    const row = await db.selectFrom('counties').select('name').where('county_id', '=', countyId).executeTakeFirst();
    return row?.name;
  },

  /** Whether any account belongs to the county. */
  async hasAccounts(db: Executor, countyId: string): Promise<boolean> {
    return (await db.selectFrom('users').select('user_id').where('county_id', '=', countyId).limit(1).executeTakeFirst()) !== undefined;
  },
};

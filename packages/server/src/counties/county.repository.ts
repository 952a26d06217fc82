import type { Executor } from '../database/transactions.js';

/** 县（市）: the counties loaded, one per plan imported. */
export const countyRepository = {
  /** Every county's code, in code order. */
  async ids(db: Executor): Promise<string[]> {
    const rows = await db.selectFrom('counties').select('county_id').orderBy('county_id').execute();
    return rows.map((r) => r.county_id);
  },

  /** The county's name (金湖县), or undefined when it is not loaded. */
  async name(db: Executor, countyId: string): Promise<string | undefined> {
    const row = await db.selectFrom('counties').select('name').where('county_id', '=', countyId).executeTakeFirst();
    return row?.name;
  },
};

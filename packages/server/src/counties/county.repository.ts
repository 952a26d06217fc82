import { countyNameEn } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

/** 县（市）: the counties loaded, one per plan imported. */
export const countyRepository = {
  /** Every county's code, in code order. */
  async ids(db: Executor): Promise<string[]> {
    const rows = await db.selectFrom('counties').select('county_id').orderBy('county_id').execute();
    return rows.map((r) => r.county_id);
  },

  /** Every county's code and names (Chinese, English: the plan's, else made from the code), in code order. */
  async list(db: Executor): Promise<{ countyId: string; name: string; nameEn: string }[]> {
    const rows = await db.selectFrom('counties').select(['county_id', 'name', 'name_en']).orderBy('county_id').execute();
    return rows.map((r) => ({ countyId: r.county_id, name: r.name, nameEn: countyNameEn({ code: r.county_id, name: r.name, nameEn: r.name_en }) }));
  },

  /** The county's names (see list), or undefined when it is not loaded. */
  async names(db: Executor, countyId: string): Promise<{ name: string; nameEn: string } | undefined> {
    const row = await db.selectFrom('counties').select(['name', 'name_en']).where('county_id', '=', countyId).executeTakeFirst();
    return row ? { name: row.name, nameEn: countyNameEn({ code: countyId, name: row.name, nameEn: row.name_en }) } : undefined;
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

import { defaultKeyIndustries } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

const KEY_INDUSTRIES = 'key-industries';

/** Register settings the office keeps per county; for now the key industries (重点产业, 3+X). */
export const registerSettingsRepository = {
  async keyIndustries(db: Executor, countyId: string): Promise<string[]> {
    const row = await db
      .selectFrom('register_settings')
      .select('value')
      .where('county_id', '=', countyId)
      .where('setting_key', '=', KEY_INDUSTRIES)
      .executeTakeFirst();
    return row ? (JSON.parse(row.value) as string[]) : [...defaultKeyIndustries];
  },

  async saveKeyIndustries(db: Executor, countyId: string, industries: readonly string[], at: string, by: string): Promise<void> {
    const value = JSON.stringify(industries);
    await db
      .insertInto('register_settings')
      .values({ county_id: countyId, setting_key: KEY_INDUSTRIES, value, updated_at: at, updated_by: by })
      .onConflict((c) => c.columns(['county_id', 'setting_key']).doUpdateSet({ value, updated_at: at, updated_by: by }))
      .execute();
  },
};

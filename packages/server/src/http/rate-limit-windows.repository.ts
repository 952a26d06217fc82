import { sql } from 'kysely';
import type { Executor } from '../database/transactions.js';

/** Request-rate windows in the database, so every server process counts against the same ceiling. */
export const rateLimitWindowsRepository = {
  /**
   * Counts one request in `bucket`'s window, opening a new window when the current one began at or
   * before `expiredBefore`. One statement (an upsert that reads the old row), so two processes
   * counting at the same moment both count.
   */
  async hit(db: Executor, countyId: string, bucket: string, at: string, expiredBefore: string): Promise<{ hits: number; windowStart: string }> {
    const result = await sql<{ hits: number | string; window_start: string }>`
      insert into rate_limit_windows (county_id, bucket, window_start, hits) values (${countyId}, ${bucket}, ${at}, 1)
      on conflict (county_id, bucket) do update set
        hits = case when rate_limit_windows.window_start <= ${expiredBefore} then 1 else rate_limit_windows.hits + 1 end,
        window_start = case when rate_limit_windows.window_start <= ${expiredBefore} then excluded.window_start else rate_limit_windows.window_start end
      returning hits, window_start`.execute(db);
    const row = result.rows[0]!;
    return { hits: Number(row.hits), windowStart: row.window_start };
  },

  async read(db: Executor, countyId: string, bucket: string): Promise<{ hits: number; windowStart: string } | undefined> {
    const row = await db.selectFrom('rate_limit_windows').select(['hits', 'window_start']).where('county_id', '=', countyId).where('bucket', '=', bucket).executeTakeFirst();
    return row ? { hits: Number(row.hits), windowStart: row.window_start } : undefined;
  },

  /** Windows that ended before `before` say nothing any more. */
  async prune(db: Executor, before: string): Promise<void> {
    await db.deleteFrom('rate_limit_windows').where('window_start', '<', before).execute();
  },
};

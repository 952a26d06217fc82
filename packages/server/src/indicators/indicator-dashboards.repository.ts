import type { Executor } from '../database/transactions.js';

/** Dates kept per county; past it, those computed longest ago go. */
const KEPT_PER_COUNTY = 200;

/**
 * Dashboards as computed (their JSON), by county and date, each valid for one snapshot key: a
 * cache that outlives the process. Read by key, so a row computed from other inputs is never used.
 */
export const indicatorDashboardsRepository = {
  async find(db: Executor, countyId: string, asOf: string, snapshotKey: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('indicator_dashboards')
      .select('json')
      .where('county_id', '=', countyId)
      .where('as_of', '=', asOf)
      .where('snapshot_key', '=', snapshotKey)
      .executeTakeFirst();
    return row?.json;
  },

  /** Keeps the dashboard and drops the county's rows of other keys (computed from inputs since changed). */
  async put(db: Executor, row: { countyId: string; asOf: string; snapshotKey: string; json: string; computedAt: string }): Promise<void> {
    await db.deleteFrom('indicator_dashboards').where('county_id', '=', row.countyId).where('snapshot_key', '<>', row.snapshotKey).execute();
    const values = { snapshot_key: row.snapshotKey, json: row.json, computed_at: row.computedAt };
    await db
      .insertInto('indicator_dashboards')
      .values({ county_id: row.countyId, as_of: row.asOf, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'as_of']).doUpdateSet(values))
      .execute();
    await db
      .deleteFrom('indicator_dashboards')
      .where('county_id', '=', row.countyId)
      .where('as_of', 'not in', (eb) =>
        eb.selectFrom('indicator_dashboards').select('as_of').where('county_id', '=', row.countyId).orderBy('computed_at', 'desc').limit(KEPT_PER_COUNTY),
      )
      .execute();
  },
};

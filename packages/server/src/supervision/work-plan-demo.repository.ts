import type { Executor } from '../database/transactions.js';

/** What the demo loader made in 督查督办: the year's work items, the rounds it opened, the reports written. */
export interface DemoWorkPlanRecords {
  items: string[];
  rounds: string[];
}

const count = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

/**
 * 示例数据 in 督查督办. The demo's year of work goes through the area's commands like real work
 * (按方案生成, 开启报送, 填报, 审核); afterwards its rows are flagged here, and `demo remove` takes them
 * away with what hangs from them: the reports' versions, events, files and approved figures, and
 * any reminder, 督办单 or draft the ladder made about them since. A demo round the office's own items
 * also report in stays, with their reports.
 */
export const workPlanDemoRepository = {
  async mark(db: Executor, countyId: string, records: DemoWorkPlanRecords): Promise<void> {
    const some = (ids: string[]) => (ids.length ? ids : ['']);
    await db.updateTable('work_items').set({ demo: 1 }).where('county_id', '=', countyId).where('item_id', 'in', some(records.items)).execute();
    await db.updateTable('reports').set({ demo: 1 }).where('county_id', '=', countyId).where('work_item_id', 'in', some(records.items)).execute();
    await db.updateTable('reporting_rounds').set({ demo: 1 }).where('county_id', '=', countyId).where('round_id', 'in', some(records.rounds)).execute();
  },

  /** Removes the demo's work items, reports and rounds and what hangs from them; returns how many items and reports went. */
  async remove(db: Executor, countyId: string): Promise<number> {
    const items = (await db.selectFrom('work_items').select('item_id').where('county_id', '=', countyId).where('demo', '=', 1).execute()).map((r) => r.item_id);
    const reports = (await db.selectFrom('reports').select('report_id').where('county_id', '=', countyId).where('demo', '=', 1).execute()).map((r) => r.report_id);
    const subjects = [...items.map((id) => `work-item:${id}`), ...reports.map((id) => `report:${id}`)];
    if (subjects.length) {
      const reminders = db.selectFrom('supervision_reminders').select('reminder_id').where('county_id', '=', countyId).where('subject_id', 'in', subjects);
      const notices = db.selectFrom('supervision_notices').select('notice_id').where('county_id', '=', countyId).where('subject_id', 'in', subjects);
      await db.deleteFrom('notifications').where('county_id', '=', countyId).where((eb) => eb.or([eb('reminder_id', 'in', reminders), eb('notice_id', 'in', notices)])).execute();
      await db.deleteFrom('supervision_notice_drafts').where('county_id', '=', countyId).where('subject_id', 'in', subjects).execute();
      await db.deleteFrom('supervision_notices').where('county_id', '=', countyId).where('subject_id', 'in', subjects).execute();
      await db.deleteFrom('supervision_reminders').where('county_id', '=', countyId).where('subject_id', 'in', subjects).execute();
    }
    let removed = 0;
    if (reports.length) {
      const demoReports = db.selectFrom('reports').select('report_id').where('county_id', '=', countyId).where('demo', '=', 1);
      for (const table of ['report_versions', 'report_events', 'report_attachments', 'reported_indicator_values'] as const)
        await db.deleteFrom(table).where('county_id', '=', countyId).where('report_id', 'in', demoReports).execute();
      removed += count(await db.deleteFrom('reports').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst());
    }
    if (items.length) {
      const demoItems = db.selectFrom('work_items').select('item_id').where('county_id', '=', countyId).where('demo', '=', 1);
      await db.deleteFrom('work_item_units').where('county_id', '=', countyId).where('item_id', 'in', demoItems).execute();
      removed += count(await db.deleteFrom('work_items').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst());
    }
    await db
      .deleteFrom('reporting_rounds')
      .where('county_id', '=', countyId)
      .where('demo', '=', 1)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('reports').select('report_id').where('reports.county_id', '=', countyId).whereRef('reports.round_id', '=', 'reporting_rounds.round_id'))))
      .execute();
    return removed;
  },
};

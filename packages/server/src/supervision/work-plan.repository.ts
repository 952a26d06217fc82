import type { AnnualIndicatorTargets, DataFilter, Milestone, StoredWorkItem, WorkItem, WorkItemProgress } from '@ipcounty/domain';
import type { WorkItemsTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';
import { withinScope } from './data-scope.js';

function toItem(row: Omit<WorkItemsTable, 'demo'>): StoredWorkItem {
  const milestonesCompleted = JSON.parse(row.milestones_completed) as Record<string, string>;
  return {
    id: row.item_id,
    year: Number(row.year),
    taskNumber: Number(row.task_number),
    title: row.title,
    ...(row.lead_unit ? { leadUnit: row.lead_unit } : {}),
    cooperatingUnits: JSON.parse(row.cooperating_units) as string[],
    deadline: row.deadline,
    content: row.content,
    expectedOutput: row.expected_output,
    milestones: JSON.parse(row.milestones) as Milestone[],
    figures: JSON.parse(row.figures) as string[],
    servesTargets: JSON.parse(row.serves_targets) as string[],
    progress: {
      ...(row.completed_on ? { completedOn: row.completed_on } : {}),
      milestonesCompleted,
    },
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export interface ItemQuery {
  year?: number;
  /** Only items one of these units answers for. */
  unitCodes?: readonly string[];
}

/** Every query about the annual work plan: work items, their responsible units, annual targets. */
export const workPlanRepository = {
  async items(db: Executor, countyId: string, filter: DataFilter, query: ItemQuery = {}): Promise<StoredWorkItem[]> {
    if (query.unitCodes?.length === 0) return [];
    let select = db.selectFrom('work_items').selectAll().where('county_id', '=', countyId);
    if (query.year !== undefined) select = select.where('year', '=', query.year);
    if (filter.kind !== 'all' || query.unitCodes)
      select = select.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('work_item_units as u')
            .select('u.item_id')
            .whereRef('u.county_id', '=', 'work_items.county_id')
            .whereRef('u.item_id', '=', 'work_items.item_id')
            .where(withinScope(filter, 'u.unit_code', 'u.region_code'))
            .$if(query.unitCodes !== undefined, (q) => q.where('u.unit_code', 'in', [...query.unitCodes!])),
        ),
      );
    const rows = await select.orderBy('year').orderBy('task_number').orderBy('deadline').orderBy('item_id').execute();
    return rows.map(toItem);
  },

  async item(db: Executor, countyId: string, itemId: string): Promise<StoredWorkItem | undefined> {
    const row = await db.selectFrom('work_items').selectAll().where('county_id', '=', countyId).where('item_id', '=', itemId).executeTakeFirst();
    return row ? toItem(row) : undefined;
  },

  async ids(db: Executor, countyId: string): Promise<Set<string>> {
    const rows = await db.selectFrom('work_items').select('item_id').where('county_id', '=', countyId).execute();
    return new Set(rows.map((r) => r.item_id));
  },

  /** Insert or replace an item and its responsible units; progress already recorded is kept. */
  async save(db: Executor, countyId: string, item: WorkItem, regionOf: (unit: string) => string | null, at: string, by: string): Promise<void> {
    const values = {
      year: item.year,
      task_number: item.taskNumber,
      title: item.title,
      lead_unit: item.leadUnit?.trim() || null,
      cooperating_units: JSON.stringify(item.cooperatingUnits),
      deadline: item.deadline,
      content: item.content ?? '',
      expected_output: item.expectedOutput,
      milestones: JSON.stringify(item.milestones),
      figures: JSON.stringify(item.figures ?? []),
      serves_targets: JSON.stringify(item.servesTargets),
      updated_at: at,
      updated_by: by,
    };
    await db
      .insertInto('work_items')
      .values({ county_id: countyId, item_id: item.id, ...values, completed_on: null, milestones_completed: '{}', created_at: at, created_by: by })
      .onConflict((oc) => oc.columns(['county_id', 'item_id']).doUpdateSet(values))
      .execute();
    await db.deleteFrom('work_item_units').where('county_id', '=', countyId).where('item_id', '=', item.id).execute();
    const lead = item.leadUnit?.trim();
    const units = [
      ...(lead ? [{ unit: lead, role: 'lead' as const }] : []),
      ...[...new Set(item.cooperatingUnits)].filter((u) => u !== lead).map((unit) => ({ unit, role: 'co-operating' as const })),
    ];
    if (units.length)
      await db
        .insertInto('work_item_units')
        .values(units.map(({ unit, role }) => ({ county_id: countyId, item_id: item.id, unit_code: unit, role, region_code: regionOf(unit) })))
        .execute();
  },

  async saveProgress(db: Executor, countyId: string, itemId: string, progress: WorkItemProgress, at: string, by: string): Promise<void> {
    await db
      .updateTable('work_items')
      .set({
        completed_on: progress.completedOn ?? null,
        milestones_completed: JSON.stringify(progress.milestonesCompleted ?? {}),
        updated_at: at,
        updated_by: by,
      })
      .where('county_id', '=', countyId)
      .where('item_id', '=', itemId)
      .execute();
  },

  async remove(db: Executor, countyId: string, itemId: string): Promise<void> {
    await db.deleteFrom('work_item_units').where('county_id', '=', countyId).where('item_id', '=', itemId).execute();
    await db.deleteFrom('work_items').where('county_id', '=', countyId).where('item_id', '=', itemId).execute();
  },

  async targets(db: Executor, countyId: string, year?: number): Promise<AnnualIndicatorTargets[]> {
    let select = db.selectFrom('annual_indicator_targets').selectAll().where('county_id', '=', countyId);
    if (year !== undefined) select = select.where('year', '=', year);
    const rows = await select.orderBy('year').orderBy('indicator_code').execute();
    return rows.map((r) => ({
      year: Number(r.year),
      indicatorCode: r.indicator_code,
      countyTarget: Number(r.county_target),
      regionTargets: JSON.parse(r.region_targets) as Record<string, number>,
    }));
  },

  async saveTarget(db: Executor, countyId: string, target: AnnualIndicatorTargets, at: string, by: string): Promise<void> {
    const values = { county_target: target.countyTarget, region_targets: JSON.stringify(target.regionTargets), updated_at: at, updated_by: by };
    await db
      .insertInto('annual_indicator_targets')
      .values({ county_id: countyId, year: target.year, indicator_code: target.indicatorCode, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'year', 'indicator_code']).doUpdateSet(values))
      .execute();
  },

  async removeTarget(db: Executor, countyId: string, year: number, indicatorCode: string): Promise<boolean> {
    const result = await db
      .deleteFrom('annual_indicator_targets')
      .where('county_id', '=', countyId)
      .where('year', '=', year)
      .where('indicator_code', '=', indicatorCode)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};

import { planRemovals, type Plan, type PlanDependents } from '@ipcounty/domain';
import { sql } from 'kysely';
import type { Executor } from '../database/transactions.js';

const count = async (query: { executeTakeFirst(): Promise<{ n: number | string | bigint } | undefined> }) => Number((await query.executeTakeFirst())?.n ?? 0);

/**
 * What points at the parts of the plan a revision removes or changes: annual targets (年度指标分解),
 * work items (工作事项) that serve a target, are numbered by a task or answered by a unit, 口径
 * settings of a target's definition, values units reported, the accounts, reports, scores (加减分)
 * and contacts of a unit. Shown before saving so nothing is orphaned silently.
 */
export async function planDependents(db: Executor, countyId: string, before: Plan, after: Plan): Promise<PlanDependents> {
  const removals = planRemovals(before, after);
  const servingTarget = (code: string) =>
    db
      .selectFrom('work_items')
      .select(sql<number>`count(*)`.as('n'))
      .where('county_id', '=', countyId)
      .where('serves_targets', 'like', `%${JSON.stringify(code)}%`);
  const annualTargets = (code: string) =>
    db.selectFrom('annual_indicator_targets').select(sql<number>`count(*)`.as('n')).where('county_id', '=', countyId).where('indicator_code', '=', code);

  const targets = await Promise.all(
    removals.targets.map(async (target) => {
      const key = target.definition ?? target.code;
      return {
        code: target.code,
        name: target.name,
        annualTargetYears: target.annualTargetYears,
        annualTargets: await count(annualTargets(target.code)),
        workItems: await count(servingTarget(target.code)),
        settings: removals.unusedDefinitions.includes(key)
          ? await count(db.selectFrom('indicator_settings').select(sql<number>`count(*)`.as('n')).where('county_id', '=', countyId).where('indicator_key', '=', key))
          : 0,
        reportedValues: await count(
          db.selectFrom('reported_indicator_values').select(sql<number>`count(*)`.as('n')).where('county_id', '=', countyId).where('indicator_code', '=', target.code),
        ),
      };
    }),
  );
  const units = await Promise.all(
    removals.units.map(async (unit) => {
      const of = <T extends 'users' | 'work_item_units' | 'reports' | 'assessment_adjustments' | 'unit_contacts'>(table: T) =>
        count(
          db
            .selectFrom(table as 'reports')
            .select(sql<number>`count(*)`.as('n'))
            .where('county_id', '=', countyId)
            .where('unit_code', '=', unit.code),
        );
      return {
        ...unit,
        accounts: await of('users'),
        workItems: await of('work_item_units'),
        reports: await of('reports'),
        scores: await of('assessment_adjustments'),
        contacts: await of('unit_contacts'),
      };
    }),
  );
  const tasks = await Promise.all(
    removals.tasks.map(async (task) => ({
      ...task,
      workItems: await count(db.selectFrom('work_items').select(sql<number>`count(*)`.as('n')).where('county_id', '=', countyId).where('task_number', '=', task.number)),
    })),
  );
  const changedTargets = await Promise.all(
    removals.changedTargets.map(async (target) => ({ ...target, annualTargets: await count(annualTargets(target.code)), workItems: await count(servingTarget(target.code)) })),
  );
  const orphans =
    targets.some((t) => t.annualTargets + t.workItems + t.settings + t.reportedValues > 0) ||
    units.some((u) => u.accounts + u.workItems + u.reports + u.scores + u.contacts > 0) ||
    tasks.some((t) => t.workItems > 0);
  return { targets, units, tasks, changedTargets, orphans };
}

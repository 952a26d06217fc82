import { draftWorkPlan, type WorkItem } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser, CommandContext } from '../common/command-context.js';
import { regionOfUnit } from './data-scope.js';
import { auditChange, nowIso, planOf } from './supervision-context.js';
import { workPlanRepository } from './work-plan.repository.js';

export interface GeneratedWorkPlan {
  year: number;
  /** The ids of the items made, one per plan task that had none in the year. */
  created: string[];
}

/**
 * 按方案生成: fill a year's work plan with one item per plan task (see draftWorkPlan) for the office
 * to edit. Tasks that already have an item in the year are left alone, so a second run only fills gaps.
 */
export async function generateWorkPlan(props: { ctx: CommandContext; countyId: string; user: ActingUser; year: number }): Promise<GeneratedWorkPlan> {
  const { ctx, countyId, user, year } = props;
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    if (year < plan.period.startYear || year > plan.period.endYear)
      throw new AppError(422, 'year_outside_plan', `${year} is outside the plan period ${plan.period.startYear}–${plan.period.endYear}`, undefined, { year });
    const existing = await workPlanRepository.items(tx, countyId, { kind: 'all' });
    const ids = new Set(existing.map((i) => i.id));
    const created: string[] = [];
    for (const draft of draftWorkPlan(plan, year, existing)) {
      let n = 1;
      while (ids.has(`${year}-t${draft.taskNumber}-${n}`)) n++;
      const item: WorkItem = { id: `${year}-t${draft.taskNumber}-${n}`, ...draft };
      ids.add(item.id);
      await workPlanRepository.save(tx, countyId, item, (unit) => regionOfUnit(plan, unit), at, user.audit.name);
      created.push(item.id);
    }
    if (created.length)
      await auditChange(tx, ctx, countyId, user.audit, {
        action: 'workitems.created',
        entity: 'work-plan',
        entityId: String(year),
        details: { generatedFromPlan: true, items: created },
        at,
      });
    return { year, created };
  });
}

import { copyYear, type CopyYearResult } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { regionOfUnit } from './data-scope.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from './supervision-context.js';
import { workPlanRepository } from './work-plan.repository.js';

/**
 * 以上年计划为基础: start a year's work plan as a copy of another year's, deadlines and milestones
 * moved by the same number of years. Running it again copies only what is not there yet. Targets
 * are not copied (see copyYear).
 */
export async function copyWorkPlanYear(props: { ctx: SupervisionContext; countyId: string; user: ActingUser; fromYear: number; toYear: number }): Promise<CopyYearResult> {
  const { ctx, countyId, user, fromYear, toYear } = props;
  if (fromYear === toYear) throw new AppError(422, 'same_year', `The two years are the same`);
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    if (toYear < plan.period.startYear || toYear > plan.period.endYear)
      throw new AppError(422, 'year_outside_plan', `${toYear} is outside the plan period ${plan.period.startYear}–${plan.period.endYear}`, undefined, { year: toYear });
    const items = await workPlanRepository.items(tx, countyId, { kind: 'all' });
    const before = new Set(items.map((i) => i.id));
    const copied = copyYear({ items, indicatorTargets: [] }, fromYear, toYear).items.filter((i) => !before.has(i.id));
    for (const item of copied) await workPlanRepository.save(tx, countyId, item, (unit) => regionOfUnit(plan, unit), at, user.audit.name);
    if (copied.length)
      await auditChange(tx, ctx, countyId, user.audit, {
        action: 'workitems.changed',
        entity: 'work-plan',
        entityId: String(toYear),
        details: { copiedFrom: fromYear, items: copied.map((i) => i.id) },
        at,
      });
    return { fromYear, toYear, created: copied.map((i) => i.id) };
  });
}

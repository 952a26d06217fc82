import { checkAnnualTargets, type AnnualIndicatorTargets, type TargetWarning } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from './supervision-context.js';
import { workPlanRepository } from './work-plan.repository.js';

export interface SaveTargetProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  target: AnnualIndicatorTargets;
}

/**
 * 分解年度指标: set one indicator's target for one year, for the county and per town. The indicator
 * and the towns must be the plan's; whether the numbers add up is checked and returned as
 * warnings with the figures (the check of every target of the plan, this one included).
 */
export async function saveAnnualTarget({ ctx, countyId, user, target }: SaveTargetProps): Promise<{ warnings: TargetWarning[] }> {
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const problems: { path: string; message: string }[] = [];
    if (!plan.targetGroups.some((g) => g.indicators.some((i) => i.code === target.indicatorCode)))
      problems.push({ path: 'indicatorCode', message: `方案没有指标 ${target.indicatorCode} / no indicator "${target.indicatorCode}" in the plan` });
    if (target.year < plan.period.startYear || target.year > plan.period.endYear)
      problems.push({ path: 'year', message: `${target.year}年不在方案实施期内 / ${target.year} is outside the plan period` });
    const regions = new Set(plan.regions.map((r) => r.code));
    for (const region of Object.keys(target.regionTargets))
      if (!regions.has(region)) problems.push({ path: `regionTargets.${region}`, message: `方案没有区域 ${region} / no region "${region}" in the plan` });
    if (problems.length) throw new AppError(422, 'invalid_target', `The annual target is invalid`, problems);

    const before = (await workPlanRepository.targets(tx, countyId, target.year)).find((t) => t.indicatorCode === target.indicatorCode);
    await workPlanRepository.saveTarget(tx, countyId, target, at, user.audit.name);
    await auditChange(tx, ctx, countyId, user.audit, {
      action: 'plan.changed',
      entity: 'annual-target',
      entityId: `${target.year}/${target.indicatorCode}`,
      before: before ? { countyTarget: before.countyTarget, regionTargets: before.regionTargets } : null,
      after: { countyTarget: target.countyTarget, regionTargets: target.regionTargets },
      at,
    });
    const all = await workPlanRepository.targets(tx, countyId);
    return { warnings: checkAnnualTargets(plan, all).filter((w) => w.indicatorCode === target.indicatorCode) };
  });
}

export async function removeAnnualTarget(props: { ctx: SupervisionContext; countyId: string; user: ActingUser; year: number; indicatorCode: string }): Promise<void> {
  const { ctx, countyId, user, year, indicatorCode } = props;
  const at = nowIso(ctx);
  await inWriteTransaction(ctx.handle, async (tx) => {
    const before = (await workPlanRepository.targets(tx, countyId, year)).find((t) => t.indicatorCode === indicatorCode);
    if (!before || !(await workPlanRepository.removeTarget(tx, countyId, year, indicatorCode))) throw notFound('target', year);
    await auditChange(tx, ctx, countyId, user.audit, {
      action: 'plan.changed',
      entity: 'annual-target',
      entityId: `${year}/${indicatorCode}`,
      before: { countyTarget: before.countyTarget, regionTargets: before.regionTargets },
      after: null,
      at,
    });
  });
}

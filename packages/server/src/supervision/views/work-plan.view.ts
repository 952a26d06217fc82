import {
  checkAnnualTargets,
  checkServedTargets,
  checkWorkItemFigures,
  checkWorkItems,
  dataFilter,
  reportableFigures,
  workItemStatus,
  type Plan,
  type Principal,
  type WorkPlanView,
} from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { workPlanRepository } from '../work-plan.repository.js';
import { yearSettingsRepository } from '../year-settings.repository.js';

/**
 * 年度工作计划 of one year as a reader sees it: the items within their data scope with today's
 * colour (under the year's 督办规则), the year's targets, and the consistency checks (target checks through this year, since
 * later years are set later).
 */
export async function workPlanView(db: Executor, countyId: string, plan: Plan, principal: Principal, year: number, now: string): Promise<WorkPlanView> {
  const filter = dataFilter(principal, 'workitems.read');
  const items = await workPlanRepository.items(db, countyId, filter, { year });
  const all = await workPlanRepository.items(db, countyId, { kind: 'all' });
  const targets = await workPlanRepository.targets(db, countyId);
  const settings = await yearSettingsRepository.get(db, countyId, year);
  const { yellowWithinDays } = settings.ladder.thresholds;
  const visible = new Set(items.map((i) => i.id));
  const itemWarnings = [...checkWorkItems(plan, all.filter((i) => i.year === year)), ...checkWorkItemFigures(plan, all.filter((i) => i.year === year))];
  return {
    year,
    items: items.map((item) => ({ ...item, status: workItemStatus(item, item.progress, now, yellowWithinDays) })),
    targets: targets.filter((t) => t.year === year),
    warnings: {
      items: itemWarnings.filter((w) => visible.has(w.itemId)),
      targets: [
        ...checkServedTargets(plan, all, year),
        ...checkAnnualTargets(plan, targets, { throughYear: Math.max(year, plan.period.startYear) }).filter((w) => w.year === undefined || w.year <= year),
      ],
    },
    figures: reportableFigures(plan),
    reportingCycle: settings.reportingCycle,
    yearsWithItems: [...new Set(all.map((i) => i.year))].sort(),
  };
}

import type { Plan } from '../plan/plan.schema.js';
import { yearOf } from '../periods/iso-date.js';
import { targetResponsibilities } from './target-responsibility.js';
import type { WorkItem } from './work-plan.schema.js';

export type WorkItemWarningCode =
  | 'duplicate-id'
  | 'no-lead-unit'
  | 'unknown-unit'
  | 'lead-also-cooperating'
  | 'unknown-task'
  | 'deadline-outside-period'
  | 'deadline-outside-year'
  | 'milestone-after-deadline'
  | 'milestone-outside-period';

export interface WorkItemWarning {
  code: WorkItemWarningCode;
  itemId: string;
  message: string;
}

type PlanPart = Pick<Plan, 'period' | 'units' | 'taskGroups'>;

/**
 * Check the annual work plan's items against the plan: every item has a known lead unit (the
 * responsibility system 年度工作责任制 needs one unit to answer for it), belongs to a plan task,
 * and is due inside the plan period and inside its own year.
 */
export function checkWorkItems(plan: PlanPart, items: readonly WorkItem[]): WorkItemWarning[] {
  const warnings: WorkItemWarning[] = [];
  const units = new Set(plan.units.map((u) => u.code));
  const tasks = new Set(plan.taskGroups.flatMap((g) => g.tasks.map((t) => t.number)));
  const { startYear, endYear } = plan.period;
  const inPeriod = (date: string) => yearOf(date) >= startYear && yearOf(date) <= endYear;
  const seen = new Set<string>();

  for (const item of items) {
    const warn = (code: WorkItemWarningCode, message: string) => warnings.push({ code, itemId: item.id, message });
    if (seen.has(item.id)) warn('duplicate-id', `work item id "${item.id}" is used twice`);
    seen.add(item.id);

    const lead = item.leadUnit?.trim();
    if (!lead) warn('no-lead-unit', `"${item.title}" has no lead unit (牵头单位)`);
    else if (!units.has(lead)) warn('unknown-unit', `"${item.title}": lead unit "${lead}" is not a unit of the plan`);
    for (const unit of item.cooperatingUnits) {
      if (!units.has(unit)) warn('unknown-unit', `"${item.title}": co-operating unit "${unit}" is not a unit of the plan`);
      if (unit === lead) warn('lead-also-cooperating', `"${item.title}": "${unit}" is both the lead and a co-operating unit`);
    }
    if (!tasks.has(item.taskNumber))
      warn('unknown-task', `"${item.title}" belongs to task ${item.taskNumber}, which the plan does not have`);

    if (!inPeriod(item.deadline))
      warn(
        'deadline-outside-period',
        `"${item.title}" is due ${item.deadline}, outside the plan period ${startYear}–${endYear}`,
      );
    else if (yearOf(item.deadline) !== item.year)
      warn('deadline-outside-year', `"${item.title}" is in the ${item.year} plan but due ${item.deadline}`);

    for (const milestone of item.milestones) {
      if (milestone.due > item.deadline)
        warn(
          'milestone-after-deadline',
          `"${item.title}": milestone "${milestone.title}" is due ${milestone.due}, after the item's deadline ${item.deadline}`,
        );
      if (!inPeriod(milestone.due))
        warn(
          'milestone-outside-period',
          `"${item.title}": milestone "${milestone.title}" is due ${milestone.due}, outside the plan period ${startYear}–${endYear}`,
        );
    }
  }
  return warnings;
}

/**
 * A target of the plan no work item of the year serves. 'target-not-served': nobody answers for it,
 * so nobody is warned when it falls behind. 'target-only-reported' (a note): units report its
 * figures and are warned, but no item says it works towards the target.
 */
export interface UnservedTargetWarning {
  code: 'target-not-served' | 'target-only-reported';
  severity: 'warning' | 'info';
  indicatorCode: string;
  year: number;
  message: string;
  /** reportingItems: the year's items whose units report the target's figures. */
  numbers: Record<string, number>;
}

/**
 * 指标责任落实: every target of the plan needs a work item of the year that serves it (支撑指标), so
 * that some unit answers for its pace. A year without any items yet is left alone: it has not been
 * planned, which the empty plan already shows.
 */
export function checkServedTargets(plan: Pick<Plan, 'targetGroups'>, items: readonly WorkItem[], year: number): UnservedTargetWarning[] {
  if (!items.some((i) => i.year === year)) return [];
  const names = new Map(plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, i.name]));
  return targetResponsibilities(plan, items, year)
    .filter((r) => r.servingItems.length === 0)
    .map((r) => {
      const name = names.get(r.indicatorCode) ?? r.indicatorCode;
      const reported = r.reportingItems.length > 0;
      return {
        code: reported ? 'target-only-reported' : 'target-not-served',
        severity: reported ? 'info' : 'warning',
        indicatorCode: r.indicatorCode,
        year,
        message: reported
          ? `no ${year} work item serves the target ${name}; only the units reporting its figures are warned when it falls behind`
          : `no ${year} work item serves the target ${name}; nobody is warned when it falls behind`,
        numbers: { reportingItems: r.reportingItems.length },
      };
    });
}

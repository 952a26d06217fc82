import type { Plan } from '../plan/plan.schema.js';
import type { WorkItem } from './work-plan.schema.js';

/** 指标责任单位: who answers for one of the plan's targets in one year. */
export interface TargetResponsibility {
  indicatorCode: string;
  /** The lead units of the year's items that serve the target or report its figures, serving items first. */
  leadUnits: string[];
  /** Their co-operating units that lead none of those items. */
  cooperatingUnits: string[];
  /** The items that serve the target (支撑指标). */
  servingItems: string[];
  /** The items whose units report the target's figures (报送数据项). */
  reportingItems: string[];
}

/**
 * The responsible units of every target of the plan in `year`, in the plan's order: the annual
 * work plan makes a unit answer for a target either by naming the target among an item's 支撑指标
 * (a stock such as 万人有效发明专利拥有量 no unit reports) or among the figures the item's units report.
 * Lead units come first, because the ladder addresses a pace warning to its first unit and sends
 * the 督办单 there.
 */
export function targetResponsibilities(plan: Pick<Plan, 'targetGroups'>, items: readonly WorkItem[], year: number): TargetResponsibility[] {
  const ofYear = items.filter((i) => i.year === year);
  return plan.targetGroups
    .flatMap((g) => g.indicators)
    .map(({ code }) => {
      const serving = ofYear.filter((i) => i.servesTargets.includes(code));
      const reporting = ofYear.filter((i) => (i.figures ?? []).includes(code));
      const answering = [...serving, ...reporting.filter((i) => !serving.includes(i))];
      const leadUnits = unique(answering.map((i) => i.leadUnit?.trim() ?? '').filter((u) => u !== ''));
      const cooperatingUnits = unique(answering.flatMap((i) => i.cooperatingUnits)).filter((u) => !leadUnits.includes(u));
      return { indicatorCode: code, leadUnits, cooperatingUnits, servingItems: serving.map((i) => i.id), reportingItems: reporting.map((i) => i.id) };
    });
}

/** Every unit answering for the target, lead units first. */
export function unitsAnsweringFor(responsibility: Pick<TargetResponsibility, 'leadUnits' | 'cooperatingUnits'>): string[] {
  return [...responsibility.leadUnits, ...responsibility.cooperatingUnits];
}

const unique = (values: readonly string[]) => [...new Set(values)];

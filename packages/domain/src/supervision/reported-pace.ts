import { yearOf } from '../periods/iso-date.js';
import type { Indicator, Plan } from '../plan/plan.schema.js';
import { assessPace, type Observation, type PaceAssessment, type PaceThresholds, defaultPaceThresholds } from './indicator-pace.js';
import type { AnnualIndicatorTargets } from './work-plan.schema.js';

/** One approved figure (审核通过的报送数据) as the statistics side stores it. */
export interface ReportedValue {
  indicatorCode: string;
  unitCode: string;
  /** The region of the unit that reported it, for per-town totals. */
  regionCode?: string | null;
  /** The reporting period the figure covers; it counts at its end. */
  periodEnd: string;
  value: number;
}

/**
 * The running total of reported figures at each period end, from `from` (exclusive) on: the
 * observations the pace of a flow indicator is judged on. Figures of several units and work
 * items ending on the same day are added before the total is taken.
 */
export function cumulativeObservations(values: readonly ReportedValue[], from: string, to: string): Observation[] {
  const byDate = new Map<string, number>();
  for (const v of values)
    if (v.periodEnd > from && v.periodEnd <= to) byDate.set(v.periodEnd, (byDate.get(v.periodEnd) ?? 0) + v.value);
  let total = 0;
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, value]) => ({ date, value: (total += value) }));
}

/** The year's target of an indicator: the work plan's decomposition, else the plan's, else the plan's target itself. */
export function annualTargetOf(indicator: Indicator, year: number, targets: readonly AnnualIndicatorTargets[]): number {
  return (
    targets.find((t) => t.indicatorCode === indicator.code && t.year === year)?.countyTarget ??
    indicator.annualTargets[String(year)] ??
    indicator.target
  );
}

/**
 * How a reportable flow indicator is doing from the figures units reported and the office approved:
 * - annual-flow (商标注册每年不低于1000件): this year's total against this year's target, by 31 December;
 * - cumulative and new-since-baseline (质押融资金额累计, 培训500人次): the total since the plan began
 *   against the plan's target, by the plan's last day.
 * The path starts at zero on the day before its span, and the trend of the running total is
 * extended to the deadline (assessPace). `asOf` is a date (Shanghai).
 */
export function reportedIndicatorPace(
  plan: Pick<Plan, 'period'>,
  indicator: Indicator,
  values: readonly ReportedValue[],
  targets: readonly AnnualIndicatorTargets[],
  asOf: string,
  thresholds: PaceThresholds = defaultPaceThresholds,
): PaceAssessment {
  const own = values.filter((v) => v.indicatorCode === indicator.code);
  const annual = indicator.kind === 'annual-flow';
  const year = Math.min(Math.max(yearOf(asOf), plan.period.startYear), plan.period.endYear);
  const start = annual ? `${year - 1}-12-31` : `${plan.period.startYear - 1}-12-31`;
  const deadline = annual ? `${year}-12-31` : `${plan.period.endYear}-12-31`;
  return assessPace(
    {
      indicatorCode: indicator.code,
      target: annual ? annualTargetOf(indicator, year, targets) : indicator.target,
      comparison: indicator.comparison,
      baseline: { date: start, value: 0 },
      deadline,
      observations: cumulativeObservations(own, start, deadline),
      asOf,
    },
    thresholds,
  );
}

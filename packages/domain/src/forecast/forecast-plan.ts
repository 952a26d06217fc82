import { formatIsoDate, type IsoDate } from '../periods/iso-date.js';
import type { Plan } from '../plan/plan.schema.js';
import { forecastTarget, type MonthlyObservation, type TargetForecast } from './forecast-target.js';

export interface PlanTargetForecast {
  indicatorCode: string;
  name: string;
  unit: string;
  forecast: TargetForecast;
}

/**
 * A forecast for every target of a plan, to the last day of its period (2026-12-31 for Jinhu).
 * `series` holds each indicator's month-end observations by indicator code, in the meaning
 * forecastTarget expects for its kind; an indicator without observations is reported as
 * insufficient-data with the amount needed per month from zero.
 */
export function forecastPlan(
  plan: Plan,
  series: Readonly<Record<string, readonly MonthlyObservation[]>>,
  asOf: IsoDate,
  options: { fitMonths?: number } = {},
): PlanTargetForecast[] {
  const planEnd = formatIsoDate(plan.period.endYear, 12, 31);
  return plan.targetGroups.flatMap((group) =>
    group.indicators.map((indicator) => ({
      indicatorCode: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      forecast: forecastTarget({
        kind: indicator.kind,
        target: indicator.target,
        comparison: indicator.comparison,
        annualTargets: indicator.annualTargets,
        series: series[indicator.code] ?? [],
        asOf,
        planEnd,
        ...options,
      }),
    })),
  );
}

import type { ForecastStatus } from '../forecast/forecast-target.js';
import type { Indicator, Plan } from '../plan/plan.schema.js';
import type { PaceAssessment } from './indicator-pace.js';
import { isReportable } from './reported-figures.js';
import { reportedIndicatorPace, type ReportedValue } from './reported-pace.js';
import { daysBetween } from '../periods/shanghai-calendar.js';
import { meetsTarget } from './target-comparison.js';
import type { AnnualIndicatorTargets } from './work-plan.schema.js';

/**
 * 统计预测: the statistics engine's forecast of one target (forecastTarget, as the indicator
 * service's dashboard gives it), reduced to what the supervision ladder judges.
 */
export interface IndicatorForecast {
  indicatorCode: string;
  status: ForecastStatus;
  /** The target that applies at the horizon (an annual flow: this year's). */
  target: number;
  comparison?: Indicator['comparison'];
  /** The value at the date of the forecast; null when there is none. */
  current: number | null;
  /** The date the forecast is for: the plan's end, or the end of this year for an annual flow. */
  horizon: string;
  /** The point forecast at the horizon; null without a trend. */
  forecastAtHorizon: number | null;
  /** What is still needed each month to reach the target by the horizon. */
  neededPerMonth: number;
  /** The date the forecast was made at. */
  asOf: string;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The pace of a target read from its statistics forecast, in the terms the ladder uses for the
 * trend of reported values: achieved or heading for the target → green; at risk (the forecast
 * misses, but narrowly or within its interval) → yellow, behind; off track → red, at risk; past the
 * horizon without the target → red, missed, overdue by the days since. Undefined when the engine
 * had too little data to forecast (the caller falls back to the reported trend).
 */
export function forecastPace(forecast: IndicatorForecast): PaceAssessment | undefined {
  if (forecast.status === 'insufficient-data') return undefined;
  const { target, horizon, asOf } = forecast;
  const point = forecast.forecastAtHorizon;
  const shortfall = point !== null && !meetsTarget(point, target, forecast.comparison ?? 'at-least') ? target - point : undefined;
  const figures = {
    indicatorCode: forecast.indicatorCode,
    basis: 'statistics' as const,
    target,
    deadline: horizon,
    asOf,
    daysOverdue: 0,
    neededPerMonth: forecast.neededPerMonth,
    ...(forecast.current === null ? {} : { latest: { date: asOf, value: forecast.current } }),
    ...(point === null ? {} : { forecastAtDeadline: point, forecastSource: 'given' as const }),
    ...(shortfall === undefined ? {} : { forecastShortfall: shortfall }),
  };
  const heading = point === null ? '' : `forecast ${fmt(point)} by ${horizon} against the target ${fmt(target)}`;
  const need = `; needs ${fmt(forecast.neededPerMonth)} a month from here`;

  if (forecast.status === 'achieved')
    return { ...figures, light: 'green', state: 'reached', reason: `statistics: target ${fmt(target)} reached (${fmt(forecast.current ?? target)})` };
  const overdue = daysBetween(horizon, asOf);
  if (overdue > 0)
    return { ...figures, daysOverdue: overdue, light: 'red', state: 'missed', reason: `statistics: target ${fmt(target)} was due ${horizon} and is not reached` };
  if (forecast.status === 'on-track') return { ...figures, light: 'green', state: 'on-track', reason: `statistics: on track, ${heading}` };
  if (forecast.status === 'at-risk') return { ...figures, light: 'yellow', state: 'behind', reason: `statistics: at risk, ${heading}${need}` };
  return { ...figures, light: 'red', state: 'at-risk', reason: `statistics: off track, ${heading}${need}` };
}

export interface TargetPaceInput {
  plan: Pick<Plan, 'period'>;
  indicator: Indicator;
  /** 统计预测 of the targets the engine computes from the registers (any order). */
  forecasts: readonly IndicatorForecast[];
  /** Approved reported figures, for the trend of the indicators units report. */
  reportedValues: readonly ReportedValue[];
  targets: readonly AnnualIndicatorTargets[];
  /** A date (Shanghai). */
  asOf: string;
}

/**
 * How a target is doing against the pace it needs, from the best source there is: the statistics
 * forecast when the engine computed one from records, else the trend of the figures units
 * reported (a flow that adds up). Undefined for a target neither can judge.
 */
export function targetPace(input: TargetPaceInput): PaceAssessment | undefined {
  const forecast = input.forecasts.find((f) => f.indicatorCode === input.indicator.code);
  const fromStatistics = forecast && forecastPace(forecast);
  if (fromStatistics) return fromStatistics;
  if (!isReportable(input.indicator)) return undefined;
  return reportedIndicatorPace(input.plan, input.indicator, input.reportedValues, input.targets, input.asOf);
}

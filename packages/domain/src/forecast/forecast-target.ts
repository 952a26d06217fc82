import { civilOf, formatIsoDate, monthsBetween, type IsoDate } from '../periods/iso-date.js';
import type { indicatorKinds, comparisons } from '../plan/plan.schema.js';
import { fitLinearTrend, predictAt, predictSum, type LinearTrend, type Prediction } from './linear-trend.js';

export type IndicatorKind = (typeof indicatorKinds)[number];
export type Comparison = (typeof comparisons)[number];

/** One observation at a month-end. */
export interface MonthlyObservation {
  date: IsoDate;
  value: number;
}

export interface TargetForecastInput {
  kind: IndicatorKind;
  target: number;
  comparison: Comparison;
  /** 年度分解 targets by year ('2025'); the overall target applies to years without one. */
  annualTargets?: Readonly<Record<string, number>>;
  /**
   * Month-end observations up to asOf, one per month, oldest first. Their meaning follows the kind:
   * - stock, share, survey-score: the value at the month-end;
   * - annual-flow: the flow within the month (evaluatePeriod over monthPeriod, or
   *   flowsFromYearToDate on a calendar year-to-date series);
   * - cumulative, new-since-baseline: the cumulative value at the month-end.
   */
  series: readonly MonthlyObservation[];
  asOf: IsoDate;
  /** Last day of the plan (2026-12-31 for Jinhu). */
  planEnd: IsoDate;
  /** Months of history the trend is fitted on (default 24). */
  fitMonths?: number;
  /** A forecast within this fraction below the target is at risk, not off track (default 0.05). */
  atRiskTolerance?: number;
}

export type ForecastStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'insufficient-data';

export interface YearForecast {
  year: number;
  target: number;
  yearToDate: number;
  forecast: Prediction | null;
}

export interface TargetForecast {
  status: ForecastStatus;
  /** 力争: the target is aspirational. */
  aspirational: boolean;
  method: string;
  current: number | null;
  target: number;
  comparison: Comparison;
  /** The date the forecast is for: the plan end, or the end of the current year for annual flows. */
  horizon: IsoDate;
  forecast: Prediction | null;
  /** Whole months after the as-of month up to the horizon. */
  monthsRemaining: number;
  /** (target − current) spread evenly over the remaining months; 0 when already reached. */
  neededPerMonth: number;
  /** Annual flows: the current year and the plan's last year. */
  currentYear?: YearForecast;
  planEndYear?: YearForecast;
  thresholds: { atRiskTolerance: number };
}

const LEVEL_METHOD =
  'Linear least-squares trend on the month-end values (last fitMonths months), extrapolated to the horizon; 80% prediction interval ŷ ± t(0.90, n−2)·s·√(1 + 1/n + (x−x̄)²/Sxx).';
const CUMULATIVE_METHOD =
  'Linear least-squares trend on the monthly increments (last fitMonths months); forecast = current cumulative value + the sum of the forecast increments to the horizon, 80% interval ± t·s·√(k + k²/n + (Σ(x−x̄))²/Sxx).';
const FLOW_METHOD =
  'Linear least-squares trend on the monthly flows (last fitMonths months); year forecast = year-to-date + the sum of the forecast flows for the rest of the year, 80% interval as for sums. The trademark statistical year is approximated by the calendar months.';

/**
 * The value a target is heading for at the plan's end, with its status:
 * - achieved: a cumulative or annual target already met (it cannot fall back);
 * - on-track: the point forecast meets the target;
 * - at-risk: the point forecast misses, but the interval's upper end meets the target, or the
 *   point is within atRiskTolerance below it;
 * - off-track: otherwise;
 * - insufficient-data: fewer than 3 usable observations.
 * 'reach', 'at-least' and 'strive' are met at ≥ target, 'exceed' only above it.
 */
export function forecastTarget(input: TargetForecastInput): TargetForecast {
  const tolerance = input.atRiskTolerance ?? 0.05;
  const fitMonths = input.fitMonths ?? 24;
  const series = input.series.filter((o) => o.date <= input.asOf);
  const meets = (value: number) => (input.comparison === 'exceed' ? value > input.target : value >= input.target);
  const base = {
    aspirational: input.comparison === 'strive',
    target: input.target,
    comparison: input.comparison,
    thresholds: { atRiskTolerance: tolerance },
  };
  const statusOf = (point: Prediction | null, target: number, alreadyMet: boolean): ForecastStatus => {
    const hits = (v: number) => (input.comparison === 'exceed' ? v > target : v >= target);
    if (alreadyMet) return 'achieved';
    if (point === null) return 'insufficient-data';
    if (hits(point.point)) return 'on-track';
    if (hits(point.high) || point.point >= target * (1 - tolerance)) return 'at-risk';
    return 'off-track';
  };

  if (input.kind === 'annual-flow') return annualFlowForecast(input, series, fitMonths, base, statusOf);

  const last = series[series.length - 1];
  const current = last?.value ?? null;
  const monthsRemaining = Math.max(0, monthsBetween(input.asOf, input.planEnd));
  const gap = current === null ? input.target : Math.max(0, input.target - current);
  const neededPerMonth = monthsRemaining > 0 ? gap / monthsRemaining : gap;
  const cumulative = input.kind === 'cumulative' || input.kind === 'new-since-baseline';

  let forecast: Prediction | null = null;
  if (cumulative) {
    const increments = series.slice(1).map((o, i) => o.value - (series[i]?.value ?? 0));
    const fitted = increments.slice(-fitMonths);
    const trend = fitLinearTrend(fitted);
    if (trend && current !== null) forecast = shift(predictSum(trend, futureXs(trend, monthsRemaining)), current);
  } else {
    const fitted = series.slice(-fitMonths).map((o) => o.value);
    const trend = fitLinearTrend(fitted);
    if (trend) forecast = predictAt(trend, trend.n - 1 + monthsRemaining);
  }
  return {
    ...base,
    status: statusOf(forecast, input.target, cumulative && current !== null && meets(current)),
    method: cumulative ? CUMULATIVE_METHOD : LEVEL_METHOD,
    current,
    horizon: input.planEnd,
    forecast,
    monthsRemaining,
    neededPerMonth,
  };
}

/** x positions of the next `months` months after a trend's last observation. */
function futureXs(trend: LinearTrend, months: number): number[] {
  return Array.from({ length: months }, (_, k) => trend.n + k);
}

function shift(prediction: Prediction, by: number): Prediction {
  return { ...prediction, point: prediction.point + by, low: prediction.low + by, high: prediction.high + by };
}

function annualFlowForecast(
  input: TargetForecastInput,
  series: readonly MonthlyObservation[],
  fitMonths: number,
  base: Pick<TargetForecast, 'aspirational' | 'target' | 'comparison' | 'thresholds'>,
  statusOf: (p: Prediction | null, target: number, alreadyMet: boolean) => ForecastStatus,
): TargetForecast {
  const year = civilOf(input.asOf).year;
  const endYear = civilOf(input.planEnd).year;
  const targetFor = (y: number) => input.annualTargets?.[String(y)] ?? input.target;
  const yearToDate = (y: number) => series.filter((o) => civilOf(o.date).year === y).reduce((s, o) => s + o.value, 0);
  const trend = fitLinearTrend(series.slice(-fitMonths).map((o) => o.value));
  const yearEnd = formatIsoDate(year, 12, 31);
  const monthsRemaining = Math.max(0, monthsBetween(input.asOf, yearEnd));
  const ytd = yearToDate(year);
  const yearTarget = targetFor(year);
  const forecast = trend ? shift(predictSum(trend, futureXs(trend, monthsRemaining)), ytd) : null;
  const hits = (v: number) => (input.comparison === 'exceed' ? v > yearTarget : v >= yearTarget);

  let planEndYear: YearForecast | undefined;
  if (endYear > year) {
    // Months from the end of the series to the plan's last year: skip the ones before it.
    const skip = monthsBetween(input.asOf, formatIsoDate(endYear, 1, 31)) - 1;
    const xs = trend ? Array.from({ length: 12 }, (_, k) => trend.n + skip + k) : [];
    planEndYear = {
      year: endYear,
      target: targetFor(endYear),
      yearToDate: 0,
      forecast: trend ? predictSum(trend, xs) : null,
    };
  }
  return {
    ...base,
    target: yearTarget,
    status: statusOf(forecast, yearTarget, hits(ytd)),
    method: FLOW_METHOD,
    current: ytd,
    horizon: yearEnd,
    forecast,
    monthsRemaining,
    neededPerMonth: monthsRemaining > 0 ? Math.max(0, yearTarget - ytd) / monthsRemaining : Math.max(0, yearTarget - ytd),
    currentYear: { year, target: yearTarget, yearToDate: ytd, forecast },
    ...(planEndYear ? { planEndYear } : {}),
  };
}

/**
 * Monthly flows from a calendar year-to-date series (as evaluateAll gives for annual flows on a
 * calendar basis): December's flow is its value minus November's, January's is its own value.
 */
export function flowsFromYearToDate(series: readonly MonthlyObservation[]): MonthlyObservation[] {
  return series.map((o, i) => {
    const previous = series[i - 1];
    const sameYear = previous !== undefined && civilOf(previous.date).year === civilOf(o.date).year;
    return { date: o.date, value: sameYear ? o.value - previous.value : o.value };
  });
}

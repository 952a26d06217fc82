import { civilOf, daysInMonth, formatIsoDate, monthEnd, monthsBetween, toDay, type IsoDate } from '../periods/iso-date.js';
import type { indicatorKinds, comparisons } from '../plan/plan.schema.js';
import { fitLinearTrend, predictAt, predictSum, predictWeightedSum, type LinearTrend, type Prediction } from './linear-trend.js';
import { targetStatus, type ForecastStatus, type StatusRule } from './target-status.js';

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
   *   flowsFromYearToDate on a calendar year-to-date series); the observation at asOf, when asOf is
   *   not a month-end, is the month so far;
   * - cumulative, new-since-baseline: the cumulative value at the month-end.
   */
  series: readonly MonthlyObservation[];
  asOf: IsoDate;
  /** Last day of the plan (2026-12-31 for Jinhu). */
  planEnd: IsoDate;
  /**
   * The engine's value at asOf on the window the target is judged on — the number the tile shows.
   * Without it: the last observation, or for annual flows the sum of the year's monthly flows.
   */
  value?: number | null;
  /**
   * Annual flows: the statistical year the plan year of asOf is judged on, whole (judgedYearWindow:
   * 2024-12-16 … 2025-12-15 for trademarks in 2025); the calendar year by default.
   */
  year?: { from: IsoDate; to: IsoDate };
  /** Months of history the trend is fitted on (default 24). */
  fitMonths?: number;
}

export type { ForecastStatus, StatusRule } from './target-status.js';

export interface YearForecast {
  year: number;
  target: number;
  yearToDate: number;
  forecast: Prediction | null;
}

export interface TargetForecast {
  status: ForecastStatus;
  /** The rule of targetStatus that gave the status (shown on the card). */
  statusRule: StatusRule;
  /** 力争: the target is aspirational. */
  aspirational: boolean;
  method: string;
  /** The value the status judges: the tile's value. */
  current: number | null;
  target: number;
  comparison: Comparison;
  /** The date the forecast is for: the plan end, or the last day of the judged statistical year for annual flows. */
  horizon: IsoDate;
  /** The horizon has passed (or is today): the value is final, the forecast is that value. */
  windowClosed: boolean;
  forecast: Prediction | null;
  /** Whole months after the as-of month up to the horizon. */
  monthsRemaining: number;
  /** Days after asOf up to the horizon. */
  daysRemaining: number;
  /** How much the value still lacks (0 when reached). */
  gap: number;
  /** gap spread evenly over the remaining months (the gap itself when none remains); 0 when reached. */
  neededPerMonth: number;
  /** Annual flows: the window the year is judged on, and the plan's last year. */
  currentYear?: YearForecast & { window: { from: IsoDate; to: IsoDate } };
  planEndYear?: YearForecast;
}

const LEVEL_METHOD =
  'Linear least-squares trend on the month-end values (last fitMonths months), extrapolated to the horizon; 80% prediction interval ŷ ± t(0.90, n−2)·s·√(1 + 1/n + (x−x̄)²/Sxx).';
const CUMULATIVE_METHOD =
  'Linear least-squares trend on the monthly increments (last fitMonths months); forecast = current cumulative value + the sum of the forecast increments to the horizon, 80% interval ± t·s·√(k + k²/n + (Σ(x−x̄))²/Sxx).';
const FLOW_METHOD =
  'Linear least-squares trend on the complete monthly flows (last fitMonths months); year forecast = the judged year so far + the forecast flows of the days left in it (a month partly left counts with that share of its days), 80% interval ± t·s·√(Σw² + (Σw)²/n + (Σw(x−x̄))²/Sxx).';

/**
 * The value a target is heading for at the plan's end (an annual flow: at the end of the
 * statistical year its plan year is judged on), with its status by targetStatus — achieved exactly
 * when the value meets the target, else by where the forecast's interval lies.
 */
export function forecastTarget(input: TargetForecastInput): TargetForecast {
  const fitMonths = input.fitMonths ?? 24;
  const series = input.series.filter((o) => o.date <= input.asOf);
  const base = { aspirational: input.comparison === 'strive', comparison: input.comparison };

  if (input.kind === 'annual-flow') return annualFlowForecast(input, series, fitMonths, base);

  const last = series[series.length - 1];
  const current = input.value !== undefined ? input.value : (last?.value ?? null);
  const monthsRemaining = Math.max(0, monthsBetween(input.asOf, input.planEnd));
  const gap = current === null ? input.target : Math.max(0, input.target - current);
  const cumulative = input.kind === 'cumulative' || input.kind === 'new-since-baseline';
  const windowClosed = input.asOf >= input.planEnd;

  let forecast: Prediction | null = null;
  if (windowClosed) forecast = current === null ? null : final(current);
  else if (cumulative) {
    const increments = series.slice(1).map((o, i) => o.value - (series[i]?.value ?? 0));
    const fitted = increments.slice(-fitMonths);
    const trend = fitLinearTrend(fitted);
    if (trend && current !== null) forecast = shift(predictSum(trend, futureXs(trend, monthsRemaining)), current);
  } else {
    const fitted = series.slice(-fitMonths).map((o) => o.value);
    const trend = fitLinearTrend(fitted);
    if (trend) forecast = predictAt(trend, trend.n - 1 + monthsRemaining);
  }
  const { status, rule } = targetStatus({ value: current, target: input.target, comparison: input.comparison, forecast, windowClosed });
  return {
    ...base,
    target: input.target,
    status,
    statusRule: rule,
    method: cumulative ? CUMULATIVE_METHOD : LEVEL_METHOD,
    current,
    horizon: input.planEnd,
    windowClosed,
    forecast,
    monthsRemaining,
    daysRemaining: Math.max(0, toDay(input.planEnd) - toDay(input.asOf)),
    gap,
    neededPerMonth: monthsRemaining > 0 ? gap / monthsRemaining : gap,
  };
}

/** The forecast once the window has closed: the value itself. */
function final(value: number): Prediction {
  return { point: value, low: value, high: value, confidence: 1 };
}

/** x positions of the next `months` months after a trend's last observation. */
function futureXs(trend: LinearTrend, months: number): number[] {
  return Array.from({ length: months }, (_, k) => trend.n + k);
}

function shift(prediction: Prediction, by: number): Prediction {
  return { ...prediction, point: prediction.point + by, low: prediction.low + by, high: prediction.high + by };
}

const isMonthEnd = (date: IsoDate) => {
  const { year, month } = civilOf(date);
  return monthEnd(year, month) === date;
};

/**
 * The months with days in (after, horizon], each weighted by the share of its days in it, at the x
 * positions of a trend fitted on the complete months up to asOf (the first month after the last
 * complete one is x = n). `after` defaults to asOf; a later one (the eve of a later year) skips
 * the months before it.
 */
export function monthsAhead(asOf: IsoDate, horizon: IsoDate, n: number, after: IsoDate = asOf): { x: number; weight: number }[] {
  const terms: { x: number; weight: number }[] = [];
  const start = civilOf(asOf);
  const firstFuture = isMonthEnd(asOf) ? (start.month === 12 ? { year: start.year + 1, month: 1 } : { year: start.year, month: start.month + 1 }) : start;
  const firstDate = formatIsoDate(firstFuture.year, firstFuture.month, 1);
  const lowest = toDay(after < asOf ? asOf : after) + 1;
  for (let k = 0; ; k++) {
    const month = ((firstFuture.month - 1 + k) % 12) + 1;
    const year = firstFuture.year + Math.floor((firstFuture.month - 1 + k) / 12);
    const first = formatIsoDate(year, month, 1);
    if (first > horizon) break;
    const from = Math.max(toDay(first), lowest);
    const to = Math.min(toDay(monthEnd(year, month)), toDay(horizon));
    if (to >= from) terms.push({ x: n + monthsBetween(firstDate, first), weight: (to - from + 1) / daysInMonth(year, month) });
  }
  return terms;
}

/** The month flows a trend is fitted on: complete months only, as a month still running would pull it down. */
export function completeMonths(series: readonly MonthlyObservation[], asOf: IsoDate): MonthlyObservation[] {
  const monthStart = asOf.slice(0, 8) + '01';
  return series.filter((o) => o.date < monthStart || (o.date === asOf && isMonthEnd(o.date)));
}

function annualFlowForecast(
  input: TargetForecastInput,
  series: readonly MonthlyObservation[],
  fitMonths: number,
  base: Pick<TargetForecast, 'aspirational' | 'comparison'>,
): TargetForecast {
  const year = civilOf(input.asOf).year;
  const endYear = civilOf(input.planEnd).year;
  const window = input.year ?? { from: formatIsoDate(year, 1, 1), to: formatIsoDate(year, 12, 31) };
  const horizon = window.to;
  const targetFor = (y: number) => input.annualTargets?.[String(y)] ?? input.target;
  const complete = completeMonths(series, input.asOf);
  const trend = fitLinearTrend(complete.slice(-fitMonths).map((o) => o.value));
  const ytd =
    input.value !== undefined && input.value !== null
      ? input.value
      : series.filter((o) => o.date >= window.from && o.date <= input.asOf).reduce((s, o) => s + o.value, 0);
  const yearTarget = targetFor(year);
  const windowClosed = input.asOf >= horizon;
  const forecast = windowClosed ? final(ytd) : trend ? shift(predictWeightedSum(trend, monthsAhead(input.asOf, horizon, trend.n)), ytd) : null;
  const { status, rule } = targetStatus({ value: ytd, target: yearTarget, comparison: input.comparison, forecast, windowClosed });
  const monthsRemaining = Math.max(0, monthsBetween(input.asOf, horizon));
  const gap = Math.max(0, yearTarget - ytd);

  let planEndYear: YearForecast | undefined;
  if (endYear > year && trend) {
    const last = complete[complete.length - 1]?.date ?? input.asOf;
    const skip = monthsBetween(last, formatIsoDate(endYear, 1, 31)) - 1;
    const xs = Array.from({ length: 12 }, (_, k) => trend.n + skip + k);
    planEndYear = { year: endYear, target: targetFor(endYear), yearToDate: 0, forecast: predictSum(trend, xs) };
  } else if (endYear > year) {
    planEndYear = { year: endYear, target: targetFor(endYear), yearToDate: 0, forecast: null };
  }
  return {
    ...base,
    target: yearTarget,
    status,
    statusRule: rule,
    method: FLOW_METHOD,
    current: ytd,
    horizon,
    windowClosed,
    forecast,
    monthsRemaining,
    daysRemaining: Math.max(0, toDay(horizon) - toDay(input.asOf)),
    gap,
    neededPerMonth: monthsRemaining > 0 ? gap / monthsRemaining : gap,
    currentYear: { year, target: yearTarget, yearToDate: ytd, forecast, window },
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

import {
  addDays,
  civilOf,
  completeMonths,
  fitLinearTrend,
  fromDay,
  monthEndsBetween,
  monthsAhead,
  monthsBetween,
  predictAt,
  predictSum,
  predictWeightedSum,
  statisticalYearDays,
  type BandPoint,
  type IndicatorKind,
  type IsoDate,
  type MonthlyObservation,
  type StatisticalYear,
} from '@ipcounty/domain';

/**
 * The forecast month by month from the month after `asOf` to `planEnd`, by the same trends
 * forecastTarget fits (so the band's last point is its forecast at the horizon):
 * - stock, share, survey-score: the level's trend, extrapolated;
 * - cumulative, new-since-baseline: the current value plus the forecast increments;
 * - annual-flow: the judged year so far plus the forecast flows, restarting with each plan year.
 * `observations` are in forecastTarget's meaning for the kind, the last one for asOf's month.
 */
export interface BandOptions {
  /** The value at asOf on the judged window (the tile's value): an annual flow's year so far. */
  value?: number;
  /** The statistical year an annual flow is judged on (calendar by default). */
  statisticalYear?: StatisticalYear;
}

export function forecastBand(
  kind: IndicatorKind,
  observations: readonly MonthlyObservation[],
  asOf: IsoDate,
  planEnd: IsoDate,
  options: BandOptions = {},
  fitMonths = 24,
): BandPoint[] {
  const series = observations.filter((o) => o.date <= asOf);
  const future = monthEndsBetween(asOf, planEnd).filter((m) => monthsBetween(asOf, m) >= 1);
  const last = series[series.length - 1];
  if (!last || future.length === 0) return [];
  const ahead = (m: IsoDate) => monthsBetween(asOf, m);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

  if (kind === 'cumulative' || kind === 'new-since-baseline') {
    const increments = series.slice(1).map((o, i) => o.value - (series[i]?.value ?? 0));
    const trend = fitLinearTrend(increments.slice(-fitMonths));
    if (!trend) return [];
    return future.map((date) => {
      const p = predictSum(trend, range(trend.n, trend.n + ahead(date) - 1));
      return { date, point: p.point + last.value, low: p.low + last.value, high: p.high + last.value, confidence: p.confidence };
    });
  }

  if (kind !== 'annual-flow') {
    const trend = fitLinearTrend(series.slice(-fitMonths).map((o) => o.value));
    if (!trend) return [];
    return future.map((date) => ({ date, ...predictAt(trend, trend.n - 1 + ahead(date)) }));
  }

  return annualFlowBand(observations, asOf, future, options, fitMonths);
}

/**
 * An annual flow month by month: in the plan year of asOf, the year so far plus the forecast flows
 * of the days left in its judged window (so the band meets forecastTarget's forecast at the
 * window's end and stays there until 31 December); from January on, each later year's window from
 * its first day.
 */
function annualFlowBand(
  observations: readonly MonthlyObservation[],
  asOf: IsoDate,
  future: readonly IsoDate[],
  options: BandOptions,
  fitMonths: number,
): BandPoint[] {
  const complete = completeMonths(observations, asOf);
  const trend = fitLinearTrend(complete.slice(-fitMonths).map((o) => o.value));
  if (!trend) return [];
  const asOfYear = civilOf(asOf).year;
  const statisticalYear = options.statisticalYear ?? 'calendar';
  const window = (label: number) => {
    const days = statisticalYearDays(label, statisticalYear);
    return { from: fromDay(days.from), to: fromDay(days.to) };
  };
  const yearToDate =
    options.value ?? observations.filter((o) => o.date >= window(asOfYear).from && o.date <= asOf).reduce((sum, o) => sum + o.value, 0);
  return future.map((date) => {
    const label = civilOf(date).year;
    const { from, to } = window(label);
    const horizon = to < date ? to : date;
    const terms = label === asOfYear ? monthsAhead(asOf, horizon, trend.n) : monthsAhead(asOf, horizon, trend.n, addDays(from, -1));
    const p = predictWeightedSum(trend, terms);
    const base = label === asOfYear ? yearToDate : 0;
    return { date, point: p.point + base, low: p.low + base, high: p.high + base, confidence: p.confidence };
  });
}

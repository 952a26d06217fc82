import {
  civilOf,
  fitLinearTrend,
  formatIsoDate,
  monthEndsBetween,
  monthsBetween,
  predictAt,
  predictSum,
  type BandPoint,
  type IndicatorKind,
  type IsoDate,
  type MonthlyObservation,
} from '@ipcounty/domain';

/**
 * The forecast month by month from the month after `asOf` to `planEnd`, by the same trends
 * forecastTarget fits (so the band's last point is its forecast at the horizon):
 * - stock, share, survey-score: the level's trend, extrapolated;
 * - cumulative, new-since-baseline: the current value plus the forecast increments;
 * - annual-flow: the calendar year to date plus the forecast monthly flows, restarting each January.
 * `observations` are in forecastTarget's meaning for the kind, the last one for asOf's month.
 */
export function forecastBand(kind: IndicatorKind, observations: readonly MonthlyObservation[], asOf: IsoDate, planEnd: IsoDate, fitMonths = 24): BandPoint[] {
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

  const trend = fitLinearTrend(series.slice(-fitMonths).map((o) => o.value));
  if (!trend) return [];
  if (kind !== 'annual-flow') return future.map((date) => ({ date, ...predictAt(trend, trend.n - 1 + ahead(date)) }));

  const asOfYear = civilOf(asOf).year;
  const yearToDate = series.filter((o) => civilOf(o.date).year === asOfYear).reduce((sum, o) => sum + o.value, 0);
  return future.map((date) => {
    const year = civilOf(date).year;
    const firstAhead = year === asOfYear ? 1 : ahead(formatIsoDate(year, 1, 31));
    const p = predictSum(trend, range(trend.n - 1 + firstAhead, trend.n - 1 + ahead(date)));
    const base = year === asOfYear ? yearToDate : 0;
    return { date, point: p.point + base, low: p.low + base, high: p.high + base, confidence: p.confidence };
  });
}

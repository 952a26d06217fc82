import {
  civilOf,
  evaluateAll,
  evaluateIndicator,
  formatIsoDate,
  monthEnd,
  type Dimension,
  type IndicatorDefinition,
  type IndicatorValue,
  type IsoDate,
} from '@ipcounty/domain';
import type { CountySnapshot } from './county-snapshot.js';
import { isReported } from './indicator-catalog.js';

/** An indicator's value at a date for one region, as the dashboard and the splits show it. */
export interface PointValue {
  value: number | null;
  numerator: number;
  denominator?: number;
}

function memoised<T>(snapshot: CountySnapshot, key: string, compute: () => T): T {
  if (snapshot.memo.has(key)) return snapshot.memo.get(key) as T;
  const value = compute();
  // A day's worth of distinct dates and drill-downs; beyond that the oldest go.
  if (snapshot.memo.size >= 500) snapshot.memo.delete(snapshot.memo.keys().next().value as string);
  snapshot.memo.set(key, value);
  return value;
}

export const isMonthEnd = (date: IsoDate) => {
  const { year, month } = civilOf(date);
  return monthEnd(year, month) === date;
};

/**
 * Every indicator for every region at one date: read from the materialised series when the date
 * is one of its month-ends, computed in one sweep per record query (evaluateAll) otherwise.
 */
export function valuesAt(snapshot: CountySnapshot, date: IsoDate): ReadonlyMap<string, ReadonlyMap<string, PointValue>> {
  return memoised(snapshot, `values@${date}`, () => {
    const result = new Map<string, Map<string, PointValue>>();
    const regions = snapshot.plan.regions.map((r) => r.code);
    if (isMonthEnd(date) && snapshot.series.months.includes(date)) {
      for (const definition of snapshot.definitions) {
        const byRegion = new Map<string, PointValue>();
        for (const region of regions) {
          const row = snapshot.series.at(definition.key, region, date);
          if (row) byRegion.set(region, { value: row.value, numerator: row.numerator, ...(row.denominator === undefined ? {} : { denominator: row.denominator }) });
        }
        result.set(definition.key, byRegion);
      }
      return result;
    }
    const computed = snapshot.definitions.filter((d) => !isReported(d));
    const reported = snapshot.definitions.filter(isReported);
    const series = [
      ...evaluateAll(computed, snapshot.records, { dates: [date], settings: snapshot.settings }),
      ...evaluateAll(reported, snapshot.reported, { dates: [date] }),
    ];
    for (const s of series) {
      const point = s.points[0];
      if (!point) continue;
      let byRegion = result.get(s.key);
      if (!byRegion) result.set(s.key, (byRegion = new Map()));
      byRegion.set(s.region, { value: point.value, numerator: point.numerator, ...(point.denominator === undefined ? {} : { denominator: point.denominator }) });
    }
    return result;
  });
}

export function valueAt(snapshot: CountySnapshot, key: string, region: string, date: IsoDate): PointValue | undefined {
  return valuesAt(snapshot, date).get(key)?.get(region);
}

/** The same day a year earlier (29 February → 28 February). */
export function sameDayLastYear(date: IsoDate): IsoDate {
  const { year, month, day } = civilOf(date);
  return formatIsoDate(year - 1, month, month === 2 && day === 29 ? 28 : day);
}

/** The full evaluation (records counted, rule, settings used) of one indicator, memoised. */
export function evaluateFor(
  snapshot: CountySnapshot,
  definition: IndicatorDefinition,
  options: { asOf: IsoDate; region?: string; window?: { from: IsoDate; to: IsoDate }; breakdown?: Dimension },
): IndicatorValue {
  const key = `evaluate@${definition.key}|${options.asOf}|${options.region ?? ''}|${options.window?.from ?? ''}|${options.breakdown ?? ''}`;
  return memoised(snapshot, key, () =>
    evaluateIndicator(definition, isReported(definition) ? snapshot.reported : snapshot.records, {
      asOf: options.asOf,
      ...(options.region ? { region: options.region } : {}),
      ...(options.window ? { window: options.window } : {}),
      ...(options.breakdown ? { breakdown: options.breakdown } : {}),
      ...(snapshot.settings[definition.key] && !isReported(definition) ? { settings: snapshot.settings[definition.key] } : {}),
    }),
  );
}

/** The flow of the month containing `asOf`, from its first day to asOf (the current month so far). */
export function monthSoFar(snapshot: CountySnapshot, definition: IndicatorDefinition, asOf: IsoDate, region: string): PointValue {
  const { year, month } = civilOf(asOf);
  const result = evaluateFor(snapshot, definition, { asOf, region, window: { from: formatIsoDate(year, month, 1), to: asOf } });
  return { value: result.value, numerator: result.numerator, ...(result.denominator === undefined ? {} : { denominator: result.denominator }) };
}

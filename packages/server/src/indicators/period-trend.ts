import {
  periodsBetween,
  resolveSettings,
  samePeriodLastYear,
  valueFromTallies,
  yearOnYear,
  type Granularity,
  type IndicatorDefinition,
  type IsoDate,
  type Period,
  type StatisticalYear,
  type TrendPoint,
} from '@ipcounty/domain';
import type { CountySnapshot } from './county-snapshot.js';
import { evaluateFor, sameDayLastYear, valueAt, type PointValue } from './indicator-values.js';

/** Stocks are read at a period's end; everything else is counted over the period (evaluatePeriod's rule). */
const isStockLike = (definition: IndicatorDefinition) => definition.basis.kind === 'stock-at-date' || definition.basis.kind === 'reported';

function usesTrademarkYear(snapshot: CountySnapshot, definition: IndicatorDefinition): boolean {
  if (definition.basis.kind !== 'annual-flow') return false;
  return resolveSettings(definition, snapshot.settings[definition.key]).ref<StatisticalYear>(definition.basis.year) === 'trademark-statistical';
}

/** A period's value from the stored month-ends; null when a month is missing from the series. */
function fromSeries(snapshot: CountySnapshot, definition: IndicatorDefinition, region: string, period: Period): PointValue | null {
  if (isStockLike(definition)) {
    const row = snapshot.series.at(definition.key, region, period.to);
    return row ? { value: row.value, numerator: row.numerator, ...(row.denominator === undefined ? {} : { denominator: row.denominator }) } : null;
  }
  const rows = snapshot.series.get(definition.key, region).filter((r) => r.date >= period.from && r.date <= period.to);
  const months = period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
  if (period.kind === 'trademark-year' || rows.length !== months) return null;
  const numerator = rows.reduce((s, r) => s + r.monthNumerator, 0);
  const denominator = rows.some((r) => r.monthDenominator !== undefined) ? rows.reduce((s, r) => s + (r.monthDenominator ?? 0), 0) : undefined;
  const { value } = valueFromTallies(definition, numerator, denominator, undefined);
  return { value, numerator, ...(denominator === undefined ? {} : { denominator }) };
}

/** A period (or its first part, up to `to`) computed by the engine. */
function computed(snapshot: CountySnapshot, definition: IndicatorDefinition, region: string, from: IsoDate, to: IsoDate): PointValue {
  if (isStockLike(definition)) return valueAt(snapshot, definition.key, region, to) ?? { value: null, numerator: 0 };
  const result = evaluateFor(snapshot, definition, { asOf: to, region, window: { from, to } });
  return { value: result.value, numerator: result.numerator, ...(result.denominator === undefined ? {} : { denominator: result.denominator }) };
}

/**
 * The indicator by month, quarter or year for one region, from January of the year before the
 * plan to asOf, each period with its year-on-year change. Complete periods come from the
 * materialised month-ends; the running one, and trademark statistical years, are computed.
 */
export function trendOf(snapshot: CountySnapshot, definition: IndicatorDefinition, region: string, asOf: IsoDate, granularity: Granularity): TrendPoint[] {
  const kind = granularity === 'year' && usesTrademarkYear(snapshot, definition) ? 'trademark-year' : granularity;
  const start = `${snapshot.plan.period.startYear - 1}-01-01`;
  if (asOf < start) return [];
  return periodsBetween(kind, start, asOf).map((period) => {
    const partial = period.to > asOf;
    const to = partial ? asOf : period.to;
    const previous = samePeriodLastYear(period);
    const current = (!partial && fromSeries(snapshot, definition, region, period)) || computed(snapshot, definition, region, period.from, to);
    const before =
      (!partial && fromSeries(snapshot, definition, region, previous)) ||
      computed(snapshot, definition, region, previous.from, partial ? sameDayLastYear(asOf) : previous.to);
    return {
      label: period.label,
      from: period.from,
      to,
      partial,
      value: current.value,
      numerator: current.numerator,
      denominator: current.denominator ?? null,
      yearOnYear: yearOnYear(current.value, before.value),
    };
  });
}

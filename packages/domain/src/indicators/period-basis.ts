import { civilFromDay, dayFromCivil, toDay, type DayNumber, type IsoDate } from '../periods/iso-date.js';
import type { IndicatorDefinition, Formula, QueryOrChoice, RecordQuery, StatisticalYear } from './indicator-definition.js';
import { isQueryChoice } from './indicator-definition.js';
import type { ResolvedSettings } from './settings.js';

/** A definition's period basis with its settings applied. */
export type ResolvedBasis =
  | { kind: 'stock' }
  | { kind: 'annual'; year: StatisticalYear }
  /** cumulative and new-since-baseline: events on or after `from`. */
  | { kind: 'since'; from: DayNumber }
  | { kind: 'reported' };

export function resolveBasis(definition: IndicatorDefinition, settings: ResolvedSettings): ResolvedBasis {
  const basis = definition.basis;
  switch (basis.kind) {
    case 'stock-at-date':
      return { kind: 'stock' };
    case 'annual-flow':
      return { kind: 'annual', year: settings.ref<StatisticalYear>(basis.year) };
    case 'cumulative':
      return { kind: 'since', from: toDay(settings.get<IsoDate>('periodStart')) };
    case 'new-since-baseline':
      return { kind: 'since', from: toDay(settings.get<IsoDate>('baselineDate')) };
    case 'reported':
      return { kind: 'reported' };
  }
}

/** First day of the statistical year containing a day. */
export function statisticalYearStart(day: DayNumber, year: StatisticalYear): DayNumber {
  const { year: y, month, day: d } = civilFromDay(day);
  if (year === 'calendar') return dayFromCivil(y, 1, 1);
  return month === 12 && d >= 16 ? dayFromCivil(y, 12, 16) : dayFromCivil(y - 1, 12, 16);
}

/** First day of the next statistical year after the one containing a day. */
export function nextStatisticalYearStart(day: DayNumber, year: StatisticalYear): DayNumber {
  const { year: y, month, day: d } = civilFromDay(day);
  if (year === 'calendar') return dayFromCivil(y + 1, 1, 1);
  return month === 12 && d >= 16 ? dayFromCivil(y + 1, 12, 16) : dayFromCivil(y, 12, 16);
}

/** The days whose flows count at `asOf` (both ends included); null for stocks. */
export function flowWindow(basis: ResolvedBasis, asOf: DayNumber): { from: DayNumber; to: DayNumber } | null {
  switch (basis.kind) {
    case 'annual':
      return { from: statisticalYearStart(asOf, basis.year), to: asOf };
    case 'since':
      return { from: basis.from, to: asOf };
    case 'stock':
    case 'reported':
      return null;
  }
}

export function chooseQuery(query: QueryOrChoice, settings: ResolvedSettings): RecordQuery {
  if (!isQueryChoice(query)) return query;
  const choice = settings.get<string>(query.bySetting);
  const chosen = query.cases[choice];
  if (!chosen) throw new RangeError(`no query for ${query.bySetting} = "${choice}"`);
  return chosen;
}

/** The queries a formula counts: the value (or numerator) and, for ratios, the denominator. */
export function formulaQueries(formula: Formula, settings: ResolvedSettings): { numerator: RecordQuery; denominator?: RecordQuery } | null {
  switch (formula.kind) {
    case 'count':
    case 'sum':
    case 'per10k':
      return { numerator: chooseQuery(formula.of, settings) };
    case 'ratio':
      return { numerator: chooseQuery(formula.numerator, settings), denominator: chooseQuery(formula.denominator, settings) };
    case 'reported':
      return null;
  }
}

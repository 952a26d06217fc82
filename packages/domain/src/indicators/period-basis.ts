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

/**
 * The label of the statistical year a day belongs to: its calendar year, except that the
 * trademark statistical year (商标统计年度) labelled Y runs from 16 December of Y − 1 to 15 December
 * of Y, so 2024-12-16 already belongs to 2025.
 */
export function statisticalYearLabel(day: DayNumber, year: StatisticalYear): number {
  const { year: y, month, day: d } = civilFromDay(day);
  return year === 'trademark-statistical' && month === 12 && d >= 16 ? y + 1 : y;
}

/** The days of the statistical year labelled `label`, both ends included. */
export function statisticalYearDays(label: number, year: StatisticalYear): { from: DayNumber; to: DayNumber } {
  return year === 'calendar'
    ? { from: dayFromCivil(label, 1, 1), to: dayFromCivil(label, 12, 31) }
    : { from: dayFromCivil(label - 1, 12, 16), to: dayFromCivil(label, 12, 15) };
}

/**
 * The plan year a date is judged in (方案年度) is its calendar year Y, and an annual flow is judged
 * on one window: the statistical year labelled Y, up to the date. From 16 to 31 December a
 * trademark count therefore stays the completed year Y; what is registered from 16 December on
 * counts toward Y + 1 (nextYearSoFar).
 */
export function judgedYearWindow(asOf: DayNumber, year: StatisticalYear): { from: DayNumber; to: DayNumber } {
  const days = statisticalYearDays(civilFromDay(asOf).year, year);
  return { from: days.from, to: Math.min(days.to, asOf) };
}

/** The part of the next statistical year already under way at `asOf` (16–31 December for trademarks); null otherwise. */
export function nextYearSoFar(asOf: DayNumber, year: StatisticalYear): { from: DayNumber; to: DayNumber } | null {
  const days = statisticalYearDays(civilFromDay(asOf).year, year);
  return asOf > days.to ? { from: days.to + 1, to: asOf } : null;
}

/** The days whose flows count at `asOf` (both ends included); null for stocks. */
export function flowWindow(basis: ResolvedBasis, asOf: DayNumber): { from: DayNumber; to: DayNumber } | null {
  switch (basis.kind) {
    case 'annual':
      return judgedYearWindow(asOf, basis.year);
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

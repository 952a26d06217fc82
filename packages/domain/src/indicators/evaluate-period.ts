import { samePeriodLastYear, yearOnYear, type Period, type YearOnYear } from '../periods/period.js';
import type { IndicatorDefinition } from './indicator-definition.js';
import type { IndicatorRecords } from './indicator-records.js';
import { evaluateIndicator, type IndicatorValue } from './evaluate-indicator.js';
import type { SettingOverrides } from './settings.js';

export interface PeriodOptions {
  region?: string;
  settings?: SettingOverrides;
}

/**
 * An indicator over a month, quarter or year: a stock at the period's last day, a flow (grants,
 * registrations, pledges, participants) over the period's days, a reported value as of its end.
 */
export function evaluatePeriod(
  definition: IndicatorDefinition,
  records: IndicatorRecords,
  period: Period,
  options: PeriodOptions = {},
): IndicatorValue {
  const stockLike = definition.basis.kind === 'stock-at-date' || definition.basis.kind === 'reported';
  return evaluateIndicator(definition, records, {
    asOf: period.to,
    ...(options.region ? { region: options.region } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
    ...(stockLike ? {} : { window: { from: period.from, to: period.to } }),
  });
}

export interface PeriodComparison {
  period: Period;
  current: IndicatorValue;
  previous: IndicatorValue;
  /** 同比 */
  yearOnYear: YearOnYear;
}

export function evaluatePeriodYearOnYear(
  definition: IndicatorDefinition,
  records: IndicatorRecords,
  period: Period,
  options: PeriodOptions = {},
): PeriodComparison {
  const current = evaluatePeriod(definition, records, period, options);
  const previous = evaluatePeriod(definition, records, samePeriodLastYear(period), options);
  return { period, current, previous, yearOnYear: yearOnYear(current.value, previous.value) };
}

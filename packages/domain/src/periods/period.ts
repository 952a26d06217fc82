import { civilOf, formatIsoDate, monthEnd, type IsoDate } from './iso-date.js';

/**
 * A reporting period with both ends included.
 * 'trademark-year' is CNIPA's trademark statistical year (商标统计年度): "申请件数、注册件数指
 * 2023.12.16-2024.9.15的商标统计情况" — the year Y runs from 16 December of Y−1 to 15 December of Y
 * (indicator-definitions.md §5.1; the same convention for GI trademarks in §5.2).
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'trademark-year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4; absent for years. */
  index?: number;
  from: IsoDate;
  to: IsoDate;
  /** '2024-03', '2024Q1', '2024', '2024TM'. */
  label: string;
}

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    year,
    index: month,
    from: formatIsoDate(year, month, 1),
    to: monthEnd(year, month),
    label: `${year}-${String(month).padStart(2, '0')}`,
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    year,
    index: quarter,
    from: formatIsoDate(year, firstMonth, 1),
    to: monthEnd(year, firstMonth + 2),
    label: `${year}Q${quarter}`,
  };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', year, from: formatIsoDate(year, 1, 1), to: formatIsoDate(year, 12, 31), label: String(year) };
}

/** 商标统计年度 Y: Y−1-12-16 … Y-12-15. */
export function trademarkYearPeriod(year: number): Period {
  return {
    kind: 'trademark-year',
    year,
    from: formatIsoDate(year - 1, 12, 16),
    to: formatIsoDate(year, 12, 15),
    label: `${year}TM`,
  };
}

/** The trademark statistical year a date belongs to: 2024-12-16 already counts in 2025. */
export function trademarkStatisticalYearOf(date: IsoDate): number {
  const { year, month, day } = civilOf(date);
  return month === 12 && day >= 16 ? year + 1 : year;
}

export function periodContaining(kind: PeriodKind, date: IsoDate): Period {
  const { year, month } = civilOf(date);
  switch (kind) {
    case 'month':
      return monthPeriod(year, month);
    case 'quarter':
      return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
    case 'year':
      return yearPeriod(year);
    case 'trademark-year':
      return trademarkYearPeriod(trademarkStatisticalYearOf(date));
  }
}

/** The same period one year earlier, for year-on-year comparison (同比). */
export function samePeriodLastYear(period: Period): Period {
  switch (period.kind) {
    case 'month':
      return monthPeriod(period.year - 1, period.index ?? 1);
    case 'quarter':
      return quarterPeriod(period.year - 1, period.index ?? 1);
    case 'year':
      return yearPeriod(period.year - 1);
    case 'trademark-year':
      return trademarkYearPeriod(period.year - 1);
  }
}

/** Every period of a kind that overlaps [from, to], in order. */
export function periodsBetween(kind: PeriodKind, from: IsoDate, to: IsoDate): Period[] {
  const result: Period[] = [];
  let period = periodContaining(kind, from);
  while (period.from <= to) {
    result.push(period);
    period = nextPeriod(period);
  }
  return result;
}

export function nextPeriod(period: Period): Period {
  const index = period.index ?? 1;
  switch (period.kind) {
    case 'month':
      return index === 12 ? monthPeriod(period.year + 1, 1) : monthPeriod(period.year, index + 1);
    case 'quarter':
      return index === 4 ? quarterPeriod(period.year + 1, 1) : quarterPeriod(period.year, index + 1);
    case 'year':
      return yearPeriod(period.year + 1);
    case 'trademark-year':
      return trademarkYearPeriod(period.year + 1);
  }
}

/** 同比: the change against the same period a year earlier. */
export interface YearOnYear {
  current: number | null;
  previous: number | null;
  /** current − previous */
  change: number | null;
  /** (current − previous) / previous × 100; null when the previous value is 0 or missing. */
  changePercent: number | null;
}

export function yearOnYear(current: number | null, previous: number | null): YearOnYear {
  if (current === null || previous === null) return { current, previous, change: null, changePercent: null };
  const change = current - previous;
  return { current, previous, change, changePercent: previous === 0 ? null : (change / previous) * 100 };
}

import { monthPeriod, quarterPeriod, yearPeriod, type Period } from '../periods/period.js';

/**
 * 统计分析报告's period: 月报 2026-11, 季报 2026-Q4, 年报 2026. Each is compared with the period
 * before it (环比: October for November, Q3 for Q4, 2025 for 2026) and with the same period a year
 * earlier (同比).
 */
export type ReportPeriodKind = 'monthly' | 'quarterly' | 'yearly';

export interface ReportPeriod {
  kind: ReportPeriodKind;
  period: Period;
  previous: Period;
  yearEarlier: Period;
  /** 2026年11月, 2026年第四季度, 2026年度. */
  title: string;
  /** 月报 / 季报 / 年报 */
  name: string;
}

const QUARTERS = ['一', '二', '三', '四'];

/** Reads 2026-11, 2026-Q4 (or 2026Q4) or 2026; null for anything else. */
export function parseReportPeriod(text: string): ReportPeriod | null {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return null;
    return {
      kind: 'monthly',
      period: monthPeriod(y, m),
      previous: m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1),
      yearEarlier: monthPeriod(y - 1, m),
      title: `${y}年${m}月`,
      name: '月报',
    };
  }
  const quarter = /^(\d{4})-?Q([1-4])$/i.exec(text);
  if (quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    return {
      kind: 'quarterly',
      period: quarterPeriod(y, q),
      previous: q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1),
      yearEarlier: quarterPeriod(y - 1, q),
      title: `${y}年第${QUARTERS[q - 1]}季度`,
      name: '季报',
    };
  }
  const year = /^(\d{4})$/.exec(text);
  if (year) {
    const y = Number(year[1]);
    return { kind: 'yearly', period: yearPeriod(y), previous: yearPeriod(y - 1), yearEarlier: yearPeriod(y - 1), title: `${y}年度`, name: '年报' };
  }
  return null;
}

/** The periods that ended on `date` (a YYYY-MM-DD in China): the month, and the quarter and year when they end too. */
export function periodsEndingOn(date: string): string[] {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const period = monthPeriod(y, m);
  if (period.to !== date) return [];
  const ended = [period.label];
  if (m % 3 === 0) ended.push(`${y}-Q${m / 3}`);
  if (m === 12) ended.push(String(y));
  return ended;
}

/** The last period of a kind that has ended by `date`: the month before, the quarter before … */
export function lastEndedPeriod(kind: ReportPeriodKind, date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const monthEnded = monthPeriod(y, m).to === date;
  const month = monthEnded ? { y, m } : m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 };
  if (kind === 'monthly') return `${month.y}-${String(month.m).padStart(2, '0')}`;
  if (kind === 'quarterly') {
    const q = Math.floor(month.m / 3);
    return q === 0 ? `${month.y - 1}-Q4` : `${month.y}-Q${q}`;
  }
  return String(month.m === 12 ? month.y : month.y - 1);
}

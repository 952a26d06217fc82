import { addDays, civilOf, formatIsoDate, type IsoDate, type StatisticalYear } from '@ipcounty/domain';

/** What the engine counted at a date: a count or sum, and a ratio's denominator. */
export interface Tally {
  numerator: number;
  denominator?: number;
}

/** The first day of a statistical year falling inside a month, if one does: 1 January, or 16 December (商标统计年度). */
export function yearStartWithin(monthEnd: IsoDate, year: StatisticalYear): IsoDate | null {
  const { year: y, month } = civilOf(monthEnd);
  if (year === 'calendar') return month === 1 ? formatIsoDate(y, 1, 1) : null;
  return month === 12 ? formatIsoDate(y, 12, 16) : null;
}

/** The extra dates a year-to-date series needs so each month's flow can be taken apart: the eve of every year start inside a month. */
export function yearEves(monthEnds: readonly IsoDate[], year: StatisticalYear): IsoDate[] {
  return monthEnds.flatMap((m) => {
    const start = yearStartWithin(m, year);
    return start ? [addDays(start, -1)] : [];
  });
}

const minus = (a: Tally, b: Tally): Tally => ({
  numerator: a.numerator - b.numerator,
  ...(a.denominator === undefined ? {} : { denominator: a.denominator - (b.denominator ?? 0) }),
});
const plus = (a: Tally, b: Tally): Tally => ({
  numerator: a.numerator + b.numerator,
  ...(a.denominator === undefined ? {} : { denominator: a.denominator + (b.denominator ?? 0) }),
});

function at(series: ReadonlyMap<IsoDate, Tally>, date: IsoDate): Tally {
  const tally = series.get(date);
  if (!tally) throw new RangeError(`the series has no value at ${date}`);
  return tally;
}

/**
 * Each month's flow from a year-to-date series (the statistical year so far at each date), for
 * monthEnds[1…] (monthEnds[0] is the month before the first). Within a year the flow is the
 * difference of two month-ends; across a year start y it is what the old year gained up to the
 * eve of y plus the new year so far: S(y − 1) − S(previous) + S(month-end). In January of a
 * calendar year the eve is the previous month-end, so that is S(month-end) alone.
 */
export function yearToDateFlows(series: ReadonlyMap<IsoDate, Tally>, monthEnds: readonly IsoDate[], year: StatisticalYear): Tally[] {
  return monthEnds.slice(1).map((monthEnd, i) => {
    const previous = at(series, monthEnds[i] as IsoDate);
    const start = yearStartWithin(monthEnd, year);
    if (!start) return minus(at(series, monthEnd), previous);
    return plus(minus(at(series, addDays(start, -1)), previous), at(series, monthEnd));
  });
}

/** Each month's flow from a running total (cumulative since a day on or before monthEnds[0]). */
export function runningTotalFlows(series: ReadonlyMap<IsoDate, Tally>, monthEnds: readonly IsoDate[]): Tally[] {
  return monthEnds.slice(1).map((monthEnd, i) => minus(at(series, monthEnd), at(series, monthEnds[i] as IsoDate)));
}

import { civilOf, type IsoDate } from '@ipcounty/domain';

/** What the engine counted at a date: a count or sum, and a ratio's denominator. */
export interface Tally {
  numerator: number;
  denominator?: number;
}

const minus = (a: Tally, b: Tally): Tally => ({
  numerator: a.numerator - b.numerator,
  ...(a.denominator === undefined ? {} : { denominator: a.denominator - (b.denominator ?? 0) }),
});

function at(series: ReadonlyMap<IsoDate, Tally>, date: IsoDate): Tally {
  const tally = series.get(date);
  if (!tally) throw new RangeError(`the series has no value at ${date}`);
  return tally;
}

/**
 * Each month's flow from a calendar year-to-date series, for monthEnds[1…] (monthEnds[0] is the
 * month before the first): within a year the difference of two month-ends; January stands alone.
 * Flows judged on the trademark statistical year are computed on the calendar year for this: a
 * month's own flow is the same whichever year it is judged in.
 */
export function yearToDateFlows(series: ReadonlyMap<IsoDate, Tally>, monthEnds: readonly IsoDate[]): Tally[] {
  return monthEnds.slice(1).map((monthEnd, i) => {
    const current = at(series, monthEnd);
    return civilOf(monthEnd).month === 1 ? current : minus(current, at(series, monthEnds[i] as IsoDate));
  });
}

/** Each month's flow from a running total (cumulative since a day on or before monthEnds[0]). */
export function runningTotalFlows(series: ReadonlyMap<IsoDate, Tally>, monthEnds: readonly IsoDate[]): Tally[] {
  return monthEnds.slice(1).map((monthEnd, i) => minus(at(series, monthEnd), at(series, monthEnds[i] as IsoDate)));
}

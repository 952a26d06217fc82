import { formatIsoDate, isLeapYear, toDay } from './iso-date.js';

/**
 * Deadlines kept in China Standard Time (UTC+08:00, no daylight saving).
 *
 * Dates are 'YYYY-MM-DD' strings (civil-date arithmetic lives in periods/iso-date.ts); instants are
 * ISO 8601 strings that carry an offset ('Z' or '+08:00'). A deadline date means "until the end of
 * that day in Shanghai", so 2026-03-31 lasts until 2026-03-31T23:59:59.999+08:00. Everything here
 * is explicit +08:00 offset arithmetic on UTC milliseconds, never the process time zone, so a
 * server running in UTC gets the same answers.
 */

const MS_PER_DAY = 86_400_000;
/** China has used +08:00 all year round since 1991; no daylight saving to handle. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/**
 * The same day `years` years later, for moving a work plan's deadlines to another year:
 * 29 February becomes 28 February in a common year, so a deadline "by the end of February" stays
 * in February. (periods/iso-date's `anniversary` moves it to 1 March instead, which is right for
 * legal terms computed from a start date, not for deadlines.)
 */
export function shiftYears(date: string, years: number): string {
  toDay(date);
  const year = Number(date.slice(0, 4)) + years;
  const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return month === 2 && day === 29 && !isLeapYear(year) ? formatIsoDate(year, 2, 28) : formatIsoDate(year, month, day);
}

/** Milliseconds since the epoch of an ISO instant; refuses instants without an offset. */
export function instantMs(instant: string): number {
  // Without an offset, Date.parse would read the string in the process time zone.
  if (!INSTANT_WITH_OFFSET.test(instant))
    throw new RangeError(`"${instant}" is not an ISO instant with an offset (Z or +08:00)`);
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`"${instant}" is not a valid instant`);
  return ms;
}

/** The last millisecond of a date in Shanghai: the moment a deadline on that date expires. */
export function endOfDayMs(date: string): number {
  return (toDay(date) + 1) * MS_PER_DAY - SHANGHAI_OFFSET_MS - 1;
}

/**
 * The calendar date in Shanghai at an instant: "today in China" for the whole product (the server
 * passes its clock's now). An ISO string must carry its offset; a Date is unambiguous.
 */
export function shanghaiDate(instant: string | Date): string {
  return new Date(msOf(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as people in the county read it: 2026-11-28 10:00:00 (Shanghai time, to the second). */
export function shanghaiDateTime(instant: string | Date): string {
  return new Date(msOf(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

const msOf = (instant: string | Date) => (typeof instant === 'string' ? instantMs(instant) : instant.getTime());

/** Whether a deadline date has expired at an instant (after 23:59:59.999 +08:00 that day). */
export function isPastDeadline(instant: string, deadline: string): boolean {
  return instantMs(instant) > endOfDayMs(deadline);
}

/**
 * Calendar days by which an instant is past a deadline date, 0 when it is not past. Counted on
 * Shanghai dates: a report due 04-10 and submitted 04-11 at 00:30 +08:00 is one day late.
 */
export function daysLate(instant: string, deadline: string): number {
  return Math.max(0, daysBetween(deadline, shanghaiDate(instant)));
}

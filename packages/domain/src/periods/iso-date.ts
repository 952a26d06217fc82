/**
 * Calendar arithmetic on dates written 'YYYY-MM-DD'. The domain has no clock and no time zone:
 * a date is a civil day, and internally a day number (days since 1970-01-01), which makes
 * interval arithmetic over a million patents cheap and exact.
 */

/** A civil date written 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Days since 1970-01-01 (may be negative). */
export type DayNumber = number;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Day number of a civil date (H. Hinnant's days_from_civil, proleptic Gregorian). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True when the text is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  // Read digit by digit, as toDay does: an import asks this of every date cell.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 0 && month >= 0 && day >= 0 && isCivilDate(year, month, day);
}

/**
 * Day number of a 'YYYY-MM-DD' date. Throws a RangeError on anything else: stored records
 * carry dates already validated by parseRecordDate, so a bad one here is a programming error.
 */
export function toDay(iso: IsoDate): DayNumber {
  // Hand-rolled parse: this runs for every date of every patent in a sweep.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0 && isCivilDate(year, month, day)) return dayFromCivil(year, month, day);
  }
  throw new RangeError(`"${iso}" is not a date written YYYY-MM-DD`);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Each day's text, made once: a register names a few thousand distinct days, each many times
 * over (every patent's period in force is written as two of them).
 */
const dayTexts = new Map<DayNumber, IsoDate>();
const MAX_DAY_TEXTS = 100_000;

export function fromDay(dayNumber: DayNumber): IsoDate {
  const known = dayTexts.get(dayNumber);
  if (known !== undefined) return known;
  const { year, month, day } = civilFromDay(dayNumber);
  const text = formatIsoDate(year, month, day);
  if (dayTexts.size >= MAX_DAY_TEXTS) dayTexts.clear();
  dayTexts.set(dayNumber, text);
  return text;
}

export function civilOf(iso: IsoDate): CivilDate {
  return civilFromDay(toDay(iso));
}

export function yearOf(iso: IsoDate): number {
  return civilOf(iso).year;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDay(toDay(iso) + days);
}

/**
 * The same month and day `years` later. A 29 February start falls on 1 March in a common year:
 * a period that began on 29 February has its last day on 28 February (民法典 第二百零二条:
 * 没有对应日的，月末日为期间的最后一日), so the first day after it is 1 March.
 */
export function anniversary(iso: IsoDate, years: number): IsoDate {
  return fromDay(anniversaryOfDay(toDay(iso), years));
}

/** anniversary() as a day number, without building the intermediate text (used per patent). */
export function anniversaryDay(iso: IsoDate, years: number): DayNumber {
  return anniversaryOfDay(toDay(iso), years);
}

/** anniversary() of a day number, as a day number. */
export function anniversaryOfDay(dayNumber: DayNumber, years: number): DayNumber {
  const { year, month, day } = civilFromDay(dayNumber);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return dayFromCivil(target, 3, 1);
  return dayFromCivil(target, month, day);
}

/** The last day of a month. */
export function monthEnd(year: number, month: number): IsoDate {
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/** Every month-end from the month of `from` to the month of `to`, both included. */
export function monthEndsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = civilOf(from);
  const end = civilOf(to);
  const result: IsoDate[] = [];
  for (let y = start.year, m = start.month; y < end.year || (y === end.year && m <= end.month); ) {
    result.push(monthEnd(y, m));
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return result;
}

/** Whole months from the month of `from` to the month of `to` (2024-01-31 → 2026-12-31 is 35). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = civilOf(from);
  const b = civilOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

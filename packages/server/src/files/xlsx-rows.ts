import { formatPlainNumber } from './plain-number.js';

/**
 * How a cell of a worksheet reads as text, as the user typed it: dates as `YYYY-MM-DD` (with
 * the time when it is not midnight), numbers in plain notation, booleans as TRUE/FALSE. The
 * streaming reader (xlsx-sheet-reader.ts) hands each cell's raw `<v>` text and type here.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Excel serial day number of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

/**
 * Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the East Asian ids
 * 27–36 and 50–58 that Chinese Excel uses for 年月日 formats).
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a style's number format (built-in id, or custom code) shows a date or time. */
export function isDateStyle(numFmtId: number, customCode: string | undefined): boolean {
  return customCode === undefined ? BUILT_IN_DATE_FORMATS.has(numFmtId) : isDateFormat(customCode);
}

/** A date or time token outside quoted text and [colour/locale] codes. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const tokens = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhsb]/i.test(tokens);
}

/** A cell's stored text by its type attribute (`t`): shared strings are resolved by the caller. */
export function cellValueText(type: string | undefined, raw: string, isDate: boolean, date1904: boolean): string {
  switch (type) {
    case 'b':
      return raw.trim() === '1' || raw.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'inlineStr':
    case 'e':
      return raw;
    case 'd': {
      const iso = raw.trim();
      return formatCellDate(new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`));
    }
    default: {
      if (raw.trim() === '') return '';
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      if (isDate) return serialDateText(number, date1904);
      return formatPlainNumber(number);
    }
  }
}

/** An Excel serial day number as the date (and time) it shows. */
export function serialDateText(serial: number, date1904: boolean): string {
  const offset = date1904 ? DATE_1904_OFFSET : 0;
  return formatCellDate(new Date(Math.round((serial - UNIX_EPOCH_SERIAL + offset) * MS_PER_DAY)));
}

/**
 * The date is built so that its UTC fields are the wall-clock time written in the cell, so the
 * UTC getters give the date the user typed whatever the server's time zone.
 */
export function formatCellDate(cellDate: Date): string {
  if (Number.isNaN(cellDate.getTime())) return '';
  // Serial fractions drift by a millisecond or so; nobody types sub-second times.
  const date = new Date(Math.round(cellDate.getTime() / 1000) * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  // Serial numbers below 1 are a time of day with no date (a cell formatted h:mm).
  if (date.getTime() < Date.UTC(1900, 0, 1)) return time;
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return time === '00:00:00' ? day : `${day} ${time}`;
}

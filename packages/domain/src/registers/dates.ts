import { civilFromDay, dayFromCivil, daysInMonth, formatIsoDate, type IsoDate } from '../periods/iso-date.js';

export type RecordDateResult = { ok: true; date: IsoDate } | { ok: false; reason: string };

/** Largest serial Excel accepts: 9999-12-31. */
const EXCEL_MAX_SERIAL = 2958465;

const SEPARATED = /^(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:[-./]|月)\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
/** A time of day after the date, as spreadsheets export it; it does not change the day. */
const TRAILING_TIME = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * Reads a date as it appears in registers and spreadsheets: 2023-01-05, 2023.01.05, 2023/1/5,
 * 20230105, 2023年1月5日, or an Excel serial number (1900 date system). A date that does not
 * exist (2023-02-30) is refused with a reason, never moved to a neighbouring day.
 */
export function parseRecordDate(raw: string | number): RecordDateResult {
  if (typeof raw === 'number') return fromNumber(raw);
  const text = toHalfWidth(raw).trim().replace(TRAILING_TIME, '').trim();
  if (text === '') return { ok: false, reason: 'empty date' };
  const separated = SEPARATED.exec(text);
  if (separated) return fromParts(Number(separated[1]), Number(separated[2]), Number(separated[3]), raw);
  const compact = COMPACT.exec(text);
  if (compact) return fromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]), raw);
  if (SERIAL.test(text)) return fromExcelSerial(Number(text));
  return { ok: false, reason: `"${raw}" is not a recognised date format (expected e.g. 2023-01-05, 2023年1月5日)` };
}

function fromNumber(value: number): RecordDateResult {
  if (!Number.isFinite(value)) return { ok: false, reason: `${value} is not a date` };
  // An eight-digit number is a date typed as digits (20230105); no Excel serial is that large.
  if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_991_231) {
    return fromParts(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100, String(value));
  }
  return fromExcelSerial(value);
}

function fromParts(year: number, month: number, day: number, raw: string | number): RecordDateResult {
  if (year < 1 || month < 1 || month > 12) return { ok: false, reason: `"${raw}": month ${month} does not exist` };
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return { ok: false, reason: `"${raw}": ${year}-${String(month).padStart(2, '0')} has ${length} days, not ${day}` };
  }
  return { ok: true, date: formatIsoDate(year, month, day) };
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01. Excel copies Lotus 1-2-3 in treating 1900
 * as a leap year, so serial 60 is the non-existent 1900-02-29 and every serial from 61 on is one
 * day ahead of a plain count; day = 1899-12-30 + serial for serials ≥ 61, 1899-12-31 + serial below.
 * A fractional part is the time of day and is dropped.
 */
export function fromExcelSerial(serial: number): RecordDateResult {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > EXCEL_MAX_SERIAL) {
    return { ok: false, reason: `Excel serial ${serial} is outside 1 (1900-01-01) … ${EXCEL_MAX_SERIAL} (9999-12-31)` };
  }
  if (whole === 60) {
    return { ok: false, reason: 'Excel serial 60 is 1900-02-29, a day that does not exist (Excel 1900 leap-year bug)' };
  }
  const base = whole < 60 ? dayFromCivil(1899, 12, 31) : dayFromCivil(1899, 12, 30);
  const { year, month, day } = civilFromDay(base + whole);
  return { ok: true, date: formatIsoDate(year, month, day) };
}

const WIDE_CHARACTER = /[\uFF01-\uFF5E\u3000]/;

/** Full-width digits and punctuation (２０２３／１／５) as typed with a Chinese input method. */
export function toHalfWidth(text: string): string {
  // Most cells hold none: one scan, and the text itself back.
  if (!WIDE_CHARACTER.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

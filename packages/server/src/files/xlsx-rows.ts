import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatPlainNumber } from './plain-number.js';
import { TableFileError } from './table-file-error.js';
import { damagedWorkbook } from './xlsx-package.js';

/** One row of a sheet or a delimited file, before the header gives its cells names. */
export interface RawRow {
  /** The row number the user sees (Excel's row number; the record number in a CSV). */
  number: number;
  values: string[];
  /** 0-based columns whose value is the cached result of a formula. */
  formulaColumns?: number[];
}

const BATCH_SIZE = 1000;
const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Excel serial day number of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

/**
 * Reads the rows of the single worksheet in `workbookPackage` (see `firstSheetPackage`),
 * streaming: exceljs holds the shared strings in memory, never the sheet. Dates come back as
 * `YYYY-MM-DD` (with the time when it is not midnight), numbers in plain notation, formulas as
 * their cached result with the column flagged, rich text as plain text.
 */
export async function* readXlsxRows(workbookPackage: Readable): AsyncGenerator<RawRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(workbookPackage, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      const date1904 = (reader as unknown as WorkbookReaderInternals).properties?.model?.date1904 === true;
      let batch: RawRow[] = [];
      for await (const row of worksheet) {
        batch.push(toRawRow(row, date1904));
        if (batch.length >= BATCH_SIZE) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      return;
    }
  } catch (error) {
    if (error instanceof TableFileError) throw error;
    throw damagedWorkbook(error);
  }
}

/** The workbook's 1900/1904 date system, which exceljs keeps outside its published types. */
interface WorkbookReaderInternals {
  properties?: { model?: { date1904?: boolean } };
}

function toRawRow(row: ExcelJS.Row, date1904: boolean): RawRow {
  const values: string[] = [];
  let formulaColumns: number[] | undefined;
  row.eachCell((cell, columnNumber) => {
    const index = columnNumber - 1;
    while (values.length < index) values.push('');
    const value: unknown = cell.value;
    if (isFormulaValue(value)) {
      (formulaColumns ??= []).push(index);
      values.push(formulaResultText(value.result, cell.numFmt, date1904));
    } else {
      values.push(cellText(value));
    }
  });
  return formulaColumns ? { number: row.number, values, formulaColumns } : { number: row.number, values };
}

interface FormulaValue {
  result?: unknown;
}

function isFormulaValue(value: unknown): value is FormulaValue {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? '' : formatPlainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatCellDate(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
    }
    if ('error' in value) return String(value.error);
    if ('text' in value) return cellText(value.text);
  }
  return String(value);
}

function formulaResultText(result: unknown, numFmt: string | undefined, date1904: boolean): string {
  // exceljs turns a plain cell with a date format into a Date, but leaves a formula's result a number.
  if (typeof result === 'number' && Number.isFinite(result) && isDateFormat(numFmt)) {
    const offset = date1904 ? DATE_1904_OFFSET : 0;
    return formatCellDate(new Date(Math.round((result - UNIX_EPOCH_SERIAL + offset) * MS_PER_DAY)));
  }
  return cellText(result);
}

/** The test exceljs applies: a date or time token outside quoted text and [colour/locale] codes. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const tokens = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(tokens);
}

/**
 * exceljs builds a Date whose UTC fields are the wall-clock time written in the cell, so the
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

import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatPlainNumber } from './plain-number.js';
import { TableFileError } from './table-file-error.js';

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

/** What this module relies on of exceljs's streaming reader beyond its published types. */
interface WorkbookReaderInternals {
  on(event: 'entry', listener: (entry: { type: string }) => void): unknown;
  model?: { sheets?: { name: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

interface WorksheetReaderInternals {
  name?: string;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

/**
 * Reads the rows of a workbook's first visible worksheet, streaming: exceljs holds the shared
 * strings table in memory, never the sheet. Dates come back as `YYYY-MM-DD` (with the time
 * when it is not midnight), numbers in plain notation, formulas as their cached result with the
 * column flagged, rich text as plain text.
 */
export async function* readXlsxRows(input: Readable): AsyncGenerator<RawRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const internals = reader as unknown as WorkbookReaderInternals;
  deferWorksheetsUntilStylesAreKnown(internals);

  let sheetFound = false;
  try {
    for await (const sheet of reader as AsyncIterable<unknown>) {
      const worksheet = sheet as WorksheetReaderInternals;
      if (!isFirstVisibleSheet(worksheet, internals)) continue;
      sheetFound = true;
      const date1904 = internals.properties?.model?.date1904 === true;
      let batch: RawRow[] = [];
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
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
    throw new TableFileError(
      'xlsx_unreadable',
      {
        zh: '无法读取该 xlsx 文件，文件可能已损坏。请用 Excel 或 WPS 打开后重新保存为 .xlsx 再上传。',
        en: 'The .xlsx file cannot be read; it may be damaged. Open it in Excel or WPS, save it again as .xlsx and upload it again.',
      },
      { cause: error },
    );
  }
  if (!sheetFound) {
    throw new TableFileError('xlsx_unreadable', {
      zh: '该 xlsx 文件中没有工作表。',
      en: 'The .xlsx file contains no worksheet.',
    });
  }
}

/**
 * exceljs parses a worksheet as soon as it has read the shared strings and the workbook
 * relationships, even when styles.xml (which says which numbers are dates) and workbook.xml
 * (the 1900/1904 date system) come later in the zip, as they can in files from other
 * spreadsheet programs; dates would then arrive as bare serial numbers. Withholding the
 * relationships until both are read makes exceljs park such a worksheet in a temporary file
 * and parse it once the styles are known. exceljs emits an 'entry' event as it starts each
 * part and finishes that part before it looks at the next one.
 */
function deferWorksheetsUntilStylesAreKnown(reader: WorkbookReaderInternals): void {
  let relationships: unknown;
  let stylesRead = false;
  let workbookRead = false;
  reader.on('entry', ({ type }) => {
    if (type === 'styles') stylesRead = true;
    if (type === 'workbook') workbookRead = true;
  });
  Object.defineProperty(reader, 'workbookRels', {
    configurable: true,
    get: () => (stylesRead && workbookRead ? relationships : undefined),
    set: (value: unknown) => {
      relationships = value;
    },
  });
}

/** The sheet the user sees first on opening the file: hidden sheets do not count. */
function isFirstVisibleSheet(worksheet: WorksheetReaderInternals, reader: WorkbookReaderInternals) {
  const sheets = reader.model?.sheets ?? [];
  const known = sheets.some((sheet) => sheet.name === worksheet.name);
  // Without the workbook's sheet list the first worksheet in the file is the best guess.
  if (!known) return true;
  const firstVisible = sheets.find((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden');
  return firstVisible?.name === worksheet.name;
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

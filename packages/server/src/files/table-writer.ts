import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Fill } from 'exceljs';
import { csvField, csvRecord, neutralizeFormula } from '@ipcounty/domain';
import { formatPlainNumber } from './plain-number.js';

/** A cell to write. Numbers stay numbers; long identifiers belong in strings. */
export type CellValue = string | number | null;

export type TableRecord = Readonly<Record<string, CellValue>>;

export interface SheetColumn {
  header: string;
  key: string;
  /** In characters; by default wide enough for the header. */
  width?: number;
  /**
   * Excel number format for the whole column, also for cells the user fills in later:
   * '@' keeps typed identifiers such as 2023101234567 as text, 'yyyy-mm-dd' shows dates.
   */
  numFmt?: string;
}

export interface SheetData {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rule). */
  name: string;
  columns: readonly SheetColumn[];
  rows: Iterable<TableRecord> | AsyncIterable<TableRecord>;
}

const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
const CSV_FLUSH_CHARS = 64 * 1024;

/**
 * Writes sheets to an .xlsx, streaming: rows go to the file as they come, so an export of a
 * million rows needs no more memory than one. Each sheet has a bold, frozen header row with an
 * autofilter; every text (headers included) is neutralised against formula injection. Ends `out`.
 */
export async function writeXlsx(sheets: readonly SheetData[], out: Writable | string): Promise<void> {
  const target = typeof out === 'string' ? { filename: out } : { stream: out };
  // exceljs is loaded on the first workbook, not at start (it costs a few hundred milliseconds).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useStyles: true, useSharedStrings: false });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(sheet.columns.length, 1) } };
    worksheet.columns = sheet.columns.map((column) => ({
      key: column.key,
      width: column.width ?? defaultWidth(column.header),
      ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
    }));
    const header = worksheet.addRow(sheet.columns.map((column) => neutralizeFormula(column.header)));
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    header.commit();
    for await (const record of sheet.rows) {
      worksheet.addRow(sheet.columns.map((column) => xlsxCell(record[column.key]))).commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}

/** A workbook in memory, for a download small enough to build whole (a dashboard table, a ranking). */
export async function workbookBuffer(sheets: readonly SheetData[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(sheets, out);
  return Buffer.concat(chunks);
}

export interface CsvTable {
  columns: readonly Pick<SheetColumn, 'header' | 'key'>[];
  rows: Iterable<TableRecord> | AsyncIterable<TableRecord>;
}

/**
 * Writes a CSV that Excel opens correctly in China: UTF-8 with a byte-order mark (without it
 * Excel reads the file as GBK and shows garbage), RFC 4180 quoting, CRLF line ends, texts
 * neutralised against formula injection, numbers in plain notation. Respects back-pressure. Ends `out`.
 */
export async function writeCsv(table: CsvTable, out: Writable | string): Promise<void> {
  const stream = typeof out === 'string' ? createWriteStream(out) : out;
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  let pending = `\uFEFF${csvRecord(table.columns.map((column) => column.header))}`;
  for await (const record of table.rows) {
    pending += `${table.columns.map((column) => csvCell(record[column.key])).join(',')}\r\n`;
    if (pending.length >= CSV_FLUSH_CHARS) {
      await write(pending);
      pending = '';
    }
  }
  stream.end(pending);
  await finished(stream);
}

export interface TemplateColumn extends SheetColumn {
  required?: boolean;
  /** 填写说明: what goes in the column, shown on the notes sheet. */
  note?: string;
}

/** A downloadable import template (导入模板). */
export interface ImportTemplate {
  /** Name of the sheet to fill in, e.g. '专利清单'. */
  sheetName: string;
  /** Headers in Chinese, exactly as the importer's column specs name them. */
  columns: readonly TemplateColumn[];
  /** One filled-in row showing the expected form of each value. */
  example: TableRecord;
  /** General instructions, one paragraph each, listed before the columns on the notes sheet. */
  notes?: readonly string[];
}

/**
 * Writes an import template: the sheet to fill in (header plus the example row) and a
 * 填写说明 sheet listing general notes and, for each column, whether it is required and what
 * goes in it. Columns with numFmt '@' stay text when the user types long numbers into them.
 */
export async function writeTemplate(template: ImportTemplate, out: Writable | string): Promise<void> {
  const noteRows: TableRecord[] = (template.notes ?? []).map((note) => ({ column: null, required: null, note }));
  if (noteRows.length > 0) noteRows.push({ column: null, required: null, note: null });
  const columnRows = template.columns.map((column) => ({
    column: column.header,
    required: column.required ? '必填' : '选填',
    note: column.note ?? null,
  }));
  await writeXlsx(
    [
      { name: template.sheetName, columns: template.columns, rows: [template.example] },
      {
        name: '填写说明',
        columns: [
          { header: '列名', key: 'column', width: 24 },
          { header: '是否必填', key: 'required', width: 10 },
          { header: '填写说明', key: 'note', width: 80 },
        ],
        rows: [...noteRows, ...columnRows],
      },
    ],
    out,
  );
}

function xlsxCell(value: CellValue | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return neutralizeFormula(value);
}

function csvCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatPlainNumber(value) : '';
  return csvField(value);
}

/** Wide enough for the header: a Chinese character takes two columns' width. */
function defaultWidth(header: string): number {
  let width = 0;
  for (const character of header) width += /[\u2E80-\uFFEF]/.test(character) ? 2 : 1;
  return Math.min(Math.max(width + 2, 10), 50);
}

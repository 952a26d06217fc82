import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { DelimitedParser } from './delimited-parser.js';
import { TableFileError } from './table-file-error.js';
import { DetectingTextDecoder } from './text-decoding.js';
import { bufferFile, diskFile, firstSheetPackage } from './xlsx-package.js';
import { readXlsxRows, type RawRow } from './xlsx-rows.js';

export type TableSource = { path: string } | { buffer: Buffer };

export interface ReadTableOptions {
  /** The name the user uploaded, for its extension (the stored path may have none). */
  fileName: string;
  /** Most data rows accepted; one more is an error naming the limit. */
  maxRows?: number;
}

export const DEFAULT_MAX_ROWS = 100_000;

export type TableFormat = 'csv' | 'tsv' | 'xlsx';

export interface TableRow {
  /** 1-based, as the user sees it in Excel (the header is row 1 unless a title sits above it). */
  rowNumber: number;
  /** Every column of the header, keyed by the header as written (trimmed); '' when empty. */
  cells: Record<string, string>;
  /** Columns whose value is a formula's cached result (xlsx): the importer should warn. */
  formulaColumns?: string[];
  /** Non-empty values to the right of the last named column: data without a header. */
  unlabelledValues?: string[];
}

export interface OpenedTable {
  readonly format: TableFormat;
  /** The column names, trimmed, in file order. */
  readonly headers: readonly string[];
  readonly headerRowNumber: number;
  /** The data rows, blank rows skipped; iterate once. The file is closed at the end. */
  rows(): AsyncIterableIterator<TableRow>;
  /** The same rows in batches of up to a few thousand, for bulk inserts; closes the file at the end. */
  batches(): AsyncGenerator<TableRow[]>;
  /** Releases the file; safe to call more than once and after reading to the end. */
  close(): Promise<void>;
}

/** A file whose first rows are a title (one filled cell) above the real header; allow a few. */
const MAX_TITLE_ROWS = 3;
/** Read this much text at most to find the first line when choosing comma or tab. */
const DELIMITER_SNIFF_CHARS = 1 << 20;
/**
 * Bytes read at a time. Larger chunks mean fewer calls but bigger batches of rows alive at
 * once, which the garbage collector has to promote; 256 KB (about 2,000 patent rows) kept both
 * the time and the memory low in read-speed.bench.ts.
 */
const CHUNK_BYTES = 256 * 1024;

/**
 * Opens a CSV, TSV or XLSX file and reads its header, leaving the rows to be streamed.
 * Throws `TableFileError` for a file that cannot be read as a table at all.
 */
export async function openTable(source: TableSource, options: ReadTableOptions): Promise<OpenedTable> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`maxRows must be a positive integer, not ${maxRows}`);
  const raw = await openRawTable(source, options.fileName);
  try {
    const cursor = new RawRowCursor(raw.batches);
    const { header, lookahead } = await findHeaderRow(cursor);
    const headers = headerNames(header);
    const dataBatches = prepend(lookahead, cursor.remainingBatches());
    let dataRows = 0;

    async function* batches(): AsyncGenerator<TableRow[]> {
      try {
        for await (const rawBatch of dataBatches) {
          const rows: TableRow[] = [];
          for (const rawRow of rawBatch) {
            if (isBlank(rawRow.values)) continue;
            dataRows += 1;
            if (dataRows > maxRows) throw tooManyRows(maxRows);
            rows.push(toTableRow(rawRow, headers));
          }
          if (rows.length > 0) yield rows;
        }
      } finally {
        await raw.close();
      }
    }

    return {
      format: raw.format,
      headers,
      headerRowNumber: header.number,
      batches,
      rows: () => oneByOne(batches(), raw.close),
      close: raw.close,
    };
  } catch (error) {
    await raw.close();
    throw error;
  }
}

/**
 * Streams the data rows of a table file, opening it on the first `next()`; the file is closed
 * when iteration ends, fails or is left early.
 */
export function readTable(source: TableSource, options: ReadTableOptions): AsyncIterableIterator<TableRow> {
  let rows: AsyncIterableIterator<TableRow> | undefined;
  const start = async () => {
    rows = (await openTable(source, options)).rows();
    return rows.next();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => (rows ? rows.next() : start()),
    return: async () => (await rows?.return?.()) ?? { done: true, value: undefined },
  };
}

/** Reads only as far as the header, e.g. to match columns before an import starts. */
export async function readTableHeaders(source: TableSource, options: ReadTableOptions): Promise<readonly string[]> {
  const table = await openTable(source, options);
  await table.close();
  return table.headers;
}

/**
 * Rows one at a time out of batches. A hand-written iterator costs a third of an async
 * generator's `yield` per row, which shows at a million rows.
 */
function oneByOne(batches: AsyncGenerator<TableRow[]>, close: () => Promise<void>): AsyncIterableIterator<TableRow> {
  let batch: TableRow[] = [];
  let index = 0;
  const finish = async (): Promise<IteratorResult<TableRow>> => {
    await close();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      try {
        while (index >= batch.length) {
          const next = await batches.next();
          if (next.done) return await finish();
          batch = next.value;
          index = 0;
        }
      } catch (error) {
        await close();
        throw error;
      }
      return { done: false, value: batch[index++]! };
    },
    async return() {
      await batches.return(undefined);
      return finish();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The file: which format, and its rows as arrays of strings

interface RawTable {
  format: TableFormat;
  batches: AsyncGenerator<RawRow[]>;
  close(): Promise<void>;
}

type FileKind = { type: 'xlsx' } | { type: 'delimited'; preferred?: ',' | '\t' };

async function openRawTable(source: TableSource, fileName: string): Promise<RawTable> {
  const { size, head } = await peek(source);
  if (size === 0) throw emptyFile();
  const kind = detectKind(fileName, head);
  return kind.type === 'xlsx' ? openWorkbook(source) : openDelimited(source, kind.preferred);
}

async function openWorkbook(source: TableSource): Promise<RawTable> {
  const file = 'path' in source ? await diskFile(source.path) : bufferFile(source.buffer);
  try {
    const stream = await firstSheetPackage(file);
    const batches = readXlsxRows(stream);
    return {
      format: 'xlsx',
      batches,
      close: async () => {
        stream.destroy();
        await batches.return(undefined).catch(() => undefined);
        await file.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await file.close();
    throw error;
  }
}

function openDelimited(source: TableSource, preferred: ',' | '\t' | undefined): RawTable {
  const stream = 'path' in source
    ? createReadStream(source.path, { highWaterMark: CHUNK_BYTES })
    : Readable.from(bufferChunks(source.buffer));
  const table: RawTable = {
    format: preferred === '\t' ? 'tsv' : 'csv',
    batches: readDelimitedRows(stream, preferred, (format) => (table.format = format)),
    close: async () => {
      stream.destroy();
      await table.batches.return(undefined).catch(() => undefined);
    },
  };
  return table;
}

async function peek(source: TableSource): Promise<{ size: number; head: Buffer }> {
  if ('buffer' in source) return { size: source.buffer.length, head: source.buffer.subarray(0, 8) };
  const handle = await open(source.path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { size, head: head.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

function* bufferChunks(buffer: Buffer): Generator<Buffer> {
  for (let start = 0; start < buffer.length; start += CHUNK_BYTES) yield buffer.subarray(start, start + CHUNK_BYTES);
}

/** A zip's first local file header, or the end record of an empty zip ("PK" alone starts CSVs too). */
const ZIP_SIGNATURES = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];
/** Compound File Binary: Excel 97-2003 .xls, and also password-protected .xlsx. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function detectKind(fileName: string, head: Buffer): FileKind {
  const extension = extname(fileName).toLowerCase();
  const isZip = ZIP_SIGNATURES.some((signature) => head.subarray(0, 4).equals(signature));
  const isOle = head.equals(OLE_SIGNATURE);
  switch (extension) {
    case '.xlsx':
    case '.xlsm':
      if (!isZip) throw xlsxNotZip(extension, isOle);
      return { type: 'xlsx' };
    case '.csv':
    case '.tsv':
    case '.tab':
    case '.txt':
      if (isZip || isOle) throw workbookWithTextExtension(extension, isOle);
      return { type: 'delimited', ...preferredDelimiter(extension) };
    case '':
      if (isOle) throw unsupportedType('.xls');
      return isZip ? { type: 'xlsx' } : { type: 'delimited' };
    default:
      throw unsupportedType(extension);
  }
}

function preferredDelimiter(extension: string): { preferred?: ',' | '\t' } {
  if (extension === '.csv') return { preferred: ',' };
  if (extension === '.tsv' || extension === '.tab') return { preferred: '\t' };
  return {};
}

async function* readDelimitedRows(
  bytes: AsyncIterable<Buffer>,
  preferred: ',' | '\t' | undefined,
  onFormat: (format: TableFormat) => void,
): AsyncGenerator<RawRow[]> {
  const decoder = new DetectingTextDecoder();
  const records: string[][] = [];
  let parser: DelimitedParser | undefined;
  let firstText = '';
  let rowNumber = 0;

  const feed = (text: string, final: boolean) => {
    if (!parser) {
      firstText += text;
      if (!final && !/[\r\n]/.test(firstText) && firstText.length < DELIMITER_SNIFF_CHARS) return;
      const delimiter = chooseDelimiter(firstText, preferred);
      onFormat(delimiter === '\t' ? 'tsv' : 'csv');
      parser = new DelimitedParser(delimiter);
      text = firstText;
      firstText = '';
    }
    parser.push(text, records);
    if (final) parser.end(records);
  };
  const drain = (): RawRow[] => {
    const batch = records.map((values) => ({ number: (rowNumber += 1), values }));
    records.length = 0;
    return batch;
  };

  for await (const chunk of bytes) {
    feed(decoder.write(chunk as Buffer), false);
    if (records.length > 0) yield drain();
  }
  feed(decoder.end(), true);
  if (records.length > 0) yield drain();
}

/**
 * The extension says which separator to expect, but Chinese systems often export tab-separated
 * text as `.csv` (and the reverse); a first line with only the other separator overrides it.
 */
export function chooseDelimiter(text: string, preferred: ',' | '\t' | undefined): ',' | '\t' {
  const lineEnd = text.search(/[\r\n]/);
  const firstLine = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const tabs = firstLine.split('\t').length - 1;
  const commas = firstLine.split(',').length - 1;
  if (preferred === ',') return commas === 0 && tabs > 0 ? '\t' : ',';
  if (preferred === '\t') return tabs === 0 && commas > 0 ? ',' : '\t';
  return tabs > 0 && tabs >= commas ? '\t' : ',';
}

// ---------------------------------------------------------------------------------------------
// The header

class RawRowCursor {
  private batch: RawRow[] = [];
  private index = 0;

  constructor(private readonly batches: AsyncIterator<RawRow[]>) {}

  async nextNonBlank(): Promise<RawRow | undefined> {
    for (;;) {
      while (this.index < this.batch.length) {
        const row = this.batch[this.index++];
        if (row && !isBlank(row.values)) return row;
      }
      const next = await this.batches.next();
      if (next.done) return undefined;
      this.batch = next.value;
      this.index = 0;
    }
  }

  async *remainingBatches(): AsyncGenerator<RawRow[]> {
    if (this.index < this.batch.length) yield this.batch.slice(this.index);
    for (;;) {
      const next = await this.batches.next();
      if (next.done) return;
      yield next.value;
    }
  }
}

async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}

/**
 * The header is the first non-blank row, unless that row has a single filled cell (a title
 * such as “2024年金湖县专利统计表” merged across the columns) and the row below has more.
 */
async function findHeaderRow(cursor: RawRowCursor): Promise<{ header: RawRow; lookahead: RawRow[] }> {
  const first = await cursor.nextNonBlank();
  if (!first) throw emptyFile();
  const leading: RawRow[] = [first];
  let headerIndex = 0;
  while (headerIndex < MAX_TITLE_ROWS && filledCount(leading[headerIndex]!.values) === 1) {
    const below = await cursor.nextNonBlank();
    if (!below) break;
    leading.push(below);
    headerIndex += 1;
  }
  // No row with several cells near the top: a one-column table, whose header is its first row.
  if (filledCount(leading[headerIndex]!.values) < 2) headerIndex = 0;
  return { header: leading[headerIndex]!, lookahead: leading.slice(headerIndex + 1) };
}

function headerNames(header: RawRow): string[] {
  const names = header.values.map((value) => value.replace(/^\uFEFF+/, '').trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();

  if (names.every((name) => name === '' || looksLikeData(name))) throw noHeader(header.number, names);
  const blank = names.indexOf('');
  if (blank !== -1) throw blankHeader(header.number, blank);
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const earlier = seen.get(name);
    if (earlier !== undefined) throw duplicateHeader(name, earlier, index);
    seen.set(name, index);
  });
  return names;
}

/** Numbers, dates and times: what a data row holds and a column name never is on its own. */
function looksLikeData(value: string): boolean {
  return /^[-+]?[\d][\d.,:/\- ]*$/.test(value);
}

// ---------------------------------------------------------------------------------------------
// Rows

function isBlank(values: readonly string[]): boolean {
  for (const value of values) if (value !== '' && value.trim() !== '') return false;
  return true;
}

function filledCount(values: readonly string[]): number {
  return values.reduce((count, value) => (value.trim() === '' ? count : count + 1), 0);
}

function toTableRow(raw: RawRow, headers: readonly string[]): TableRow {
  const cells: Record<string, string> = {};
  for (let column = 0; column < headers.length; column += 1) {
    setCell(cells, headers[column]!, raw.values[column] ?? '');
  }
  const row: TableRow = { rowNumber: raw.number, cells };
  if (raw.values.length > headers.length) {
    const extra = raw.values.slice(headers.length).filter((value) => value.trim() !== '');
    if (extra.length > 0) row.unlabelledValues = extra;
  }
  if (raw.formulaColumns) {
    const named = raw.formulaColumns.filter((column) => column < headers.length).map((column) => headers[column]!);
    if (named.length > 0) row.formulaColumns = named;
  }
  return row;
}

/** A column named `__proto__` must become a cell, not the object's prototype. */
function setCell(cells: Record<string, string>, header: string, value: string): void {
  if (header === '__proto__') {
    Object.defineProperty(cells, header, { value, enumerable: true, writable: true, configurable: true });
  } else {
    cells[header] = value;
  }
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

// ---------------------------------------------------------------------------------------------
// File-level errors

const SAVE_AS_HINT_ZH = '请在 Excel 或 WPS 中另存为 .xlsx 后重新上传';
const SAVE_AS_HINT_EN = 'Save it from Excel or WPS as .xlsx and upload it again';

function emptyFile(): TableFileError {
  return new TableFileError('empty_file', {
    zh: '文件是空的，没有任何数据。',
    en: 'The file is empty.',
  });
}

function noHeader(rowNumber: number, names: string[]): TableFileError {
  const sample = names.filter((name) => name !== '').slice(0, 3).join('、');
  return new TableFileError('no_header', {
    zh: `第 ${rowNumber} 行应为表头（列名），但内容看起来是数据（${sample}）。请在数据上方加一行列名后重新上传。`,
    en: `Row ${rowNumber} should be the header (column names) but looks like data (${sample}). Add a row of column names above the data and upload again.`,
  });
}

function blankHeader(rowNumber: number, column: number): TableFileError {
  const letter = columnLetter(column);
  return new TableFileError('blank_header', {
    zh: `表头（第 ${rowNumber} 行）第 ${column + 1} 列（${letter} 列）没有列名。请填写列名，或删除这一列后重新上传。`,
    en: `Column ${letter} (column ${column + 1}) of the header in row ${rowNumber} has no name. Name it, or delete the column, and upload again.`,
  });
}

function duplicateHeader(name: string, first: number, second: number): TableFileError {
  const columns = `${columnLetter(first)}、${columnLetter(second)}`;
  return new TableFileError('duplicate_header', {
    zh: `列名“${name}”出现了不止一次（${columns} 列）。列名不能重复，请修改后重新上传。`,
    en: `The column name "${name}" appears more than once (columns ${columnLetter(first)} and ${columnLetter(second)}). Column names must be unique; rename one and upload again.`,
  });
}

function tooManyRows(limit: number): TableFileError {
  const formatted = limit.toLocaleString('en-US');
  return new TableFileError('too_many_rows', {
    zh: `文件的数据行超过了 ${formatted} 行的上限。请拆分成多个文件后分批导入。`,
    en: `The file has more than ${formatted} data rows, the most one import accepts. Split it into several files and import them one after another.`,
  });
}

function unsupportedType(extension: string): TableFileError {
  if (extension === '.xls' || extension === '.et') {
    return new TableFileError('unsupported_type', {
      zh: `不支持${extension === '.xls' ? '旧版 Excel 97-2003 工作簿（.xls）' : 'WPS 表格格式（.et）'}。${SAVE_AS_HINT_ZH}。`,
      en: `${extension === '.xls' ? 'Excel 97-2003 workbooks (.xls)' : 'WPS spreadsheets (.et)'} are not supported. ${SAVE_AS_HINT_EN}.`,
    });
  }
  const shown = extension === '' ? '无扩展名' : extension;
  return new TableFileError('unsupported_type', {
    zh: `不支持的文件类型（${shown}）。请上传 .xlsx、.csv 或 .tsv 文件。`,
    en: `Unsupported file type (${extension === '' ? 'no extension' : extension}). Upload an .xlsx, .csv or .tsv file.`,
  });
}

function workbookWithTextExtension(extension: string, isOle: boolean): TableFileError {
  return new TableFileError('unsupported_type', {
    zh: isOle
      ? `文件扩展名是 ${extension}，但内容是旧版 Excel 工作簿（.xls）。${SAVE_AS_HINT_ZH}。`
      : `文件扩展名是 ${extension}，但内容是压缩包或 xlsx 工作簿。如果是 Excel 文件，请把扩展名改为 .xlsx；如果是压缩包，请先解压。`,
    en: isOle
      ? `The file is named ${extension} but holds an Excel 97-2003 workbook (.xls). ${SAVE_AS_HINT_EN}.`
      : `The file is named ${extension} but holds a zip archive or an .xlsx workbook. If it is an Excel file, rename it to .xlsx; if it is an archive, unzip it first.`,
  });
}

function xlsxNotZip(extension: string, isOle: boolean): TableFileError {
  return new TableFileError('xlsx_not_zip', {
    zh: isOle
      ? `文件扩展名是 ${extension}，但内容是旧版 .xls 工作簿或加密的工作簿。请取消密码保护，${SAVE_AS_HINT_ZH}。`
      : `文件扩展名是 ${extension}，但内容不是 xlsx 工作簿（xlsx 文件实际上是一个 zip 压缩包）。如果这是 CSV 文件，请把扩展名改为 .csv；否则${SAVE_AS_HINT_ZH}。`,
    en: isOle
      ? `The file is named ${extension} but holds an Excel 97-2003 workbook or a password-protected one. Remove the password; ${SAVE_AS_HINT_EN}.`
      : `The file is named ${extension} but is not an .xlsx workbook (an .xlsx file is a zip archive). If it is a CSV file, rename it to .csv; otherwise ${SAVE_AS_HINT_EN}.`,
  });
}

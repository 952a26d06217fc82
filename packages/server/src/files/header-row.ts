import type { TableRow } from './table-types.js';
import { blankHeader, duplicateHeader, emptyFile, noHeader } from './table-file-errors.js';

/** One row of a sheet or a delimited file, before the header gives its cells names. */
export interface RawRow {
  /** The row number the user sees (Excel's row number; the record number in a CSV). */
  number: number;
  values: string[];
  /** 0-based columns whose value is the cached result of a formula. */
  formulaColumns?: number[];
}

/** A file whose first rows are a title (one filled cell) above the real header; allow a few. */
const MAX_TITLE_ROWS = 3;

/** Walks batches of raw rows one row at a time, so the header can be found and the rest handed on in batches. */
export class RawRowCursor {
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

/**
 * The header is the first non-blank row, unless that row has a single filled cell (a title
 * such as “2024年金湖县专利统计表” merged across the columns) and the row below has more.
 */
export async function findHeaderRow(cursor: RawRowCursor): Promise<{ header: RawRow; lookahead: RawRow[] }> {
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

/** The column names, trimmed; refuses a header that is data, has a gap, or repeats a name. */
export function headerNames(header: RawRow): string[] {
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

export function isBlank(values: readonly string[]): boolean {
  for (const value of values) if (value !== '' && value.trim() !== '') return false;
  return true;
}

function filledCount(values: readonly string[]): number {
  return values.reduce((count, value) => (value.trim() === '' ? count : count + 1), 0);
}

/** A raw row's values named by the header, with formula columns and unlabelled values noted. */
export function toTableRow(raw: RawRow, headers: readonly string[]): TableRow {
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

import { openRawTable } from './file-kind.js';
import { findHeaderRow, headerNames, isBlank, RawRowCursor, toTableRow } from './header-row.js';
import { oneByOne, prepend } from './row-batches.js';
import { tooManyRows } from './table-file-errors.js';
import type { TableFormat, TableRow, TableSource } from './table-types.js';

export { chooseDelimiter } from './delimited-rows.js';
export type { TableFormat, TableRow, TableSource } from './table-types.js';
export { columnLetter } from './table-file-errors.js';

export interface ReadTableOptions {
  /** The name the user uploaded, for its extension (the stored path may have none). */
  fileName: string;
  /** Most data rows accepted; one more is an error naming the limit. */
  maxRows?: number;
}

export const DEFAULT_MAX_ROWS = 100_000;

export interface OpenedTable {
  readonly format: TableFormat;
  /** For a workbook: the sheet read (the first visible one) and other sheets holding data, not read. */
  readonly sheet?: { readonly name: string; readonly othersWithData: readonly string[] };
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
      ...(raw.sheet ? { sheet: raw.sheet } : {}),
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

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { openTable, type TableFormat, type TableRow } from '../../files/table-reader.js';

/** What an import reads: a file on disk, an uploaded buffer, or rows made in memory (demo data). */
export type ImportInput =
  | { path: string; fileName: string }
  | { buffer: Buffer; fileName: string }
  | { rows: readonly Readonly<Record<string, string>>[]; headers: readonly string[]; fileName: string };

/** The file as the history records it, and how many lines it has (for the progress bar). */
export interface Fingerprint {
  sha256: string;
  sizeBytes: number;
  /** Line breaks in a text file: an upper bound on its rows. Null for workbooks and rows in memory. */
  lines: number | null;
}

const isWorkbook = (fileName: string) => /\.xls[xm]$/i.test(fileName);

function countLines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
  return count;
}

/** SHA-256 and size in one pass over the bytes, counting line breaks on the way. */
export async function fingerprint(input: ImportInput): Promise<Fingerprint> {
  const hash = createHash('sha256');
  if ('rows' in input) {
    const text = JSON.stringify([input.headers, input.rows]);
    hash.update(text);
    return { sha256: hash.digest('hex'), sizeBytes: Buffer.byteLength(text), lines: null };
  }
  const text = !isWorkbook(input.fileName);
  if ('buffer' in input) {
    hash.update(input.buffer);
    return { sha256: hash.digest('hex'), sizeBytes: input.buffer.length, lines: text ? countLines(input.buffer) : null };
  }
  let size = 0;
  let lines = 0;
  for await (const chunk of createReadStream(input.path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
    if (text) lines += countLines(bytes);
  }
  return { sha256: hash.digest('hex'), sizeBytes: size, lines: text ? lines : null };
}

/** The header and the rows, in batches, whatever the input. */
export interface ImportTable {
  /** What the file was read as; undefined for rows made in memory. */
  format?: TableFormat;
  /** For a workbook: the sheet read and other sheets holding data, which are not read. */
  sheet?: { readonly name: string; readonly othersWithData: readonly string[] };
  headers: readonly string[];
  headerRowNumber: number;
  batches(): AsyncGenerator<TableRow[]>;
  close(): Promise<void>;
}

const MEMORY_BATCH = 2000;

export async function openImportTable(input: ImportInput, maxRows: number | undefined): Promise<ImportTable> {
  if ('rows' in input) {
    const { rows, headers } = input;
    return {
      headers,
      headerRowNumber: 1,
      async *batches() {
        for (let start = 0; start < rows.length; start += MEMORY_BATCH) {
          yield rows.slice(start, start + MEMORY_BATCH).map((cells, i) => ({ rowNumber: start + i + 2, cells: { ...cells } }));
        }
      },
      close: async () => undefined,
    };
  }
  const source = 'path' in input ? { path: input.path } : { buffer: input.buffer };
  return openTable(source, { fileName: input.fileName, ...(maxRows !== undefined ? { maxRows } : {}) });
}

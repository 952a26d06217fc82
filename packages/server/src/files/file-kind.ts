import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { readDelimitedRows } from './delimited-rows.js';
import type { RawRow } from './header-row.js';
import type { TableFormat, TableSource } from './table-types.js';
import { emptyFile, unsupportedType, workbookWithTextExtension, xlsxNotZip } from './table-file-errors.js';
import { openWorkbookSheet } from './xlsx-sheet-reader.js';

/** A table file opened by its kind: rows as arrays of strings, before the header names them. */
export interface RawTable {
  format: TableFormat;
  batches: AsyncGenerator<RawRow[]>;
  /** For a workbook: the sheet read, and other sheets that hold data but are not read. */
  sheet?: { name: string; othersWithData: string[] };
  close(): Promise<void>;
}

type FileKind = { type: 'xlsx' } | { type: 'delimited'; preferred?: ',' | '\t' };

/**
 * Bytes read at a time. Larger chunks mean fewer calls but bigger batches of rows alive at
 * once, which the garbage collector has to promote; 256 KB (about 2,000 patent rows) kept both
 * the time and the memory low in read-speed.bench.ts.
 */
const CHUNK_BYTES = 256 * 1024;

/** Opens a file as a workbook or as delimited text, by its name and its first bytes. */
export async function openRawTable(source: TableSource, fileName: string): Promise<RawTable> {
  const { size, head } = await peek(source);
  if (size === 0) throw emptyFile();
  const kind = detectKind(fileName, head);
  return kind.type === 'xlsx' ? openWorkbook(source) : openDelimited(source, kind.preferred);
}

async function openWorkbook(source: TableSource): Promise<RawTable> {
  const sheet = await openWorkbookSheet(source);
  return { format: 'xlsx', batches: sheet.batches, sheet: { name: sheet.sheetName, othersWithData: sheet.otherSheetsWithData }, close: sheet.close };
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

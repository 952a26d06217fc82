import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { expect } from 'vitest';
import { TableFileError, type TableFileErrorCode } from '../table-file-error.js';
import { readTable, type ReadTableOptions, type TableRow, type TableSource } from '../table-reader.js';

/** A fresh directory under the OS temp dir; `remove()` deletes it. */
export async function makeTempDir(): Promise<{ path: (name: string) => string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ipcounty-files-'));
  return { path: (name) => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeFixture(path: string, content: string | Buffer): Promise<string> {
  await writeFile(path, content);
  return path;
}

export async function readAll(source: TableSource, options: ReadTableOptions): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of readTable(source, options)) rows.push(row);
  return rows;
}

/** Asserts that reading fails with a TableFileError of `code`, and returns it. */
export async function expectTableError(
  reading: Promise<unknown>,
  code: TableFileErrorCode,
): Promise<TableFileError> {
  const error: unknown = await reading.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TableFileError);
  const tableError = error as TableFileError;
  expect(tableError.code).toBe(code);
  return tableError;
}

/**
 * A zip with its entries in exactly the given order, to build xlsx files whose part order
 * differs from what exceljs writes; stored, or deflated as spreadsheet programs write them.
 * Entries may be streams (a huge generated part is never held in memory).
 */
export async function zipArchive(
  entries: readonly { name: string; content: string | Buffer | Readable }[],
  { deflate = false }: { deflate?: boolean } = {},
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const options = { compress: deflate, mtime: new Date(Date.UTC(1980, 0, 1)) };
    if (entry.content instanceof Readable) zip.addReadStream(entry.content, entry.name, options);
    else zip.addBuffer(typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content, entry.name, options);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
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
 */
export function zipArchive(
  entries: readonly { name: string; content: string | Buffer }[],
  { deflate = false }: { deflate?: boolean } = {},
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    const checksum = crc32(raw);
    const data = deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

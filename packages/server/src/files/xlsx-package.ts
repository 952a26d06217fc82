import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';
import { TableFileError } from './table-file-error.js';

/** Byte access to an uploaded file, whether it sits on disk or in memory. */
export interface RandomAccessFile {
  readonly size: number;
  read(position: number, length: number): Promise<Buffer>;
  stream(start: number, end: number): AsyncIterable<Buffer>;
  close(): Promise<void>;
}

export function bufferFile(buffer: Buffer): RandomAccessFile {
  return {
    size: buffer.length,
    read: async (position, length) => buffer.subarray(position, position + length),
    async *stream(start, end) {
      yield buffer.subarray(start, end);
    },
    close: async () => undefined,
  };
}

export async function diskFile(path: string): Promise<RandomAccessFile> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(position, length) {
      const bytes = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, position);
      return bytes.subarray(0, bytesRead);
    },
    stream: (start, end) => createReadStream(path, { start, end: end - 1, highWaterMark: 1 << 20 }),
    close: () => handle.close(),
  };
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts and where its record (data, descriptor) ends. */
  start: number;
  end: number;
}

/** The parts exceljs reads, in the names it looks for. */
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const FIRST_SHEET = 'xl/worksheets/sheet1.xml';

/**
 * A zip stream holding only what is needed to read the workbook's first visible sheet, in the
 * order exceljs's streaming reader needs it: relationships, workbook (date system), styles
 * (which numbers are dates), shared strings, then the sheet, renamed sheet1.xml.
 *
 * Why not hand exceljs the file as it is: spreadsheet programs put these parts in different
 * orders, and when a sheet comes before the parts it depends on exceljs parks it in a temporary
 * file, after which unzipper can report the archive finished while small parts are still
 * unread, so styles or shared strings are silently lost (dates then arrive as serial numbers).
 * Reading the zip's central directory lets each part be copied, still compressed, in a safe
 * order; the sheet itself is streamed from the file, never held in memory.
 */
export async function firstSheetPackage(file: RandomAccessFile): Promise<Readable> {
  const entries = await readCentralDirectory(file);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const sheet = (await firstVisibleSheet(file, byName)) ?? entries.find((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name));
  if (!sheet) {
    throw new TableFileError('xlsx_unreadable', {
      zh: '该 xlsx 文件中没有工作表。',
      en: 'The .xlsx file contains no worksheet.',
    });
  }

  const chosen = sheet;
  async function* records(): AsyncGenerator<Buffer> {
    for (const name of [WORKBOOK_RELS, WORKBOOK, STYLES]) {
      const entry = byName.get(name);
      if (entry) yield* copiedRecord(file, entry, name);
    }
    const sharedStrings = byName.get(SHARED_STRINGS);
    // Without a shared-strings part exceljs would park the sheet; an empty table is equivalent.
    if (sharedStrings) yield* copiedRecord(file, sharedStrings, SHARED_STRINGS);
    else yield storedRecord(SHARED_STRINGS, '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    if (!byName.has(WORKBOOK_RELS)) yield storedRecord(WORKBOOK_RELS, '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
    yield* copiedRecord(file, chosen, FIRST_SHEET);
    yield endOfCentralDirectory();
  }
  return Readable.from(records(), { objectMode: false });
}

async function readCentralDirectory(file: RandomAccessFile): Promise<ZipEntry[]> {
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535.
  const tailLength = Math.min(file.size, 22 + 0xffff);
  const tail = await file.read(file.size - tailLength, tailLength);
  let at = tail.length - 22;
  while (at >= 0 && tail.readUInt32LE(at) !== 0x06054b50) at -= 1;
  if (at < 0) throw damagedWorkbook();
  const count = tail.readUInt16LE(at + 10);
  const directorySize = tail.readUInt32LE(at + 12);
  const directoryStart = tail.readUInt32LE(at + 16);
  if (directoryStart + directorySize > file.size) throw damagedWorkbook();

  const directory = await file.read(directoryStart, directorySize);
  const entries: ZipEntry[] = [];
  let position = 0;
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > directory.length || directory.readUInt32LE(position) !== 0x02014b50) throw damagedWorkbook();
    const nameLength = directory.readUInt16LE(position + 28);
    const extraLength = directory.readUInt16LE(position + 30);
    const commentLength = directory.readUInt16LE(position + 32);
    const name = directory.toString('utf8', position + 46, position + 46 + nameLength).replaceAll('\\', '/').replace(/^\/+/, '');
    entries.push({
      name,
      method: directory.readUInt16LE(position + 10),
      compressedSize: directory.readUInt32LE(position + 20),
      start: directory.readUInt32LE(position + 42),
      end: 0,
    });
    position += 46 + nameLength + extraLength + commentLength;
  }
  const byOffset = [...entries].sort((a, b) => a.start - b.start);
  byOffset.forEach((entry, index) => {
    entry.end = byOffset[index + 1]?.start ?? directoryStart;
  });
  return entries;
}

/** The sheet the user sees first on opening the file; hidden sheets (lists for drop-downs) do not count. */
async function firstVisibleSheet(file: RandomAccessFile, byName: Map<string, ZipEntry>): Promise<ZipEntry | undefined> {
  const workbook = byName.get(WORKBOOK);
  const relationships = byName.get(WORKBOOK_RELS);
  if (!workbook || !relationships) return undefined;
  const targets = new Map<string, string>();
  for (const attributes of tags(await entryText(file, relationships), 'Relationship')) {
    if (attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
  }
  for (const attributes of tags(await entryText(file, workbook), 'sheet')) {
    if (attributes.state === 'hidden' || attributes.state === 'veryHidden') continue;
    const id = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (target === undefined) return undefined;
    return byName.get(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return undefined;
}

/** The attributes of each `<name …>` element (any namespace prefix) in a small XML part. */
function tags(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const tag of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\s([^>]*)>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (tag[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      if (key !== undefined && value !== undefined) attributes[key] = value;
    }
    found.push(attributes);
  }
  return found;
}

async function entryText(file: RandomAccessFile, entry: ZipEntry): Promise<string> {
  const header = await file.read(entry.start, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw damagedWorkbook();
  const dataStart = entry.start + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await file.read(dataStart, entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data).toString('utf8');
  } catch (error) {
    throw damagedWorkbook(error);
  }
  throw damagedWorkbook();
}

/** An entry's local record as stored, under the name exceljs expects. */
async function* copiedRecord(file: RandomAccessFile, entry: ZipEntry, name: string): AsyncGenerator<Buffer> {
  const header = await file.read(entry.start, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw damagedWorkbook();
  const newName = Buffer.from(name, 'utf8');
  const renamed = Buffer.from(header);
  renamed.writeUInt16LE(newName.length, 26);
  yield Buffer.concat([renamed, newName]);
  const rest = entry.start + 30 + header.readUInt16LE(26);
  if (entry.end > rest) yield* file.stream(rest, entry.end);
}

function storedRecord(name: string, content: string): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const data = Buffer.from(content, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}

function endOfCentralDirectory(): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  return record;
}

export function damagedWorkbook(cause?: unknown): TableFileError {
  return new TableFileError(
    'xlsx_unreadable',
    {
      zh: '无法读取该 xlsx 文件，文件可能已损坏。请用 Excel 或 WPS 打开后重新保存为 .xlsx 再上传。',
      en: 'The .xlsx file cannot be read; it may be damaged. Open it in Excel or WPS, save it again as .xlsx and upload it again.',
    },
    cause === undefined ? undefined : { cause },
  );
}

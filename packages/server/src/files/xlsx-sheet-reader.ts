import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { RawRow } from './header-row.js';
import type { TableSource } from './table-types.js';
import { TableFileError } from './table-file-error.js';
import {
  cellTooLong,
  damagedWorkbook,
  noWorksheet,
  rowTooLarge,
  sharedStringsTooLarge,
  sharedStringTooLong,
  unexpectedMarkup,
  workbookTooLarge,
} from './table-file-errors.js';
import { cellValueText, isDateStyle } from './xlsx-rows.js';

/**
 * What one .xlsx upload may hold. Each bound is checked before the bytes it guards are kept:
 * sizes and ratios from the zip's central directory before a part is inflated, the length of
 * every run of markup before the XML parser buffers it, and cell, row and shared-text lengths as
 * the text arrives. README (Security) states them.
 */
export const XLSX_LIMITS = {
  /** Parts in the zip; a workbook has a few dozen. */
  maxEntries: 10_000,
  /** A worksheet, unpacked (about 1,000,000 rows of patents). */
  maxSheetBytes: 1024 * 2 ** 20,
  /** Shared strings, unpacked. */
  maxSharedStringsBytes: 256 * 2 ** 20,
  /** Workbook, relationships and styles, read whole. */
  maxSmallPartBytes: 16 * 2 ** 20,
  /** Unpacked ÷ packed size of any part over 1 MB; real sheets stay far below (a zip bomb is at 1,000). */
  maxCompressionRatio: 200,
  /** Excel's own limit for the text of one cell. */
  maxCellChars: 32_767,
  /** Excel's own column limit (XFD). */
  maxColumns: 16_384,
  /** The text of one row, all cells together. */
  maxRowChars: 2_000_000,
  /** Excel's own row limit. */
  maxRowNumber: 1_048_576,
  /** All shared strings together, held in memory while the sheet is read (about 64 MB). */
  maxSharedStringChars: 32_000_000,
  /** Bytes between two `<` in a part: one tag and the text after it. Bounds what the XML parser buffers. */
  maxMarkupRunBytes: 512 * 1024,
} as const;

const RATIO_CHECKED_FROM_BYTES = 2 ** 20;
const BATCH_SIZE = 1000;
/** A batch is handed on earlier when its text reaches this, so no batch sent to a staging worker is large. */
const BATCH_CHARS = 4_000_000;

export interface WorkbookSheet {
  /** The name of the sheet read: the first visible one. */
  sheetName: string;
  /** Other visible sheets that hold values, which are not read. */
  otherSheetsWithData: string[];
  batches: AsyncGenerator<RawRow[]>;
  close(): Promise<void>;
}

/**
 * Opens an .xlsx through yauzl and streams the rows of its first visible sheet with saxes. The
 * shared strings are the only thing held in memory, within their limit; the sheet itself is
 * streamed whatever the order of the parts in the zip.
 */
export async function openWorkbookSheet(source: TableSource): Promise<WorkbookSheet> {
  const options = { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true } as const;
  let zip: ZipFile;
  try {
    zip = 'path' in source ? await yauzl.openPromise(source.path, options) : await yauzl.fromBufferPromise(source.buffer, options);
  } catch (error) {
    throw damagedWorkbook(error);
  }
  try {
    const entries = await readEntries(zip);
    const workbook = await readWorkbook(zip, entries);
    const sheets = workbook.sheets.filter((sheet) => sheet.entry);
    const chosen = sheets[0] ?? fallbackSheet(entries);
    if (!chosen?.entry) throw noWorksheet();
    const styles = await readDateStyles(zip, entries.get('xl/styles.xml'));
    const shared = await readSharedStrings(zip, entries.get('xl/sharedStrings.xml'));
    const otherSheetsWithData: string[] = [];
    for (const sheet of sheets.slice(1)) if (await holdsValues(zip, sheet.entry!)) otherSheetsWithData.push(sheet.name);
    const stream = await partStream(zip, chosen.entry, XLSX_LIMITS.maxSheetBytes);
    const batches = sheetRows(stream, chosen.entry.fileName, { shared, styles, date1904: workbook.date1904 });
    return {
      sheetName: chosen.name,
      otherSheetsWithData,
      batches,
      close: async () => {
        stream.destroy();
        await batches.return(undefined).catch(() => undefined);
        zip.close();
      },
    };
  } catch (error) {
    zip.close();
    throw error instanceof TableFileError ? error : damagedWorkbook(error);
  }
}

async function readEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  if (zip.entryCount > XLSX_LIMITS.maxEntries) throw workbookTooLarge('zip', 'entries', XLSX_LIMITS.maxEntries);
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName.replace(/^\/+/, ''), entry);
  return entries;
}

/** Refuses a part by its declared sizes before a byte is inflated; yauzl then holds it to them. */
async function partStream(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Readable> {
  if (entry.uncompressedSize > maxBytes) throw workbookTooLarge(entry.fileName, 'size', maxBytes);
  if (entry.uncompressedSize > RATIO_CHECKED_FROM_BYTES && entry.uncompressedSize > entry.compressedSize * XLSX_LIMITS.maxCompressionRatio) {
    throw workbookTooLarge(entry.fileName, 'ratio', XLSX_LIMITS.maxCompressionRatio);
  }
  return zip.openReadStreamPromise(entry);
}

async function readSmallPart(zip: ZipFile, entry: Entry | undefined): Promise<string> {
  if (!entry) return '';
  const stream = await partStream(zip, entry, XLSX_LIMITS.maxSmallPartBytes);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface SheetRef {
  name: string;
  entry: Entry | undefined;
}

/** The visible sheets in workbook order (hidden ones hold drop-down lists), and the date system. */
async function readWorkbook(zip: ZipFile, entries: Map<string, Entry>): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const workbookXml = await readSmallPart(zip, entries.get('xl/workbook.xml'));
  const relsXml = await readSmallPart(zip, entries.get('xl/_rels/workbook.xml.rels'));
  const targets = new Map<string, string>();
  for (const attributes of tags(relsXml, 'Relationship')) {
    if (attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
  }
  const sheets: SheetRef[] = [];
  for (const attributes of tags(workbookXml, 'sheet')) {
    if (attributes.state === 'hidden' || attributes.state === 'veryHidden') continue;
    const id = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    const path = target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    sheets.push({ name: attributes.name ?? '', entry: path === undefined ? undefined : entries.get(path) });
  }
  const properties = tags(workbookXml, 'workbookPr')[0];
  const date1904 = properties?.date1904 === '1' || properties?.date1904 === 'true';
  return { sheets, date1904 };
}

function fallbackSheet(entries: Map<string, Entry>): SheetRef | undefined {
  const name = [...entries.keys()].filter((key) => /^xl\/worksheets\/[^/]+\.xml$/.test(key)).sort()[0];
  return name === undefined ? undefined : { name: name.replace(/^.*\/|\.xml$/g, ''), entry: entries.get(name) };
}

/** Style indexes (`s` of a cell) whose number format shows a date or time. */
async function readDateStyles(zip: ZipFile, entry: Entry | undefined): Promise<Set<number>> {
  const xml = await readSmallPart(zip, entry);
  const custom = new Map<number, string>();
  for (const attributes of tags(xml, 'numFmt')) custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const dates = new Set<number>();
  tags(cellXfs, 'xf').forEach((attributes, index) => {
    const id = Number(attributes.numFmtId ?? 0);
    if (isDateStyle(id, custom.get(id))) dates.add(index);
  });
  return dates;
}

/** The attributes of each `<name …>` element (any namespace prefix) in a small XML part. */
function tags(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const tag of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\s([^>]*)>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (tag[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (key !== undefined) attributes[key] = unescapeXml(value ?? '');
    }
    found.push(attributes);
  }
  return found;
}

function unescapeXml(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp|#\d+|#x[\da-fA-F]+);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' } as Record<string, string>)[entity] ?? '';
  });
}

/**
 * Checks the raw bytes of a part before the XML parser sees them: at most `maxMarkupRunBytes`
 * between two `<` (text cannot hold one, so this bounds every text run and tag the parser
 * buffers), and none of the constructs that could hide a long run or expand entities (`<!`,
 * and `<?` after the declaration).
 */
class MarkupGuard {
  private run = 0;
  private seenMarkup = false;
  private lastByte = -1;

  constructor(private readonly part: string) {}

  check(chunk: Buffer): void {
    let position = 0;
    for (;;) {
      const open = chunk.indexOf(0x3c, position);
      if (open === -1) break;
      this.run += open - position;
      if (this.run > XLSX_LIMITS.maxMarkupRunBytes) throw this.tooLong();
      this.checkAfterOpen(chunk, open + 1);
      this.run = 0;
      position = open + 1;
    }
    this.run += chunk.length - position;
    if (this.run > XLSX_LIMITS.maxMarkupRunBytes) throw this.tooLong();
    if (chunk.length > 0) this.lastByte = chunk[chunk.length - 1]!;
  }

  /** The byte after a `<` may start the next chunk; checked then from `lastByte`. */
  private checkAfterOpen(chunk: Buffer, next: number): void {
    if (next >= chunk.length) return;
    const byte = chunk[next];
    if (byte === 0x21 || (byte === 0x3f && this.seenMarkup)) throw unexpectedMarkup(this.part);
    this.seenMarkup = true;
  }

  checkChunkStart(chunk: Buffer): void {
    if (this.lastByte === 0x3c && chunk.length > 0) {
      const byte = chunk[0];
      if (byte === 0x21 || (byte === 0x3f && this.seenMarkup)) throw unexpectedMarkup(this.part);
      this.seenMarkup = true;
    }
  }

  private tooLong(): TableFileError {
    return workbookTooLarge(this.part, 'size', XLSX_LIMITS.maxMarkupRunBytes);
  }
}

/** Feeds a part's bytes, checked, to a saxes parser as text; the handlers run synchronously. */
async function* parsePart(stream: Readable, part: string, parser: SaxesParser): AsyncGenerator<void> {
  const guard = new MarkupGuard(part);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    guard.checkChunkStart(bytes);
    guard.check(bytes);
    parser.write(decoder.decode(bytes, { stream: true }));
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The shared strings, read with every bound checked as the text arrives. */
async function readSharedStrings(zip: ZipFile, entry: Entry | undefined): Promise<string[]> {
  if (!entry) return [];
  const strings: string[] = [];
  const parser = new SaxesParser();
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  let total = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'si') current = '';
    else if (name === 'rPh') phonetic += 1;
    else if (name === 't' && phonetic === 0) inText = true;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'si') {
      strings.push(current ?? '');
      current = null;
    } else if (name === 'rPh') phonetic -= 1;
    else if (name === 't') inText = false;
  });
  parser.on('text', (text: string) => {
    if (!inText || current === null) return;
    current += text;
    total += text.length;
    if (current.length > XLSX_LIMITS.maxCellChars) throw sharedStringTooLong(XLSX_LIMITS.maxCellChars);
    if (total > XLSX_LIMITS.maxSharedStringChars) throw sharedStringsTooLarge(XLSX_LIMITS.maxSharedStringChars);
  });
  const stream = await partStream(zip, entry, XLSX_LIMITS.maxSharedStringsBytes);
  try {
    for await (const _ of parsePart(stream, entry.fileName, parser));
  } finally {
    stream.destroy();
  }
  return strings;
}

/** Whether a sheet holds any value, read only as far as the first one. */
async function holdsValues(zip: ZipFile, entry: Entry): Promise<boolean> {
  const stream = await partStream(zip, entry, XLSX_LIMITS.maxSheetBytes);
  const guard = new MarkupGuard(entry.fileName);
  let carry = '';
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      guard.checkChunkStart(bytes);
      guard.check(bytes);
      const text = carry + bytes.toString('latin1');
      if (/<(?:[\w.-]+:)?(?:v|is)[\s>]/.test(text)) return true;
      carry = text.slice(-16);
    }
    return false;
  } finally {
    stream.destroy();
  }
}

interface SheetContext {
  shared: readonly string[];
  styles: ReadonlySet<number>;
  date1904: boolean;
}

/** `A1` → 0, `AB7` → 27: the column of a cell reference. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/**
 * The rows of a worksheet, in batches, as the stream arrives. Cells are checked as their text
 * comes in, so a cell, a row or a sheet beyond its limit is refused before it is held.
 */
async function* sheetRows(stream: Readable, part: string, context: SheetContext): AsyncGenerator<RawRow[]> {
  const parser = new SaxesParser();
  let batch: RawRow[] = [];
  let row: RawRow | null = null;
  let rowChars = 0;
  let batchChars = 0;
  let lastRow = 0;
  let column = -1;
  let cellType: string | undefined;
  let cellStyle = 0;
  let formula = false;
  let text: string | null = null;
  /** Inside `<v>`, or a `<t>` of an inline string outside phonetic runs. */
  let collecting = false;
  let phonetic = 0;

  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case 'row': {
        const number = tag.attributes.r ? Number(tag.attributes.r) : lastRow + 1;
        if (!Number.isInteger(number) || number < 1 || number > XLSX_LIMITS.maxRowNumber) throw damagedWorkbook();
        row = { number, values: [] };
        lastRow = number;
        rowChars = 0;
        column = -1;
        break;
      }
      case 'c': {
        const reference = tag.attributes.r;
        column = reference ? columnOf(reference) : column + 1;
        if (column >= XLSX_LIMITS.maxColumns) throw rowTooLarge(lastRow, 'columns', XLSX_LIMITS.maxColumns);
        cellType = tag.attributes.t;
        cellStyle = Number(tag.attributes.s ?? 0);
        formula = false;
        text = null;
        break;
      }
      case 'f':
        formula = true;
        break;
      case 'v':
        text ??= '';
        collecting = true;
        break;
      case 'is':
        text ??= '';
        break;
      case 'rPh':
        phonetic += 1;
        break;
      case 't':
        if (text !== null && phonetic === 0) collecting = true;
        break;
    }
  });
  parser.on('text', (chunk: string) => {
    if (!collecting) return;
    text += chunk;
    rowChars += chunk.length;
    if (text!.length > XLSX_LIMITS.maxCellChars) throw cellTooLong(lastRow, column, XLSX_LIMITS.maxCellChars);
    if (rowChars > XLSX_LIMITS.maxRowChars) throw rowTooLarge(lastRow, 'characters', XLSX_LIMITS.maxRowChars);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case 'v':
      case 't':
        collecting = false;
        break;
      case 'rPh':
        phonetic -= 1;
        break;
      case 'c':
        // A formula without a saved result still counts as a formula cell (the importer refuses those).
        if (row && (text !== null || formula)) setValue(row, column, text === null ? '' : cellText(text, cellType, cellStyle, context), formula);
        break;
      case 'row':
        if (row) batch.push(row);
        batchChars += rowChars;
        row = null;
        break;
    }
  });

  try {
    for await (const _ of parsePart(stream, part, parser)) {
      if (batch.length >= BATCH_SIZE || batchChars >= BATCH_CHARS) {
        yield batch;
        batch = [];
        batchChars = 0;
      }
    }
  } catch (error) {
    throw error instanceof TableFileError ? error : damagedWorkbook(error);
  } finally {
    stream.destroy();
  }
  if (batch.length > 0) yield batch;
}

function cellText(raw: string, type: string | undefined, style: number, context: SheetContext): string {
  if (type === 's') return context.shared[Number(raw)] ?? '';
  return cellValueText(type, raw, context.styles.has(style), context.date1904);
}

function setValue(row: RawRow, column: number, value: string, formula: boolean): void {
  while (row.values.length < column) row.values.push('');
  row.values[column] = value;
  if (formula) (row.formulaColumns ??= []).push(column);
}

import { Parser, type CsvError } from 'csv-parse';
import type { RawRow } from './header-row.js';
import type { TableFormat } from './table-types.js';
import { unterminatedQuote } from './table-file-errors.js';
import { TableFileError } from './table-file-error.js';
import { DetectingTextDecoder } from './text-decoding.js';

/** Read this much text at most to find the first line when choosing comma or tab. */
const DELIMITER_SNIFF_CHARS = 1 << 20;

/**
 * A record (row) longer than this is taken for a missing closing quote: Excel itself keeps at
 * most 32,767 characters in a cell, and without the cap one stray quote would pull the rest of a
 * 120 MB file into memory. csv-parse counts the record's bytes as UTF-8.
 */
export const MAX_RECORD_BYTES = 1_000_000;

/**
 * Streams the records of delimited text (RFC 4180 CSV, or TSV with the same quoting, as
 * PatentsView writes it) in batches, through csv-parse: quoted fields with doubled quotes and
 * line breaks inside, CRLF, LF and lone CR line ends in one file, and a quote that does not open
 * a field kept as text, which is what Excel does with `5" disk`. The bytes are decoded first
 * (UTF-8, UTF-16 or GB18030, see DetectingTextDecoder); the separator is chosen from the first
 * line and reported through `onFormat`.
 */
export async function* readDelimitedRows(
  bytes: AsyncIterable<Buffer>,
  preferred: ',' | '\t' | undefined,
  onFormat: (format: TableFormat) => void,
): AsyncGenerator<RawRow[]> {
  const decoder = new DetectingTextDecoder();
  let records: RawRow[] = [];
  let parser: RecordParser | undefined;
  // The text (UTF-8 as its bytes, see DetectingTextDecoder.writeUtf8) read before the separator is chosen.
  let first: (Buffer | string)[] = [];
  let firstText = '';
  let rowNumber = 0;

  const collect = (values: string[]) => {
    records.push({ number: (rowNumber += 1), values });
  };
  const feed = async (piece: Buffer | string, final: boolean) => {
    if (!parser) {
      first.push(piece);
      firstText += piece.toString();
      if (!final && !/[\r\n]/.test(firstText) && firstText.length < DELIMITER_SNIFF_CHARS) return;
      const delimiter = chooseDelimiter(firstText, preferred);
      onFormat(delimiter === '\t' ? 'tsv' : 'csv');
      parser = new RecordParser(delimiter, collect);
      for (const earlier of first) if (earlier.length > 0) parser.write(earlier);
      first = [];
      firstText = '';
    } else if (piece.length > 0) parser.write(piece);
    if (final) await new Promise<void>((resolve) => parser!.end(() => resolve()));
    if (parser.errored) throw fileError(parser.errored, rowNumber);
  };
  const drain = (): RawRow[] => {
    const batch = records;
    records = [];
    return batch;
  };

  for await (const chunk of bytes) {
    await feed(decoder.writeUtf8(chunk), false);
    if (records.length > 0) yield drain();
  }
  await feed(decoder.endUtf8(), true);
  if (records.length > 0) yield drain();
}

/**
 * csv-parse with our options, its records taken as it pushes them, synchronously: nothing goes
 * down the stream, and no `on_record` hook is set, for which csv-parse would build an object of
 * parsing details on every record.
 */
class RecordParser extends Parser {
  constructor(
    delimiter: ',' | '\t',
    private readonly onRecord: (values: string[]) => void,
  ) {
    super({
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      max_record_size: MAX_RECORD_BYTES,
      skip_empty_lines: false,
    });
    // The failure is read from `errored` after each write; the event would only repeat it.
    this.on('error', () => undefined);
    decodeFieldsInPlace(this);
  }

  override push(record: unknown): boolean {
    // null marks the end of the records; the caller waits for end() instead.
    if (record !== null) this.onRecord(record as string[]);
    return true;
  }
}

/** The part of csv-parse's state that holds the field being read: its bytes so far, in `buf`. */
interface FieldBytes {
  buf: Buffer;
  length: number;
  toString(encoding?: BufferEncoding): string | Uint8Array;
}

/**
 * csv-parse turns each field's bytes into text through `buf.slice(0, length).toString()`: a new
 * Buffer object per field, a fifth of the reading thread's time with the garbage it leaves. The
 * same text is read straight out of the bytes instead. Checked once, so a csv-parse that keeps
 * its field elsewhere is left as it is (and only slower).
 */
function decodeFieldsInPlace(parser: Parser): void {
  const field = (parser as unknown as { state?: { field?: Partial<FieldBytes> } }).state?.field;
  if (!field || !Buffer.isBuffer(field.buf) || typeof field.length !== 'number' || typeof field.toString !== 'function') return;
  const bytes = field as FieldBytes;
  const asBytes = bytes.toString;
  // Without an encoding csv-parse asks for a copy of the bytes; that stays its own.
  bytes.toString = function (this: FieldBytes, encoding?: BufferEncoding) {
    return encoding ? this.buf.toString(encoding, 0, this.length) : asBytes.call(this);
  };
}

function fileError(error: Error, lastRow: number): Error {
  const code = (error as Partial<CsvError>).code;
  if (error instanceof TableFileError) return error;
  if (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE') return unterminatedQuote(lastRow + 1, MAX_RECORD_BYTES);
  return error;
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

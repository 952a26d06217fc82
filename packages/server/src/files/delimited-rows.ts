import { parse, type CsvError, type Parser } from 'csv-parse';
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
  let parser: Parser | undefined;
  let firstText = '';
  let rowNumber = 0;

  const collect = (values: string[]) => {
    records.push({ number: (rowNumber += 1), values });
    // Nothing goes down the stream: the records are taken here, synchronously, in batches.
    return null;
  };
  const feed = async (text: string, final: boolean) => {
    if (!parser) {
      firstText += text;
      if (!final && !/[\r\n]/.test(firstText) && firstText.length < DELIMITER_SNIFF_CHARS) return;
      const delimiter = chooseDelimiter(firstText, preferred);
      onFormat(delimiter === '\t' ? 'tsv' : 'csv');
      parser = recordParser(delimiter, collect);
      text = firstText;
      firstText = '';
    }
    if (text !== '') parser.write(text);
    if (final) await new Promise<void>((resolve) => parser!.end(() => resolve()));
    if (parser.errored) throw fileError(parser.errored, rowNumber);
  };
  const drain = (): RawRow[] => {
    const batch = records;
    records = [];
    return batch;
  };

  for await (const chunk of bytes) {
    await feed(decoder.write(chunk), false);
    if (records.length > 0) yield drain();
  }
  await feed(decoder.end(), true);
  if (records.length > 0) yield drain();
}

function recordParser(delimiter: ',' | '\t', onRecord: (values: string[]) => null): Parser {
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
    skip_empty_lines: false,
    on_record: (values: string[]) => onRecord(values),
  });
  // The failure is read from `errored` after each write; the event would only repeat it.
  parser.on('error', () => undefined);
  return parser;
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

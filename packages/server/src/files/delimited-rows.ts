import type { RawRow } from './header-row.js';
import { recordSplitter, UnfinishedRecord, type RecordSplitter } from './record-splitter.js';
import type { TableFormat } from './table-types.js';
import { unterminatedQuote } from './table-file-errors.js';
import { DetectingTextDecoder } from './text-decoding.js';

/** Read this much text at most to find the first line when choosing comma or tab. */
const DELIMITER_SNIFF_CHARS = 1 << 20;

/**
 * A record (row) longer than this is taken for a missing closing quote: Excel itself keeps at
 * most 32,767 characters in a cell, and without the cap one stray quote would pull the rest of a
 * 120 MB file into memory. A record's bytes are counted as UTF-8.
 */
export const MAX_RECORD_BYTES = 1_000_000;

/**
 * Streams the records of delimited text (RFC 4180 CSV, or TSV with the same quoting, as
 * PatentsView writes it) in batches, through recordSplitter: quoted fields with doubled quotes and
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
  let splitter: RecordSplitter | undefined;
  let firstText = '';
  let rowNumber = 0;

  const numbered = (records: string[][]): RawRow[] => records.map((values) => ({ number: (rowNumber += 1), values }));
  const feed = (text: string, final: boolean): RawRow[] => {
    if (!splitter) {
      firstText += text;
      if (!final && !/[\r\n]/.test(firstText) && firstText.length < DELIMITER_SNIFF_CHARS) return [];
      const delimiter = chooseDelimiter(firstText, preferred);
      onFormat(delimiter === '\t' ? 'tsv' : 'csv');
      splitter = recordSplitter(delimiter, MAX_RECORD_BYTES);
      text = firstText;
      firstText = '';
    }
    try {
      const records = text === '' ? [] : numbered(splitter.write(text));
      return final ? [...records, ...numbered(splitter.end())] : records;
    } catch (error) {
      if (error instanceof UnfinishedRecord) throw unterminatedQuote(rowNumber + 1, MAX_RECORD_BYTES);
      throw error;
    }
  };

  for await (const chunk of bytes) {
    const batch = feed(decoder.write(chunk), false);
    if (batch.length > 0) yield batch;
  }
  const last = feed(decoder.end(), true);
  if (last.length > 0) yield last;
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

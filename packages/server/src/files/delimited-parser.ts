import { TableFileError } from './table-file-error.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * A quoted field longer than this is taken for a missing closing quote: Excel itself keeps at
 * most 32,767 characters in a cell, and without the cap one stray quote would pull the rest of
 * a 120 MB file into memory.
 */
const MAX_FIELD_LENGTH = 1_000_000;

/**
 * Splits delimited text (RFC 4180 CSV, or TSV with the same quoting, as PatentsView writes it)
 * into records, fed one chunk of text at a time. Handles quoted fields with doubled quotes and
 * line breaks inside, CRLF, LF and lone CR line ends, and a chunk boundary anywhere (inside a
 * field, between CR and LF, between two quotes). A quote that does not open a field is kept as
 * text, which is what Excel does with `5" disk`.
 */
export class DelimitedParser {
  private readonly delimiter: number;
  private record: string[] = [];
  private field = '';
  private atFieldStart = true;
  private inQuotes = false;
  /** The chunk ended on a quote inside a quoted field: a doubled quote or the closing one. */
  private quoteAtChunkEnd = false;
  /** The chunk ended on CR: a LF starting the next chunk belongs to the same line end. */
  private crAtChunkEnd = false;
  private recordsEmitted = 0;

  constructor(delimiter: ',' | '\t') {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses `text` and appends every record it completes to `out`. */
  push(text: string, out: string[][]): void {
    const length = text.length;
    let i = 0;
    if (length === 0) return;
    if (this.crAtChunkEnd) {
      this.crAtChunkEnd = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.quoteAtChunkEnd) {
      this.quoteAtChunkEnd = false;
      if (text.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i += 1;
      } else {
        this.inQuotes = false;
      }
    }

    while (i < length) {
      if (this.inQuotes) {
        const quoteAt = text.indexOf('"', i);
        if (quoteAt === -1) {
          this.appendToField(text.slice(i));
          return;
        }
        this.field += text.slice(i, quoteAt);
        if (quoteAt + 1 === length) {
          this.quoteAtChunkEnd = true;
          return;
        }
        if (text.charCodeAt(quoteAt + 1) === QUOTE) {
          this.field += '"';
          i = quoteAt + 2;
        } else {
          this.inQuotes = false;
          i = quoteAt + 1;
        }
        continue;
      }

      if (this.atFieldStart && text.charCodeAt(i) === QUOTE) {
        this.atFieldStart = false;
        this.inQuotes = true;
        i += 1;
        continue;
      }

      let end = i;
      let code = 0;
      while (end < length) {
        code = text.charCodeAt(end);
        if (code === this.delimiter || code === LF || code === CR) break;
        end += 1;
      }
      if (end === length) {
        this.appendToField(text.slice(i));
        this.atFieldStart = false;
        return;
      }
      this.record.push(this.field === '' ? text.slice(i, end) : this.field + text.slice(i, end));
      this.field = '';
      this.atFieldStart = true;
      i = end + 1;
      if (code === this.delimiter) continue;

      out.push(this.record);
      this.record = [];
      this.recordsEmitted += 1;
      if (code === CR) {
        if (i === length) this.crAtChunkEnd = true;
        else if (text.charCodeAt(i) === LF) i += 1;
      }
    }
  }

  /** Call once after the last chunk: completes a final record that has no line end. */
  end(out: string[][]): void {
    if (this.inQuotes && !this.quoteAtChunkEnd) throw this.unterminatedQuote();
    if (this.record.length > 0 || !this.atFieldStart) {
      this.record.push(this.field);
      out.push(this.record);
      this.recordsEmitted += 1;
    }
    this.record = [];
    this.field = '';
    this.atFieldStart = true;
    this.inQuotes = false;
    this.quoteAtChunkEnd = false;
  }

  private appendToField(text: string): void {
    this.field += text;
    if (this.field.length > MAX_FIELD_LENGTH) throw this.unterminatedQuote();
  }

  private unterminatedQuote(): TableFileError {
    const row = this.recordsEmitted + 1;
    return new TableFileError('unterminated_quote', {
      zh: `第 ${row} 行有一个未闭合的双引号（或单元格超过 ${MAX_FIELD_LENGTH} 个字符），文件格式不正确。请检查该行的引号，或在 Excel 中另存为 xlsx 后重新上传。`,
      en: `Row ${row} opens a double quote that is never closed (or a cell longer than ${MAX_FIELD_LENGTH} characters), so the file is malformed. Check the quotes in that row, or save it from Excel as .xlsx and upload again.`,
    });
  }
}

import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import { TableFileError } from './table-file-error.js';
import { unsupportedEncoding } from './table-file-errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * How many bytes after the first non-ASCII byte are looked at before choosing between UTF-8
 * and GB18030. Chinese text in GBK is almost never valid UTF-8 over more than a few characters.
 */
const DECISION_SAMPLE_BYTES = 4096;

type Mode =
  | { kind: 'start' }
  | { kind: 'ascii-so-far' }
  | { kind: 'utf-8'; decoder: TextDecoder }
  | { kind: 'utf-16'; decoder: iconv.DecoderStream }
  | { kind: 'gb18030'; decoder: iconv.DecoderStream };

/**
 * Turns the bytes of a text file, chunk by chunk, into text. A byte-order mark decides the
 * encoding (UTF-8, UTF-16 LE/BE); without one the file is UTF-8 when its bytes are valid
 * UTF-8 and GB18030 (a superset of GBK, which Chinese Excel writes by default) otherwise.
 * Bytes that are neither raise `TableFileError('undecodable')`. Memory stays at one chunk.
 */
export class DetectingTextDecoder {
  private mode: Mode = { kind: 'start' };
  private held: Buffer = Buffer.alloc(0);
  /** Bytes before `held`, for error messages. */
  private offset = 0;
  private detected: TextEncoding | undefined;
  private hadBom = false;

  /** The encoding once known; undefined while every byte so far was ASCII. */
  get encoding(): TextEncoding | undefined {
    return this.detected;
  }

  get bom(): boolean {
    return this.hadBom;
  }

  write(chunk: Buffer): string {
    return this.decode(chunk, false);
  }

  end(): string {
    return this.decode(Buffer.alloc(0), true);
  }

  /**
   * Like write, for a reader that decodes UTF-8 itself (csv-parse): once the file is known to be
   * UTF-8 its bytes come back as they are, checked and cut after a whole character, not decoded
   * into text only to be encoded again. Until then, and in any other encoding, the text.
   */
  writeUtf8(chunk: Buffer): Buffer | string {
    return this.mode.kind === 'utf-8' ? this.checkedUtf8(chunk, false) : this.decode(chunk, false);
  }

  endUtf8(): Buffer | string {
    return this.mode.kind === 'utf-8' ? this.checkedUtf8(Buffer.alloc(0), true) : this.end();
  }

  private decode(chunk: Buffer, final: boolean): string {
    let bytes = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = Buffer.alloc(0);

    if (this.mode.kind === 'start') {
      if (bytes.length < 4 && !final) {
        this.held = bytes;
        return '';
      }
      bytes = this.takeByteOrderMark(bytes);
    }

    switch (this.mode.kind) {
      case 'utf-16':
      case 'gb18030':
        return this.decodeWith(this.mode.decoder, bytes, final);
      case 'utf-8':
        return this.decodeUtf8(this.mode.decoder, bytes, final);
      default:
        return this.decodeUndecided(bytes, final);
    }
  }

  private takeByteOrderMark(bytes: Buffer): Buffer {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.choose('utf-8', true);
      this.offset = 3;
      return bytes.subarray(3);
    }
    const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe;
    if (littleEndian || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      this.choose(littleEndian ? 'utf-16le' : 'utf-16be', true);
      this.offset = 2;
      return bytes.subarray(2);
    }
    this.mode = { kind: 'ascii-so-far' };
    return bytes;
  }

  private decodeUndecided(bytes: Buffer, final: boolean): string {
    this.rejectNul(bytes);
    if (isAscii(bytes)) {
      this.offset += bytes.length;
      return bytes.toString('latin1');
    }
    const firstNonAscii = bytes.findIndex((byte) => byte >= 0x80);
    const asciiPrefix = bytes.toString('latin1', 0, firstNonAscii);
    this.offset += firstNonAscii;
    const rest = bytes.subarray(firstNonAscii);
    if (rest.length < DECISION_SAMPLE_BYTES && !final) {
      this.held = rest;
      return asciiPrefix;
    }
    const sample = rest.subarray(0, final ? rest.length : completeUtf8Length(rest));
    if (!isUtf8(sample) && looksLikeShiftJis(sample)) throw unsupportedEncoding('Shift-JIS（日文）/ Shift-JIS (Japanese)');
    this.choose(isUtf8(sample) ? 'utf-8' : 'gb18030', false);
    return asciiPrefix + this.decode(rest, final);
  }

  private decodeUtf8(decoder: TextDecoder, bytes: Buffer, final: boolean): string {
    const whole = this.wholeCharacters(bytes, final);
    let text: string;
    try {
      text = decoder.decode(whole);
    } catch {
      throw this.mixedEncoding();
    }
    this.offset += whole.length;
    return text;
  }

  private checkedUtf8(chunk: Buffer, final: boolean): Buffer {
    const whole = this.wholeCharacters(this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk, final);
    if (!isUtf8(whole)) throw this.mixedEncoding();
    this.offset += whole.length;
    return whole;
  }

  /**
   * The bytes up to the last whole UTF-8 character (all of them at the end); the rest is held for
   * the next chunk, so decoding needs no state of its own and either way of reading may follow.
   */
  private wholeCharacters(bytes: Buffer, final: boolean): Buffer {
    this.rejectNul(bytes);
    const length = final ? bytes.length : completeUtf8Length(bytes);
    this.held = length === bytes.length ? Buffer.alloc(0) : Buffer.from(bytes.subarray(length));
    return bytes.subarray(0, length);
  }

  private decodeWith(decoder: iconv.DecoderStream, bytes: Buffer, final: boolean): string {
    if (this.mode.kind === 'gb18030') this.rejectNul(bytes);
    const text = decoder.write(bytes) + (final ? (decoder.end() ?? '') : '');
    // iconv-lite writes U+FFFD for a byte sequence the encoding does not define.
    if (text.includes('\uFFFD')) {
      throw this.mode.kind === 'gb18030' ? this.neitherUtf8NorGb() : this.mixedEncoding();
    }
    this.offset += bytes.length;
    return text;
  }

  private choose(encoding: TextEncoding, bom: boolean): void {
    this.detected = encoding;
    this.hadBom = bom;
    // Streaming TextDecoder validates as it goes and is about twice as fast as Buffer#toString here.
    if (encoding === 'utf-8') this.mode = { kind: 'utf-8', decoder: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) };
    else if (encoding === 'gb18030') {
      this.mode = { kind: 'gb18030', decoder: iconv.getDecoder('gb18030') };
    } else {
      this.mode = { kind: 'utf-16', decoder: iconv.getDecoder(encoding, { stripBOM: false }) };
    }
  }

  private rejectNul(bytes: Buffer): void {
    if (!bytes.includes(0)) return;
    throw new TableFileError('undecodable', {
      zh: '文件中含有空字节，不是文本表格（可能是二进制文件，或不带 BOM 的 UTF-16 文件）。请在 Excel 中另存为“CSV UTF-8”或 xlsx 后重新上传。',
      en: 'The file contains NUL bytes, so it is not a text table (a binary file, or UTF-16 without a byte-order mark). Save it from Excel as "CSV UTF-8" or .xlsx and upload again.',
    });
  }

  private neitherUtf8NorGb(): TableFileError {
    return new TableFileError('undecodable', {
      zh: '无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030。请在 Excel 中另存为“CSV UTF-8”或 xlsx 后重新上传。',
      en: 'Cannot tell the text encoding: the file is neither UTF-8 nor GBK/GB18030. Save it from Excel as "CSV UTF-8" or .xlsx and upload again.',
    });
  }

  private mixedEncoding(): TableFileError {
    const encoding = this.detected === 'utf-8' ? 'UTF-8' : (this.detected ?? '').toUpperCase();
    return new TableFileError('undecodable', {
      zh: `文件编码不一致：开头是 ${encoding}，但在第 ${this.offset + 1} 字节附近出现了无法按 ${encoding} 解码的内容。请在 Excel 中另存为“CSV UTF-8”或 xlsx 后重新上传。`,
      en: `The file's encoding is inconsistent: it starts as ${encoding} but near byte ${this.offset + 1} it cannot be decoded as ${encoding}. Save it from Excel as "CSV UTF-8" or .xlsx and upload again.`,
    });
  }
}

/**
 * Length of the prefix of `bytes` that ends on a UTF-8 character boundary, so that a
 * character split across two chunks is decoded once both halves have arrived.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const length = bytes.length;
  let start = length - 1;
  while (start >= 0 && start > length - 4 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start -= 1;
  if (start < 0) return length;
  const lead = bytes[start] ?? 0;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return length - start < needed ? start : length;
}

/**
 * Japanese text saved by Excel (Shift-JIS) is mostly valid GBK byte for byte, so it would be read
 * as nonsense Chinese and then refused for a missing column. Read as Shift-JIS instead, Japanese
 * text shows its kana (ひらがな, カタカナ), which GBK text almost never does: Chinese
 * characters in GBK fall on Shift-JIS half-width katakana, not on the full-width kana counted here.
 */
export function looksLikeShiftJis(sample: Uint8Array): boolean {
  const text = iconv.decode(Buffer.from(sample), 'shift_jis');
  let kana = 0;
  let wide = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) continue;
    wide += 1;
    if (code >= 0x3041 && code <= 0x30ff) kana += 1;
  }
  return wide > 0 && kana / wide >= 0.2;
}

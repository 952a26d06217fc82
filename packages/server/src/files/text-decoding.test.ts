import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TableFileError } from './table-file-error.js';
import { completeUtf8Length, DetectingTextDecoder } from './text-decoding.js';

function decode(bytes: Buffer, chunkSize = bytes.length || 1): { text: string; decoder: DetectingTextDecoder } {
  const decoder = new DetectingTextDecoder();
  let text = '';
  for (let start = 0; start < bytes.length; start += chunkSize) text += decoder.write(bytes.subarray(start, start + chunkSize));
  text += decoder.end();
  return { text, decoder };
}

function decodeError(bytes: Buffer, chunkSize?: number): TableFileError {
  try {
    decode(bytes, chunkSize);
  } catch (error) {
    if (error instanceof TableFileError) return error;
    throw error;
  }
  throw new Error('expected the bytes to be rejected');
}

const chinese = '申请号,名称\n2023101234567,一种𠮷字形的装置（含“引号”）\n';

describe('DetectingTextDecoder', () => {
  it('reads UTF-8 without a byte-order mark, whatever the chunk size', () => {
    for (const size of [1, 2, 3, 5, 4096]) {
      const { text, decoder } = decode(Buffer.from(chinese, 'utf8'), size);
      expect(text, `chunks of ${size}`).toBe(chinese);
      expect(decoder.encoding).toBe('utf-8');
      expect(decoder.bom).toBe(false);
    }
  });

  it('drops a UTF-8 byte-order mark', () => {
    const { text, decoder } = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese, 'utf8')]), 2);
    expect(text).toBe(chinese);
    expect(decoder.bom).toBe(true);
  });

  it('hands UTF-8 over as its own bytes, cut after whole characters, BOM or not, whatever the chunk size', () => {
    const utf8 = Buffer.from(chinese.repeat(200), 'utf8');
    for (const bom of [false, true]) {
      const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
      for (const size of [1, 2, 3, 5, 4096]) {
        const decoder = new DetectingTextDecoder();
        const pieces: (Buffer | string)[] = [];
        for (let start = 0; start < bytes.length; start += size) pieces.push(decoder.writeUtf8(bytes.subarray(start, start + size)));
        pieces.push(decoder.endUtf8());
        // Each piece ends on a character: read alone, none holds half of one.
        expect(pieces.map((piece) => piece.toString()).join(''), `chunks of ${size}${bom ? ', BOM' : ''}`).toBe(chinese.repeat(200));
        expect(pieces.some((piece) => Buffer.isBuffer(piece) && piece.length > 0)).toBe(true);
      }
    }
  });

  it('refuses, when handing over bytes, a file that is UTF-8 at the start and GBK further on', () => {
    const mixed = Buffer.concat([Buffer.from(`名称\n${'专利\n'.repeat(5000)}`, 'utf8'), iconv.encode('金湖县\n', 'gbk')]);
    const decoder = new DetectingTextDecoder();
    let caught: unknown;
    try {
      for (let start = 0; start < mixed.length; start += 4096) decoder.writeUtf8(mixed.subarray(start, start + 4096));
      decoder.endUtf8();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TableFileError);
    expect((caught as TableFileError).reason.zh).toContain('文件编码不一致');
  });

  it('reads GBK and GB18030 (what Chinese Excel saves as CSV), whatever the chunk size', () => {
    const gbk = '申请号,申请人\n2023101234567,金湖县某某机械有限公司\n';
    for (const size of [1, 3, 4096]) {
      const { text, decoder } = decode(iconv.encode(gbk, 'gbk'), size);
      expect(text).toBe(gbk);
      expect(decoder.encoding).toBe('gb18030');
    }
    // 𠮷 is outside GBK; GB18030 encodes it in four bytes.
    expect(decode(iconv.encode(chinese, 'gb18030'), 1).text).toBe(chinese);
  });

  it('decides on GBK even when the first Chinese character comes after a long ASCII stretch', () => {
    const text = `${'patent_id,title\n'.repeat(10_000)}1,金湖县\n`;
    expect(decode(iconv.encode(text, 'gbk'), 65_536).text).toBe(text);
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chinese, 'utf16le')]);
    expect(decode(le, 3).text).toBe(chinese);
    expect(decode(le).decoder.encoding).toBe('utf-16le');
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(chinese, 'utf16-be')]);
    expect(decode(be, 3).text).toBe(chinese);
    expect(decode(be).decoder.encoding).toBe('utf-16be');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    const error = decodeError(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xff, 0x80, 0x0a]));
    expect(error.code).toBe('undecodable');
    expect(error.reason.zh).toContain('既不是 UTF-8，也不是 GBK/GB18030');
    expect(error.reason.en).toContain('neither UTF-8 nor GBK/GB18030');
  });

  it('rejects a file that is UTF-8 at the start and GBK further on', () => {
    const mixed = Buffer.concat([Buffer.from(`名称\n${'专利\n'.repeat(5000)}`, 'utf8'), iconv.encode('金湖县\n', 'gbk')]);
    const error = decodeError(mixed, 4096);
    expect(error.code).toBe('undecodable');
    expect(error.reason.zh).toContain('文件编码不一致');
  });

  it('rejects NUL bytes: a binary file, or UTF-16 without its byte-order mark', () => {
    expect(decodeError(Buffer.from('a,b\n', 'utf16le')).code).toBe('undecodable');
  });
});

describe('completeUtf8Length', () => {
  it('stops before a character whose bytes are not all there', () => {
    const bytes = Buffer.from('a中', 'utf8'); // 61 e4 b8 ad
    expect(completeUtf8Length(bytes)).toBe(4);
    expect(completeUtf8Length(bytes.subarray(0, 3))).toBe(1);
    expect(completeUtf8Length(bytes.subarray(0, 2))).toBe(1);
    expect(completeUtf8Length(Buffer.from('𠮷', 'utf8').subarray(0, 3))).toBe(0);
  });
});

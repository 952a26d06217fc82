import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo/seeded-random.js';
import { recordSplitter, UnfinishedRecord } from './record-splitter.js';

/** The records csv-parse reads from `text` with the options the importer used, or the error's kind. */
function csvParse(text: string, delimiter: ',' | '\t'): string[][] | 'error' {
  try {
    return parse(text, { delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    return 'error';
  }
}

/** The records of `text` fed to the splitter in the given pieces, or 'error'. */
function split(pieces: readonly string[], delimiter: ',' | '\t'): string[][] | 'error' {
  const splitter = recordSplitter(delimiter, 1_000_000);
  try {
    const records: string[][] = [];
    for (const piece of pieces) records.push(...splitter.write(piece));
    records.push(...splitter.end());
    return records;
  } catch (error) {
    if (error instanceof UnfinishedRecord) return 'error';
    throw error;
  }
}

describe('recordSplitter', () => {
  it('reads the lenient cases as csv-parse did', () => {
    expect(split(['a,"b"c,d\n'], ',')).toEqual([['a', '"b"c', 'd']]);
    expect(split(['"a""b"c,d'], ',')).toEqual([['"a"b"c', 'd']]);
    expect(split(['\n\na,b\n\n'], ',')).toEqual([[''], [''], ['a', 'b'], ['']]);
    expect(split(['a\r\rb'], ',')).toEqual([['a'], [''], ['b']]);
    expect(split(['a,b,'], ',')).toEqual([['a', 'b', '']]);
    expect(split(['"a\n'], ',')).toBe('error');
  });

  it('gives csv-parse’s records for 3,000 random texts, cut into random pieces', () => {
    const random = seededRandom(18);
    const alphabet = ['a', 'b', '中', ',', '\t', '"', '"', '\r', '\n', '\r\n', ' '];
    for (let n = 0; n < 3000; n++) {
      const delimiter = random.chance(0.5) ? ',' : '\t';
      let text = '';
      for (let length = random.int(0, 30); length > 0; length--) text += random.pick(alphabet);
      const pieces: string[] = [];
      for (let at = 0; at < text.length; ) {
        const next = Math.min(text.length, at + random.int(1, 8));
        pieces.push(text.slice(at, next));
        at = next;
      }
      expect(split(pieces, delimiter), JSON.stringify(text)).toEqual(csvParse(text, delimiter));
    }
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDelimitedRows } from './delimited-rows.js';
import { TableFileError } from './table-file-error.js';

/** The records of delimited text fed in the given chunks, the separator preferred as by a .csv or .tsv name. */
async function parse(chunks: readonly string[], delimiter: ',' | '\t' = ','): Promise<string[][]> {
  async function* bytes() {
    for (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
  }
  const records: string[][] = [];
  for await (const batch of readDelimitedRows(bytes(), delimiter, () => undefined)) records.push(...batch.map((row) => row.values));
  return records;
}

/** Every RFC 4180 feature at once: doubled quotes, separators and line breaks inside quotes, CRLF. */
const tricky =
  '申请号,名称,摘要\r\n' +
  '2023101234567,"一种""智能""装置","第一行\r\n第二行, 含逗号"\r\n' +
  'CN2023,,""\n' +
  '"a""","b\nc",d\r' +
  'last,row,"no line end"';

const expected = [
  ['申请号', '名称', '摘要'],
  ['2023101234567', '一种"智能"装置', '第一行\r\n第二行, 含逗号'],
  ['CN2023', '', ''],
  ['a"', 'b\nc', 'd'],
  ['last', 'row', 'no line end'],
];

describe('readDelimitedRows', () => {
  it('reads quoted fields, doubled quotes, line breaks inside quotes and every line-end style', async () => {
    expect(await parse([tricky])).toEqual(expected);
  });

  it('gives the same records wherever the text is split into chunks', async () => {
    for (let cut = 0; cut <= tricky.length; cut += 1) {
      expect(await parse([tricky.slice(0, cut), tricky.slice(cut)]), `cut at ${cut}`).toEqual(expected);
    }
    expect(await parse([...tricky])).toEqual(expected);
  });

  it('gives the same records when the bytes of a character are split between chunks, in UTF-8 and in GBK', async () => {
    const rows = async (bytes: Buffer, size: number) => {
      async function* chunks() {
        for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
      }
      const records: string[][] = [];
      for await (const batch of readDelimitedRows(chunks(), ',', () => undefined)) records.push(...batch.map((row) => row.values));
      return records;
    };
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tricky, 'utf8')]);
    for (const size of [1, 2, 4, 7]) {
      expect(await rows(utf8, size), `UTF-8 in chunks of ${size}`).toEqual(expected);
      expect(await rows(iconv.encode(tricky, 'gbk'), size), `GBK in chunks of ${size}`).toEqual(expected);
    }
  });

  it('splits on tabs for TSV and honours PatentsView-style quoting', async () => {
    const tsv = '"patent_id"\t"patent_type"\t"patent_title"\n"10000000"\t"utility"\t"Coherent LADAR, using ""intra-pixel"" detection"\n';
    expect(await parse([tsv], '\t')).toEqual([
      ['patent_id', 'patent_type', 'patent_title'],
      ['10000000', 'utility', 'Coherent LADAR, using "intra-pixel" detection'],
    ]);
  });

  it('keeps a quote that does not open a field as text, as Excel does', async () => {
    expect(await parse(['size,note\n5" disk,ok "x"\n'])).toEqual([
      ['size', 'note'],
      ['5" disk', 'ok "x"'],
    ]);
  });

  it('treats a lone CR between chunks and a following LF as one line end', async () => {
    expect(await parse(['a,b\r', '\n1,2\r', '\n'])).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports a quote that is never closed with the row it starts on', async () => {
    let caught: unknown;
    try {
      await parse(['a,b\n1,2\n3,"never closed\n4,5\n']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TableFileError);
    expect((caught as TableFileError).code).toBe('unterminated_quote');
    expect((caught as TableFileError).reason.zh).toContain('第 3 行');
    expect((caught as TableFileError).reason.en).toContain('Row 3');
  });

  it('stops a runaway quoted field before it swallows the file', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    await expect(parse(['a\n"', ...Array.from({ length: 20 }, () => chunk)])).rejects.toThrow(TableFileError);
  });
});

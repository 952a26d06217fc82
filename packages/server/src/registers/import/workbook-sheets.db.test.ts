import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTable } from '../../files/table-reader.js';
import { createRegisterFixture, jinhuAddress, type RegisterFixture } from '../__tests__/register-fixture.js';

const header = ['注册号', '国际分类', '申请人', '申请人地址'];

async function workbook(sheets: readonly { name: string; rows: unknown[][]; hidden?: boolean }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const added = book.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    for (const row of sheet.rows) added.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Only the first visible sheet of a workbook is imported; the user is told when others hold data. */
describe('workbooks with several sheets', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  it('names the sheet read and the visible sheets with data that were not, ignoring empty and hidden ones', async () => {
    const file = await workbook([
      { name: '选项', hidden: true, rows: [['类别'], ['商标']] },
      { name: '商标', rows: [header, ['9', '7', '甲公司', jinhuAddress]] },
      { name: '空白', rows: [] },
      { name: '2023年', rows: [header, ['8', '7', '乙公司', jinhuAddress]] },
    ]);
    const table = await openTable({ buffer: file }, { fileName: 'marks.xlsx' });
    expect(table.sheet).toEqual({ name: '商标', othersWithData: ['2023年'] });
    await table.close();

    const outcome = await f.importFile('trademarks', 'marks.xlsx', file);
    expect(outcome).toMatchObject({ status: 'committed', records: 1 });
    const warning = outcome.problems.find((p) => p.row === 0);
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.reason.zh).toBe('只导入了第一个工作表“商标”；工作表“2023年”中也有数据，未导入。如需导入，请把它们另存为单独的文件。');
  });

  it('says nothing when the workbook has one sheet with data', async () => {
    const outcome = await f.importFile('trademarks', 'one.xlsx', await workbook([{ name: '商标', rows: [header, ['9', '7', '甲公司', jinhuAddress]] }, { name: '空白', rows: [] }]));
    expect(outcome.problems).toEqual([]);
  });
});

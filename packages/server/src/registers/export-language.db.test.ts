import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { csv as ledgerCsv, importFile as importLedgerFile } from '../ledgers/__tests__/ledger-files.js';
import { people } from '../supervision/__tests__/supervision-fixture.js';
import { csv, importUpload, jinhuAddress } from './__tests__/register-fixture.js';
import { importJobsOf } from './import/import-jobs.js';

/** The first sheet of a downloaded workbook: its name, its header row and its data rows, as text. */
async function sheetOf(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rowText = (n: number) => Array.from({ length: sheet.columnCount }, (_, j) => sheet.getRow(n).getCell(j + 1).text);
  const headers = rowText(1);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => Object.fromEntries(rowText(i + 2).map((v, j) => [headers[j], v])));
  return { name: sheet.name, headers, rows };
}

/**
 * Register and ledger exports follow the reader's language (the page's lang, else Accept-Language):
 * sheet, headers, options, yes/no and the system's own columns, all from the field declarations and
 * one table of export words; either language's file imports back to the same records.
 */
describe('register and ledger exports in the reader’s language', () => {
  let t: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await createTestApp();
    const marks = csv([
      ['注册号', '商标名称', '商标类型', '地理标志', '国际分类', '申请人', '申请人地址', '注册日'],
      ['68000001', '金湖大米', '证明商标', '是', '30；31', '金湖县粮食行业协会', jinhuAddress, '2023-11-06'],
    ]);
    const upload = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('trademarks', 'marks.csv', Buffer.from(marks)) });
    await importJobsOf(t.ctx.handle).whenDone(upload.json().importId);
  });
  afterAll(async () => t.close());

  it('zh-CN: the template’s headers and sheet, options in Chinese, 是, the attribution in words', async () => {
    const response = await get('/api/registers/trademarks/export.xlsx?lang=zh-CN');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('商标台账'));
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.name).toBe('商标清单');
    expect(sheet.headers.slice(0, 4)).toEqual(['注册号', '商标名称', '商标类型', '地理标志']);
    expect(sheet.headers.slice(-3)).toEqual(['归属区域（系统）', '归属情况（系统）', '示例数据（系统）']);
    expect(sheet.rows[0]).toMatchObject({ 商标类型: '证明商标', 地理标志: '是', 马德里国际注册: '', 国际分类: '30；31', '归属区域（系统）': '黎城街道', '归属情况（系统）': '已归属' });
  });

  it('en: English headers and sheet, options in English, Yes, and it imports back unchanged', async () => {
    const response = await get('/api/registers/trademarks/export.xlsx?lang=en');
    expect(response.headers['content-disposition']).toContain('Trademarks-');
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.name).toBe('Trademarks');
    expect(sheet.headers.slice(0, 4)).toEqual(['Registration number', 'Mark', 'Kind', 'Geographical indication']);
    expect(sheet.headers.slice(-3)).toEqual(['Region (system)', 'Attribution (system)', 'Demo data (system)']);
    expect(sheet.rows[0]).toMatchObject({ Kind: 'Certification mark', 'Geographical indication': 'Yes', 'Nice classes': '30; 31', 'Region (system)': '黎城街道', 'Attribution (system)': 'Attributed' });
    expect(sheet.headers.join(' ')).not.toMatch(/\p{Script=Han}/u);

    const again = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('trademarks', 'Trademarks.xlsx', response.rawPayload) });
    await importJobsOf(t.ctx.handle).whenDone(again.json().importId);
    expect((await get(`/api/imports/${again.json().importId}`)).json().import).toMatchObject({ status: 'committed', records: 1, inserted: 0, updated: 0, unchanged: 1 });
  });

  it('en: an amount’s header names its unit in English and imports back at the same amount', async () => {
    const pledges = csv([['登记号', '登记日期', '质押物类型', '出质人', '出质人地址', '质权人', '质押金额（万元）'], ['Y2024320000001', '2024-08-12', '专利', '金湖甲公司', jinhuAddress, '示例银行金湖支行', '1000']]);
    const upload = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('pledges', 'pledges.csv', Buffer.from(pledges)) });
    await importJobsOf(t.ctx.handle).whenDone(upload.json().importId);
    const response = await get('/api/registers/pledges/export.xlsx?lang=en');
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.rows[0]).toMatchObject({ 'IP type': 'Patent', 'Amount (10,000 yuan)': '1000' });
    const again = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('pledges', 'Pledges.xlsx', response.rawPayload) });
    await importJobsOf(t.ctx.handle).whenDone(again.json().importId);
    expect((await get(`/api/imports/${again.json().importId}`)).json().import).toMatchObject({ status: 'committed', records: 1, unchanged: 1 });
  });

  it('takes the language from Accept-Language when the link carries none', async () => {
    expect((await sheetOf((await get('/api/registers/trademarks/export.xlsx', { 'accept-language': 'en-GB,en;q=0.9' })).rawPayload)).name).toBe('Trademarks');
    expect((await sheetOf((await get('/api/registers/trademarks/export.xlsx', { 'accept-language': 'zh-CN,zh;q=0.9' })).rawPayload)).name).toBe('商标清单');
  });

  it('a ledger sheet likewise: 宣传活动 / Publicity events, 进社区 / In communities, and the English file imports back', async () => {
    t.actAs(people.office);
    const rows = [['活动日期', '活动名称', '活动类型', '主办单位', '覆盖人次', '关联任务', '所属镇街'], ['2025-04-26', '黎城街道4·26宣传进社区', '进社区', '黎城街道', '300', '21', '黎城街道']];
    expect((await importLedgerFile(t, 'publicity', 'publicity.csv', ledgerCsv(rows))).json()).toMatchObject({ status: 'committed', inserted: 1 });

    const zh = await sheetOf((await get('/api/ledgers/publicity/export.xlsx?lang=zh-CN')).rawPayload);
    expect(zh.name).toBe('宣传活动');
    expect(zh.headers.slice(0, 3)).toEqual(['活动日期', '活动名称', '活动类型']);
    expect(zh.headers.slice(-2)).toEqual(['示例数据（系统）', '最后修改（系统）']);
    expect(zh.rows[0]).toMatchObject({ 活动类型: '进社区', 所属镇街: '黎城街道', 关联任务: '21' });

    const response = await get('/api/ledgers/publicity/export.xlsx?lang=en');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('Publicity events'));
    const en = await sheetOf(response.rawPayload);
    expect(en.name).toBe('Publicity events');
    expect(en.headers.slice(0, 3)).toEqual(['Date', 'Title', 'Kind']);
    expect(en.headers.slice(-2)).toEqual(['Demo data (system)', 'Last changed (system)']);
    expect(en.rows[0]).toMatchObject({ Kind: 'In communities', Town: '黎城街道', 'Plan tasks': '21' });
    expect((await importLedgerFile(t, 'publicity', 'Publicity events.xlsx', response.rawPayload)).json()).toMatchObject({ status: 'committed', inserted: 0, updated: 0, unchanged: 1 });
  });
});

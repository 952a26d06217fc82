import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '@ipcounty/domain';
import { openTable } from '../../files/table-reader.js';
import { createTestApp, type TestApp } from '../../http/__tests__/test-app.js';
import { csv, importUpload } from '../__tests__/register-fixture.js';
import { importJobsOf } from './import-jobs.js';

/** A CNIPA 专利检索及分析 export: one row per publication, 专利权状态, no grant-date column. */
const cnipa = csv([
  ['申请号', '申请日', '公开（公告）号', '公开（公告）日', '申请（专利权）人', '发明（设计）人', '地址', '名称', '专利权状态'],
  ['CN202310123456.6', '2023.01.05', 'CN116000001A', '2023.04.07', '江苏金湖示例机械有限公司', '王伟', '211600 江苏省淮安市金湖县黎城街道工业园路1号', '一种灌溉装置', '无权'],
  ['CN202310123456.6', '2023.01.05', 'CN116000001B', '2024.03.15', '江苏金湖示例机械有限公司', '王伟', '211600 江苏省淮安市金湖县黎城街道工业园路1号', '一种灌溉装置', '无权'],
]);

describe('the import API: preview, export date, confirmation and layout templates', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const upload = async (file: string, fields: Record<string, string>) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('patents', 'cnipa.csv', Buffer.from(file), fields) });
    expect(response.statusCode).toBe(202);
    const { importId } = response.json();
    await importJobsOf(t.ctx.handle).whenDone(importId);
    return (await t.app.inject({ method: 'GET', url: `/api/imports/${importId}` })).json() as ImportReport;
  };

  it('previews a CNIPA export: its layout, how each column is read with examples, and that the export date is asked', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/imports/preview', ...importUpload('patents', 'cnipa.csv', Buffer.from(cnipa)) });
    expect(response.statusCode).toBe(200);
    const preview = response.json() as ImportPreview;
    expect(preview).toMatchObject({ kind: 'patents', layout: { key: 'cnipa' }, missing: [], asksExportDate: true, rowsSampled: 2 });
    expect(preview.columns.find((c) => c.header === '公开（公告）号')).toMatchObject({ field: 'publicationNumber', examples: ['CN116000001A', 'CN116000001B'] });
    expect(preview.columns.find((c) => c.header === '发明（设计）人')).toMatchObject({ field: null, examples: ['王伟'] });
    // Nothing was imported.
    expect((await t.app.inject({ method: 'GET', url: '/api/imports' })).json().total).toBe(0);
  });

  it('records the export date given with the upload, and dates 无权 by it', async () => {
    const report = await upload(cnipa, { exportDate: '2025-06-30' });
    expect(report.import).toMatchObject({ status: 'committed', exportDate: '2025-06-30', granted: 1, presumedLapses: 1 });
    expect(report.columns.find((c) => c.header === '专利权状态')?.field).toBe('rightStatus');
    const patent = (await t.app.inject({ method: 'GET', url: '/api/registers/patents' })).json().records[0];
    expect(patent.patent).toMatchObject({ grantDate: '2024-03-15', effectiveFrom: '2024-03-15', effectiveUntil: '2025-06-30', lapsePresumed: true });
  });

  it('counts the inventions whose lapse is dated by the export date only, at dates before it (推定)', async () => {
    const at = async (asOf: string) => (await t.app.inject({ method: 'GET', url: `/api/presumed-lapses?asOf=${asOf}` })).json();
    expect(await at('2025-06-29')).toEqual({ asOf: '2025-06-29', count: 1, until: '2025-06-30', indicators: ['effective-invention-patents-per-10k', 'high-value-invention-patents-per-10k'] });
    expect(await at('2025-06-30')).toMatchObject({ count: 0, indicators: [] });
    expect(await at('2024-03-14')).toMatchObject({ count: 0 });
  });

  it('answers a paused file, and commits it sent again confirmed', async () => {
    const applicationsOnly = csv(
      cnipa
        .trim()
        .split('\r\n')
        .filter((line) => !line.includes('B,'))
        .map((line) => line.split(',')),
    );
    const paused = await upload(applicationsOnly, { exportDate: '2025-06-30' });
    expect(paused.import).toMatchObject({ status: 'paused', granted: 0 });
    expect(paused.import.message?.en).toContain('No grant date or grant publication found in any row');
    const confirmed = await upload(applicationsOnly, { exportDate: '2025-06-30', confirmed: 'true' });
    expect(confirmed.import.status).toBe('committed');
  });

  it('refuses an export date that is not a date', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('patents', 'cnipa.csv', Buffer.from(cnipa), { exportDate: '30/06/2025' }) });
    expect(response.statusCode).toBe(422);
  });

  it('offers a blank template in the columns of each export layout', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/imports/templates/patents?layout=commercial' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('专利导入模板-商业数据库（智慧芽、incoPat）.xlsx'));
    const table = await openTable({ buffer: response.rawPayload }, { fileName: 't.xlsx' });
    expect(table.headers).toContain('[标]当前申请(专利权)人');
    await table.close();
    expect((await t.app.inject({ method: 'GET', url: '/api/imports/templates/patents?layout=nonsense' })).statusCode).toBe(400);
  });
});

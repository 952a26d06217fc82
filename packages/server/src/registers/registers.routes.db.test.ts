import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { openTable } from '../files/table-reader.js';
import { csv, importUpload, jinhuAddress, yintuAddress } from './__tests__/register-fixture.js';
import { importJobsOf } from './import/import-jobs.js';

const patentHeader = ['申请号', '专利类型', '申请日', '授权公告日', '发明名称', '申请（专利权）人', '申请人地址', '法律状态', '失效日'];
const patentsFile = csv([
  patentHeader,
  ['202310123456.6', '发明', '2023-01-05', '2024-03-15', '一种灌溉装置', '金湖甲公司', jinhuAddress, '有效', ''],
  ['202320123456.1', '实用新型', '2023-01-05', '2023-06-01', '一种阀门', '金湖乙公司', yintuAddress, '未缴年费专利权终止', '2025-02-01'],
  ['202310123457.0', '发明', '2023-02-05', '', '一种材料', '金湖丙公司', jinhuAddress, '审中', ''],
]);

describe('the registers API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const upload = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('patents', '专利导出.csv', Buffer.from(patentsFile)) });
    expect(upload.statusCode).toBe(202);
    await importJobsOf(t.ctx.handle).whenDone(upload.json().importId);
  });
  afterAll(async () => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('imports an uploaded file as a job whose outcome and history it reports', async () => {
    const history = (await get('/api/imports')).json();
    expect(history.imports[0]).toMatchObject({ kind: 'patents', fileName: '专利导出.csv', status: 'committed', records: 3, inserted: 3, actorName: 'test-office' });
    const job = (await get(`/api/imports/${history.imports[0].importId}`)).json();
    expect(job).toMatchObject({ import: { status: 'committed' }, progress: null, problems: [], problemsTotal: 0 });
  });

  it('refuses a bad file through the API with every problem, downloadable as Excel', async () => {
    const upload = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('patents', 'bad.csv', Buffer.from(csv([patentHeader, ['202310123456.7', '发明', '2023-13-01', '', '名称', '甲', jinhuAddress, '', '']]))) });
    const { importId } = upload.json();
    await importJobsOf(t.ctx.handle).whenDone(importId);
    const job = (await get(`/api/imports/${importId}`)).json();
    expect(job.import).toMatchObject({ status: 'refused', errorCount: 2 });
    expect(job.problems.map((p: { column: string }) => p.column)).toEqual(['申请日', '申请号']);
    const report = await get(`/api/imports/${importId}/problems.xlsx`);
    expect(report.statusCode).toBe(200);
    const table = await openTable({ buffer: report.rawPayload }, { fileName: 'r.xlsx' });
    expect(table.headers).toEqual(['行号', '列', '值', '问题', '级别']);
    await table.close();
    // An English reader's link says lang=en: the same problems, worded in English.
    const english = await get(`/api/imports/${importId}/problems.xlsx?lang=en`);
    const englishTable = await openTable({ buffer: english.rawPayload }, { fileName: 'r.xlsx' });
    expect(englishTable.headers).toEqual(['Row', 'Column', 'Value', 'Problem', 'Severity']);
    await englishTable.close();
    expect((await get('/api/registers')).json().registers.find((r: { kind: string }) => r.kind === 'patents').total).toBe(3);
  });

  it('lists patents in force on a date, of a type, in a region, or by id, a page at a time', async () => {
    const keys = async (query: string) => (await get(`/api/registers/patents?${query}`)).json().records.map((r: { key: string }) => r.key);
    expect(await keys('effectiveAt=2024-06-30')).toEqual(['2023101234566', '2023201234561']);
    expect(await keys('effectiveAt=2025-06-30')).toEqual(['2023101234566']);
    expect(await keys('effective=invention&asOf=2026-06-30&region=licheng')).toEqual(['2023101234566']);
    expect(await keys('type=utility-model')).toEqual(['2023201234561']);
    expect(await keys('region=yintu')).toEqual(['2023201234561']);
    expect(await keys('region=jinhu')).toHaveLength(3);
    expect(await keys('ids=202310123457.0,2023101234566')).toEqual(['2023101234570', '2023101234566']);
    expect(await keys('q=阀门')).toEqual(['2023201234561']);
    const page = (await get('/api/registers/patents?page=2&pageSize=2')).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.records).toHaveLength(1);
    const [record] = (await get('/api/registers/patents?ids=2023101234566')).json().records;
    expect(record).toMatchObject({ regionName: '黎城街道', demo: false, patent: { status: 'in-force', effectiveFrom: '2024-03-15' } });
    expect(record.cells[0]).toMatchObject({ applicationNumber: '202310123456.6', type: '发明' });
  });

  it('shows one patent with its legal events, edits it with an audit record, and deletes', async () => {
    const detail = (await get('/api/registers/patents/2023201234561')).json();
    expect(detail.events).toEqual([expect.objectContaining({ date: '2025-02-01', category: 'lapse-non-payment' })]);
    const cells = { ...detail.record.cells[0], title: '一种改进的阀门' };
    const edit = await t.app.inject({ method: 'PUT', url: '/api/registers/patents/2023201234561', payload: { cells } });
    expect(edit.json()).toMatchObject({ key: '2023201234561', created: false });
    expect((await get('/api/registers/patents/2023201234561')).json().record.document.title).toBe('一种改进的阀门');
    const audit = await t.ctx.handle.db.selectFrom('audit_log').select(['event_type', 'object_type', 'object_id', 'details']).where('event_type', '=', 'registers.changed').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ before: { title: '一种阀门' }, after: { title: '一种改进的阀门' }, change: 'edited' });

    const bad = await t.app.inject({ method: 'PUT', url: '/api/registers/patents/2023201234561', payload: { cells: { ...cells, filingDate: '2023-02-30' } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'filingDate', zh: expect.stringContaining('无效') });
    const renamed = await t.app.inject({ method: 'PUT', url: '/api/registers/patents/2023201234561', payload: { cells: { ...cells, applicationNumber: '202320123457.6' } } });
    expect(renamed.json().error.code).toBe('key_changed');

    const created = await t.app.inject({ method: 'POST', url: '/api/registers/talent', payload: { cells: { name: '王示例', category: '知识产权师', recognisedOn: '2025-05-05' } } });
    expect(created.statusCode).toBe(201);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/registers/talent/${encodeURIComponent(created.json().key)}` });
    expect(removed.statusCode).toBe(204);
    expect((await get('/api/registers/talent')).json().total).toBe(0);
  });

  it('exports a register to Excel that imports back unchanged, and records the download', async () => {
    const response = await get('/api/registers/patents/export.xlsx?region=jinhu');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('专利台账'));
    const again = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('patents', 'export.xlsx', response.rawPayload) });
    await importJobsOf(t.ctx.handle).whenDone(again.json().importId);
    const job = (await get(`/api/imports/${again.json().importId}`)).json();
    expect(job.import).toMatchObject({ status: 'committed', records: 3, inserted: 0, updated: 0, unchanged: 3 });
    const downloads = await t.ctx.handle.db.selectFrom('audit_log').select('object_type').where('event_type', '=', 'exports.downloaded').execute();
    expect(downloads.map((d) => d.object_type)).toContain('patents');
  });

  it('serves a template for every kind, lists unresolved addresses and takes assignments', async () => {
    const template = await get('/api/imports/templates/population');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const marks = csv([['注册号', '国际分类', '申请人', '申请人地址'], ['9', '7', '甲', '淮安市银集镇示例路1号']]);
    const upload = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('trademarks', 't.csv', Buffer.from(marks)) });
    await importJobsOf(t.ctx.handle).whenDone(upload.json().importId);
    const unresolved = (await get('/api/addresses/unresolved')).json();
    expect(unresolved.addresses).toEqual([expect.objectContaining({ address: '淮安市银集镇示例路1号', records: 1, registers: { trademarks: 1 } })]);
    const assigned = await t.app.inject({ method: 'PUT', url: '/api/addresses/assignments', payload: { address: '淮安市银集镇示例路1号', region: 'yintu' } });
    expect(assigned.json()).toMatchObject({ records: 1 });
    expect((await get('/api/addresses/unresolved')).json().total).toBe(0);
    expect((await get('/api/addresses/assignments')).json().assignments).toEqual([expect.objectContaining({ address: '淮安市银集镇示例路1号', region: 'yintu', assignedBy: 'test-office' })]);
  });

  it('gives the county’s population with the population register: the sum of its towns', async () => {
    const towns = ['黎城街道', '金北街道', '戴楼街道', '银涂镇', '塔集镇', '前锋镇', '吕良镇', '金南镇'];
    const file = csv([['地区', '年份', '常住人口（万人）'], ...towns.map((town) => [town, '2025', '3.6'])]);
    const upload = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('population', '人口.csv', Buffer.from(file)) });
    await importJobsOf(t.ctx.handle).whenDone(upload.json().importId);
    const page = (await get('/api/registers/population')).json();
    expect(page.total).toBe(8);
    expect(page.countyTotals).toEqual([expect.objectContaining({ region: 'jinhu', year: 2025, persons: 288_000 })]);
  });

  it('reports demo data and lets the office remove it', async () => {
    expect((await get('/api/demo')).json()).toMatchObject({ present: false, total: 0 });
    const removed = await t.app.inject({ method: 'DELETE', url: '/api/demo' });
    expect(removed.json()).toMatchObject({ removed: 0, status: { present: false } });
  });

  it('shows a town reporter the records of their town only', async () => {
    t.actAs({ id: 'town', roles: ['town-reporter'], regionCode: 'yintu' });
    try {
      expect((await get('/api/registers/patents')).json().records.map((r: { key: string }) => r.key)).toEqual(['2023201234561']);
      expect((await get('/api/registers/patents/2023101234566')).statusCode).toBe(404);
    } finally {
      t.actAs({ id: 'test-office', roles: ['program-office'] });
    }
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { planRepository } from '../plan/plan.repository.js';
import { handRegister, memoryRecordsSource } from './__tests__/hand-register.js';
import { createIndicatorService } from './indicator-service.js';

/** The indicator API over HTTP on the hand-made register (__tests__/hand-register.ts); today is 2026-11-28. */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const plan = (await planRepository.current(t.ctx.handle.db, 'jinhu'))!.plan;
  t.ctx.indicators = createIndicatorService({ ...t.ctx, records: memoryRecordsSource(handRegister(plan.regions)) });
});

afterAll(async () => {
  await t?.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

async function readWorkbook(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('GET /api/indicators', () => {
  it('lists the 16 targets with value, target, status, forecast and official value', async () => {
    const response = await get('/api/indicators?asOf=2026-06-30');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.asOf).toBe('2026-06-30');
    expect(body.targets).toHaveLength(16);
    const patents = body.targets.find((x: { code: string }) => x.code === 'effective-invention-patents-per-10k');
    expect(patents).toMatchObject({ name: '万人有效发明专利拥有量', unit: '件', target: 40, comparison: 'reach', official: null });
    expect(patents.value).toBeCloseTo(0.5, 12); // A1 A2 A4 A6 A9
    expect(patents.forecast).toMatchObject({ horizon: '2026-12-31', monthsRemaining: 6 });
    expect(patents.sparkline.at(-1)).toEqual(['2026-06-30', 0.5]);
    expect(['on-track', 'at-risk', 'off-track', 'achieved', 'insufficient-data']).toContain(patents.status);
  });

  it('refuses a date that is not one, or after today', async () => {
    expect((await get('/api/indicators?asOf=2026-02-30')).statusCode).toBe(400);
    expect((await get('/api/indicators?asOf=2027-01-01')).json().error.code).toBe('as_of_in_future');
  });
});

describe('drilling down', () => {
  it('a town’s figure in the split opens exactly the records counted in it', async () => {
    const detail = (await get('/api/indicators/effective-invention-patents-per-10k?by=region')).json();
    const licheng = detail.split.rows.find((r: { key: string }) => r.key === 'licheng');
    expect(licheng).toMatchObject({ name: '黎城街道', numerator: 3, value: 0.75 });
    const records = (await get('/api/indicators/effective-invention-patents-per-10k/records?region=licheng')).json();
    expect(records.count).toBe(licheng.numerator);
    expect(records.ids.sort()).toEqual(['A1', 'A2', 'A9']);
    expect(records.link).toMatch(/^\/data\/patents\?ids=/);
    expect(records.rule.zh).toContain('发明专利');
    expect(records.settings.map((s: { key: string }) => s.key)).toEqual(['populationBasis', 'invalidationBasis']);
  });

  it('an industry of the split opens its records; an indicator not split that way says so', async () => {
    const detail = (await get('/api/indicators/effective-invention-patents-per-10k?by=industry')).json();
    const row = detail.split.rows.find((r: { key: string }) => r.key === '高端装备');
    const records = (await get(`/api/indicators/effective-invention-patents-per-10k/records?industry=${encodeURIComponent('高端装备')}`)).json();
    expect(records.ids.sort()).toEqual(['A1', 'A2']);
    expect(records.count).toBe(row.numerator);
    const refused = await get('/api/indicators/new-service-agencies?by=enterprise');
    expect(refused.statusCode).toBe(422);
    expect((await get('/api/indicators/no-such-indicator')).statusCode).toBe(404);
  });
});

describe('official values over HTTP', () => {
  const url = '/api/indicators/effective-invention-patents-per-10k/official-values';

  it('are validated, recorded with their source and reconciled; a leader reads them but cannot enter one', async () => {
    const missing = await t.app.inject({ method: 'POST', url, payload: { asOf: '2025-12-31', value: 0.4 } });
    expect(missing.statusCode).toBe(400);
    const negative = await t.app.inject({ method: 'POST', url, payload: { asOf: '2025-12-31', value: -1, sourceDocument: '公报', publishedOn: '2026-03-01' } });
    expect(negative.statusCode).toBe(422);
    expect(negative.json().error.details).toEqual([expect.objectContaining({ path: 'value' })]);

    const created = await t.app.inject({ method: 'POST', url, payload: { asOf: '2025-12-31', value: 0.4, sourceDocument: '淮安市2025年知识产权统计公报', publishedOn: '2026-03-10', publisher: '淮安市市场监管局' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const list = (await get(url)).json().officialValues;
    expect(list).toEqual([expect.objectContaining({ computed: 0.4, reconciliation: expect.objectContaining({ status: 'agrees' }), official: expect.objectContaining({ id, publisher: '淮安市市场监管局' }) })]);

    t.actAs({ id: 'leader', roles: ['leader'] });
    try {
      expect((await get(url)).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(403);
    } finally {
      t.actAs({ id: 'test-office', roles: ['program-office'] });
    }
    const changed = await t.app.inject({ method: 'PUT', url: `${url}/${id}`, payload: { asOf: '2025-12-31', value: 0.5, sourceDocument: '淮安市2025年知识产权统计公报', publishedOn: '2026-03-10' } });
    expect(changed.json()).toMatchObject({ id, value: 0.5 });
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(404);
  });
});

describe('manual values and settings over HTTP', () => {
  it('takes a satisfaction score with its evidence', async () => {
    const url = '/api/indicators/satisfaction-score/manual-values';
    const created = await t.app.inject({
      method: 'POST',
      url,
      payload: { asOf: '2025-12-31', value: 85.6, source: '金湖县知识产权保护社会满意度调查', evidence: { kind: 'url', text: 'https://www.jinhu.gov.cn/survey-2025' } },
    });
    expect(created.statusCode).toBe(201);
    expect((await get('/api/indicators')).json().targets.find((x: { code: string }) => x.code === 'satisfaction-score')).toMatchObject({ value: 85.6, valueSource: 'manual' });
    expect((await get(url)).json().manualValues).toEqual([expect.objectContaining({ evidence: { kind: 'url', text: 'https://www.jinhu.gov.cn/survey-2025' } })]);
  });

  it('shows settings with defaults and changes them', async () => {
    const url = '/api/indicators/trademark-registrations/settings';
    expect((await get(url)).json().settings).toEqual([expect.objectContaining({ key: 'statisticalYear', value: 'trademark-statistical', default: 'trademark-statistical', confirmed: false })]);
    // TM year 2024 (2023-12-16 … 2024-12-15): T2 T3 T4 = 3; calendar 2024: T3 T4 T5 T6 = 4.
    expect((await get('/api/indicators?asOf=2024-12-15')).json().targets.find((x: { code: string }) => x.code === 'trademark-registrations').value).toBe(3);
    const bad = await t.app.inject({ method: 'PUT', url, payload: { settings: { statisticalYear: 'fiscal' } } });
    expect(bad.statusCode).toBe(422);
    const put = await t.app.inject({ method: 'PUT', url, payload: { settings: { statisticalYear: 'calendar' } } });
    expect(put.json().settings[0]).toMatchObject({ value: 'calendar', overridden: true });
    expect((await get('/api/indicators?asOf=2024-12-31')).json().targets.find((x: { code: string }) => x.code === 'trademark-registrations').value).toBe(4);
  });
});

describe('exports', () => {
  it('gives the dashboard, a split and the records behind a number as Excel', async () => {
    const dashboard = await get('/api/indicators/export.xlsx?asOf=2026-06-30');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readWorkbook(dashboard.rawPayload);
    expect(sheet.getCell('B1').value).toBe('指标');
    expect(sheet.rowCount).toBe(17);
    expect(sheet.getCell('B2').value).toBe('万人有效发明专利拥有量');

    const split = await readWorkbook((await get('/api/indicators/effective-invention-patents-per-10k/export.xlsx?table=split&by=region')).rawPayload);
    const lichengRow = split.getRows(2, split.rowCount - 1)!.find((r) => r.getCell(2).value === 'licheng');
    expect(lichengRow?.getCell(3).value).toBe(0.75);

    const settings = await readWorkbook((await get('/api/indicators/effective-invention-patents-per-10k/export.xlsx?table=settings')).rawPayload);
    expect(settings.rowCount).toBe(3); // header, populationBasis, invalidationBasis
    expect(settings.getCell('A2').value).toBe('populationBasis');
    expect(settings.getCell('F2').value).toBe('口径未经官方确认');

    const records = await readWorkbook((await get('/api/indicators/effective-invention-patents-per-10k/records.xlsx?region=licheng')).rawPayload);
    expect(records.rowCount).toBe(4);
    const exported = await t.ctx.handle.db.selectFrom('audit_log').select('object_id').where('event_type', '=', 'exports.downloaded').execute();
    expect(exported.map((e) => e.object_id)).toEqual(expect.arrayContaining(['指标监测-2026-06-30.xlsx']));
  });
});

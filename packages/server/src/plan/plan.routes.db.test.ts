import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';

describe('plan API', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  it('serves the plan in force with its revision', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/plan' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.meta).toMatchObject({ revision: 1, updatedBy: 'system' });
    expect(body.plan.title).toContain('金湖县国家知识产权强县建设试点县');
    expect(body.plan.phases.map((p: { start: string }) => p.start)).toEqual(['2024-01', '2024-05', '2026-07', '2026-10']);
  });

  it('reports health with the date in China', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(body).toMatchObject({ status: 'ok', today: '2026-11-28' });
  });

  it('refuses an invalid plan with 422 and the path of every problem, leaving the plan as it was', async () => {
    const { plan } = (await t.app.inject({ method: 'GET', url: '/api/plan' })).json();
    plan.phases[0].start = '2024-13-01';
    delete plan.issuer;
    const response = await t.app.inject({ method: 'PUT', url: '/api/plan', payload: plan });
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe('invalid_plan');
    expect(error.details.map((d: { path: string }) => d.path).sort()).toEqual(['issuer', 'phases[0].start']);
    expect(JSON.stringify(error)).not.toMatch(/at .*\.js/);
    expect((await t.app.inject({ method: 'GET', url: '/api/plan' })).json().meta.revision).toBe(1);
  });

  it('exports the plan as JSON that imports back unchanged', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/api/plan/export' });
    expect(exported.headers['content-disposition']).toContain('jinhu-2024-2026.json');
    const response = await t.app.inject({ method: 'PUT', url: '/api/plan', payload: JSON.parse(exported.body) });
    expect(response.json()).toMatchObject({ changed: false, revision: 1 });
  });

  it('downloads the responsibility matrix as a workbook with a row per task', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/plan/responsibility-matrix.xlsx' });
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('责任清单')!;
    const header = sheet.getRow(2).values as unknown[];
    expect(header).toContain('县市场监管局');
    expect(sheet.getRow(3).getCell(3).value).toBe('健全运行高效的管理体系');
    expect(sheet.getRow(23).getCell(1).value).toBe(21);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('publishes the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(['/api/plan', '/api/plan/revisions']));
  });

  it('sends a strict content security policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

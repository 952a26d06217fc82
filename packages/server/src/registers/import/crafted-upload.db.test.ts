import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeInlineCellWorkbook, zipBombWorkbook } from '../../files/__tests__/crafted-workbooks.js';
import { createTestApp, type TestApp } from '../../http/__tests__/test-app.js';
import { multipart } from '../../supervision/__tests__/evidence-samples.js';
import { importUpload } from '../__tests__/register-fixture.js';
import { importJobsOf } from './import-jobs.js';

/**
 * The security review's upload: a town reporter sends an .xlsx of about 150 KB holding one cell of
 * 150 MB, or a zip bomb. Each is refused as a file problem while the server goes on answering.
 */
describe('crafted workbooks uploaded to POST /api/imports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ principal: { id: 'licheng-1', roles: ['town-reporter'], regionCode: 'licheng' } });
  });
  afterAll(async () => t.close());

  for (const [name, make] of [
    ['the 150 MB inline-string cell', () => hugeInlineCellWorkbook(150)],
    ['a zip bomb', () => zipBombWorkbook(200)],
  ] as const) {
    it(`refuses ${name} as a file problem while /api/health keeps answering`, async () => {
      const file = await make();
      const upload = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('patents', 'crafted.xlsx', file) });
      expect(upload.statusCode).toBe(202);
      const { importId } = upload.json<{ importId: string }>();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      await importJobsOf(t.ctx.handle).whenDone(importId);
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

      t.actAs({ id: 'test-office', roles: ['program-office'] });
      const report = (await t.app.inject({ method: 'GET', url: `/api/imports/${importId}` })).json();
      t.actAs({ id: 'licheng-1', roles: ['town-reporter'], regionCode: 'licheng' });
      expect(report.import).toMatchObject({ status: 'refused', records: 0, inserted: 0 });
      expect(report.problems[0]).toMatchObject({ row: 0, severity: 'error' });
      expect(report.problems[0].reason.zh).toContain('压缩比超过 200 倍');
      const patents = await t.ctx.handle.db.selectFrom('register_patents').select('record_key').execute();
      expect(patents).toEqual([]);
    }, 120_000);
  }

  it('refuses a zip bomb sent as the expert pool (专家库) as a problem, not a held-up server', async () => {
    t.actAs({ id: 'test-office', roles: ['program-office'] });
    const imported = await t.app.inject({ method: 'POST', url: '/api/evaluation/experts/import', ...multipart('专家库.xlsx', await zipBombWorkbook(200)) });
    t.actAs({ id: 'licheng-1', roles: ['town-reporter'], regionCode: 'licheng' });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ added: 0, updated: 0, problems: [{ row: 0, message: expect.stringContaining('压缩比超过 200 倍') }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  }, 120_000);
});

import type { Principal } from '@ipcounty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../http/__tests__/test-app.js';
import { csv, importUpload, jinhuAddress, yintuAddress } from '../__tests__/register-fixture.js';
import { importJobsOf } from './import-jobs.js';

const header = ['申请号', '专利类型', '申请日', '授权公告日', '发明名称', '申请（专利权）人', '申请人地址', '法律状态', '失效日'];
const office: Principal = { id: 'test-office', roles: ['program-office'] };
const yintu: Principal = { id: 'yintu-1', roles: ['town-reporter'], regionCode: 'yintu' };

/** Issue #10 point 3: data scope on the import's write side, and the import history scoped like its records. */
describe('a town reporter’s imports', () => {
  let t: TestApp;
  let officeImport: string;
  beforeAll(async () => {
    t = await createTestApp();
    officeImport = await upload(
      office,
      csv([
        header,
        ['202310123456.6', '发明', '2023-01-05', '2024-03-15', '黎城的灌溉装置', '金湖甲公司', jinhuAddress, '有效', ''],
        ['202320123456.1', '实用新型', '2023-01-05', '2023-06-01', '银涂的阀门', '金湖乙公司', yintuAddress, '有效', ''],
        ['202310123457.0', '发明', '2023-02-05', '', '无处安放的材料', '某公司', '火星大道1号', '审中', ''],
      ]),
    );
  });
  afterAll(async () => t.close());

  async function upload(as: Principal, content: string): Promise<string> {
    t.actAs(as);
    const response = await t.app.inject({ method: 'POST', url: '/api/imports', ...importUpload('patents', `${as.id}.csv`, Buffer.from(content)) });
    expect(response.statusCode).toBe(202);
    const { importId } = response.json<{ importId: string }>();
    await importJobsOf(t.ctx.handle).whenDone(importId);
    return importId;
  }
  const get = (as: Principal, url: string) => {
    t.actAs(as);
    return t.app.inject({ method: 'GET', url });
  };
  const stored = () => t.ctx.handle.db.selectFrom('register_patents').select(['record_key', 'region', 'document']).orderBy('record_key').execute();

  it('AS-AC-03 refuses a file holding another town’s record under the same 申请号, and changes nothing', async () => {
    const before = await stored();
    const id = await upload(
      yintu,
      csv([
        header,
        ['202320123456.1', '实用新型', '2023-01-05', '2023-06-01', '银涂的阀门（改）', '金湖乙公司', yintuAddress, '有效', ''],
        // 黎城's patent, claimed with an address in 银涂.
        ['202310123456.6', '发明', '2023-01-05', '2024-03-15', '被挪走的灌溉装置', '金湖甲公司', yintuAddress, '有效', ''],
      ]),
    );
    const report = (await get(yintu, `/api/imports/${id}`)).json();
    expect(report.import).toMatchObject({ status: 'refused', inserted: 0, updated: 0 });
    expect(report.problems[0]).toMatchObject({ row: 3, value: '2023101234566', severity: 'error' });
    expect(report.problems[0].reason.zh).toContain('不在您的数据范围');
    expect(await stored()).toEqual(before);
    expect(before.find((r) => r.record_key === '2023101234566')?.region).toBe('licheng');
    const audit = await t.ctx.handle.db.selectFrom('audit_log').select(['outcome', 'reason_code']).where('object_id', '=', id).where('event_type', '=', 'imports.failed').execute();
    expect(audit).toEqual([{ outcome: 'failure', reason_code: 'outside-scope' }]);
  });

  it('AS-AC-03 still lets the town change its own records', async () => {
    const id = await upload(yintu, csv([header, ['202320123456.1', '实用新型', '2023-01-05', '2023-06-01', '银涂的阀门（改）', '金湖乙公司', yintuAddress, '有效', '']]));
    expect((await get(yintu, `/api/imports/${id}`)).json().import).toMatchObject({ status: 'committed', updated: 1 });
  });

  it('DJ-AC-06 shows a town reporter its own imports only, and 404 for the office’s, problems.xlsx included', async () => {
    const listed = (await get(yintu, '/api/imports')).json();
    const own = await t.ctx.handle.db.selectFrom('register_imports').select('import_id').where('actor_id', '=', 'yintu-1').execute();
    expect(own.length).toBeGreaterThan(0);
    expect(listed.total).toBe(own.length);
    expect(listed.imports.every((i: { actorName: string }) => i.actorName === 'yintu-1')).toBe(true);
    expect(JSON.stringify(listed)).not.toContain('test-office.csv');
    expect((await get(yintu, `/api/imports/${officeImport}`)).statusCode).toBe(404);
    expect((await get(yintu, `/api/imports/${officeImport}/problems.xlsx`)).statusCode).toBe(404);
    expect((await get(office, '/api/imports')).json().total).toBe(own.length + 1);
    expect((await get(office, `/api/imports/${officeImport}`)).statusCode).toBe(200);
  });

  it('DJ-AC-06 counts a town’s own records and shows it no county-wide unresolved address', async () => {
    const patents = (as: Principal) => get(as, '/api/registers').then((r) => r.json().registers.find((x: { kind: string }) => x.kind === 'patents'));
    expect(await patents(office)).toMatchObject({ total: 3, unresolved: 1 });
    expect(await patents(yintu)).toMatchObject({ total: 1, unresolved: 0 });
    expect((await get(office, '/api/addresses/unresolved')).json().total).toBe(1);
    const town = (await get(yintu, '/api/addresses/unresolved')).json();
    expect(town).toMatchObject({ total: 0, addresses: [] });
  });
});

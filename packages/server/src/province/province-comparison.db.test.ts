import { perTenThousandResidents, type ProvinceComparison } from '@ipcounty/domain';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount, seedPassword } from '../accounts/__tests__/seed-accounts.js';
import { systemActor } from '../audit/audit-actor.js';
import { readPlanFile } from '../bootstrap.js';
import { repositoryRoot } from '../config/config.js';
import { addCounty } from '../counties/add-county.js';
import { loadDemoData } from '../demo/demo-data.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { planRepository } from '../plan/plan.repository.js';
import { operatorUser } from '../common/command-context.js';

/**
 * 全省对比 on two counties: 金湖 (the installation's county) and 盱眙, each with demo registers at
 * a different size. Every figure must be the county's own engine's, read from its own dashboard.
 */
describe('the provincial office and the provincial comparison', () => {
  let t: TestApp;
  const browsers: Record<string, TestBrowser> = {};
  const xuyiPlan = () => {
    const plan = readPlanFile(t.ctx.config.PLAN_FILE) as Record<string, unknown>;
    return { ...plan, county: { code: 'xuyi', name: '盱眙县' }, code: 'xuyi-2024-2026' };
  };

  beforeAll(async () => {
    t = await createTestApp({ principal: null });
    const ctx = { handle: t.ctx.handle, clock: t.clock, audit: t.ctx.audit };
    const added = await addCounty({ ctx, user: operatorUser(systemActor, ['system-admin']), plan: xuyiPlan() });
    expect(added.administrators.map((a) => a.login)).toEqual(['admin.xuyi', 'secadmin.xuyi', 'auditor.xuyi']);
    await loadDemoData({ ...ctx, actor: systemActor, countyId: 'jinhu', scale: 0.05 });
    await loadDemoData({ ...ctx, actor: systemActor, countyId: 'xuyi', scale: 0.1 });
    await seedAccount(t.ctx, { login: 'province', roles: ['provincial'] });
    await seedAccount(t.ctx, { login: 'office.jinhu', roles: ['program-office'] });
    // The same role granted in another county's tenant reaches that county alone.
    await seedAccount(t.ctx, { login: 'province.xuyi', roles: ['provincial'], countyId: 'xuyi' });
    await seedAccount(t.ctx, { login: 'sysadmin.jinhu', roles: ['system-admin'] });
    await seedAccount(t.ctx, { login: 'sysadmin.xuyi', roles: ['system-admin'], countyId: 'xuyi' });
    for (const login of ['province', 'office.jinhu', 'province.xuyi', 'sysadmin.jinhu', 'sysadmin.xuyi']) {
      browsers[login] = new TestBrowser(t.app);
      await browsers[login].signIn(login, seedPassword);
    }
  }, 240_000);
  afterAll(async () => t.close());

  it('refuses adding a county that is already loaded, and changes nothing', async () => {
    const ctx = { handle: t.ctx.handle, clock: t.clock, audit: t.ctx.audit };
    await expect(addCounty({ ctx, user: operatorUser(systemActor, ['system-admin']), plan: { ...xuyiPlan(), title: '改' } })).rejects.toMatchObject({ status: 409, code: 'county_exists' });
    expect((await planRepository.revisions(t.ctx.handle.db, 'xuyi')).length).toBe(1);
  });

  it('offers the provincial office every county to switch to, and others their own alone', async () => {
    const own = (await browsers['office.jinhu']!.get('/api/counties')).json();
    expect(own).toEqual({ counties: [{ countyId: 'jinhu', name: '金湖县', nameEn: 'Jinhu County', own: true }], viewing: 'jinhu', province: false, installation: false, installationCounties: [] });
    const all = (await browsers.province!.get('/api/counties')).json();
    // 盱眙's plan gives no English name: it is made from the county code.
    expect(all.counties.map((c: { nameEn: string }) => c.nameEn)).toEqual(['Jinhu County', 'Xuyi County']);
    expect(all.counties.map((c: { countyId: string }) => c.countyId)).toEqual(['jinhu', 'xuyi']);
    expect(all.province).toBe(true);
    const elsewhere = (await browsers['province.xuyi']!.get('/api/counties')).json();
    expect(elsewhere).toMatchObject({ counties: [{ countyId: 'xuyi', own: true }], province: false });
    expect((await browsers['province.xuyi']!.get('/api/plan?county=jinhu')).statusCode).toBe(404);
  });

  it("follows the header's switch (the ipcounty_county cookie) for the provincial office alone, so its pages and downloads show that county", async () => {
    const province = browsers.province!;
    province.cookies.set('ipcounty_county', 'xuyi');
    try {
      expect((await province.get('/api/counties')).json().viewing).toBe('xuyi');
      expect((await province.get('/api/plan')).json().plan.county.code).toBe('xuyi');
      // ?county= still wins over the switch.
      expect((await province.get('/api/plan?county=jinhu')).json().plan.county.code).toBe('jinhu');
      expect((await province.put('/api/plan', { ...xuyiPlan(), title: '被省里改了' })).statusCode).toBe(403);
    } finally {
      province.cookies.delete('ipcounty_county');
    }
    // Left in a browser by another account, the cookie changes nothing for an account of one county.
    const office = browsers['office.jinhu']!;
    office.cookies.set('ipcounty_county', 'xuyi');
    try {
      expect((await office.get('/api/plan')).json().plan.county.code).toBe('jinhu');
      expect((await office.get('/api/counties')).json().viewing).toBe('jinhu');
    } finally {
      office.cookies.delete('ipcounty_county');
    }
  });

  it("lets the provincial office read another county's plan and dashboard, and write nothing there", async () => {
    const plan = await browsers.province!.get('/api/plan?county=xuyi');
    expect(plan.statusCode).toBe(200);
    expect(plan.json().plan.county.code).toBe('xuyi');
    expect((await browsers.province!.get('/api/indicators?county=xuyi')).statusCode).toBe(200);
    const revise = await browsers.province!.put('/api/plan?county=xuyi', { ...xuyiPlan(), title: '被省里改了' });
    expect(revise.statusCode).toBe(403);
    expect((await planRepository.current(t.ctx.handle.db, 'xuyi'))?.plan.title).not.toContain('被省里改了');
  });

  it('shows each county the figures of its own engine: % attained, status, per-10,000 rankings on its own population', async () => {
    const response = await browsers.province!.get('/api/province/comparison?asOf=2026-11-28');
    expect(response.statusCode).toBe(200);
    const c = response.json() as ProvinceComparison;
    expect(c.counties.map((x) => x.countyId)).toEqual(['jinhu', 'xuyi']);
    expect(c.counties.map((x) => [x.name, x.nameEn])).toEqual([['金湖县', 'Jinhu County'], ['盱眙县', 'Xuyi County']]);
    for (const county of c.counties) {
      const dashboard = await t.ctx.indicators.dashboard(county.countyId, '2026-11-28');
      for (const target of dashboard.targets) {
        const shown = county.targets.find((x) => x.code === target.code)!;
        expect([shown.value, shown.attainedPercent, shown.status]).toEqual([target.value, target.attainedPercent, target.status]);
      }
      const perTenK = dashboard.targets.find((x) => x.definition.key === 'effective-invention-patents-per-10k')!;
      expect(county.populationInTenThousands).toBeCloseTo(perTenK.numerator / perTenK.value!, 3);
    }
    const trademarks = c.rankings.find((r) => r.key === 'trademark-registrations')!;
    for (const row of trademarks.rows) {
      const county = c.counties.find((x) => x.countyId === row.countyId)!;
      expect(row.value).toBeCloseTo(perTenThousandResidents(row.countyValue, county.populationInTenThousands)!, 9);
    }
    // 盱眙's registers are twice 金湖's over the same population: it ranks first on every shared figure.
    for (const ranking of c.rankings) expect(ranking.rows.map((r) => [r.countyId, r.rank]), ranking.key).toEqual([['xuyi', 1], ['jinhu', 2]]);
    expect(c.trends.map((x) => x.series.length)).toEqual([2, 2, 2, 2]);
    for (const county of c.counties) expect(c.atRisk.some((r) => r.countyId === county.countyId)).toBe(county.attainment.atRisk);
    expect(c.counties.every((x) => x.latestAcceptance?.kind === 'mock-acceptance')).toBe(true);
  });

  it('exports the comparison as a workbook, and refuses it to anyone but the provincial office', async () => {
    const xlsx = await browsers.province!.get('/api/province/comparison.xlsx?asOf=2026-11-28');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const sheets = async (payload: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(payload as unknown as ArrayBuffer);
      const first = workbook.worksheets[0]!;
      return { names: workbook.worksheets.map((w) => w.name), header: first.getRow(1).getCell(1).value, counties: [2, 3].map((r) => first.getRow(r).getCell(1).value) };
    };
    expect(await sheets(xlsx.rawPayload)).toMatchObject({ header: '县（市）', counties: ['金湖县', '盱眙县'] });
    // In English (the page's lang): every header, sheet and county name in English, no Chinese of the workbook's own.
    const english = await browsers.province!.get('/api/province/comparison.xlsx?asOf=2026-11-28&lang=en');
    expect(english.headers['content-disposition']).toContain('province-comparison-2026-11-28.xlsx');
    const en = await sheets(english.rawPayload);
    expect(en).toMatchObject({ header: 'County', counties: ['Jinhu County', 'Xuyi County'] });
    expect(en.names.filter((n) => /[\u4e00-\u9fff]/.test(n))).toEqual([]);
    for (const login of ['office.jinhu', 'province.xuyi']) {
      const refused = await browsers[login]!.get('/api/province/comparison');
      expect(refused.statusCode, login).toBe(403);
    }
  });

  it("adds a county from its uploaded plan file for the installation administrator alone, with the county's three administrators", async () => {
    // Jinhu's plan file under 桐溪's name: 54,000 characters, longer than any one field the other
    // routes accept (20,000).
    const text = fs
      .readFileSync(path.join(repositoryRoot, 'plans/jinhu-2024-2026.yaml'), 'utf8')
      .replace('code: jinhu-2024-2026', 'code: tongxi-2024-2026')
      .replace('county:\n  code: jinhu\n  name: 金湖县\n  nameEn: Jinhu County', 'county:\n  code: tongxi\n  name: 桐溪县\n  nameEn: Tongxi County');
    expect(text.length).toBeGreaterThan(20_000);
    const body = { planFile: { name: 'demo-tongxi-2024-2026.yaml', text } };
    // A system administrator of another county's tenant does not manage the installation.
    expect((await browsers['sysadmin.xuyi']!.post('/api/counties', body)).statusCode).toBe(403);
    const broken = await browsers['sysadmin.jinhu']!.post('/api/counties', { planFile: { name: 'x.yaml', text: 'code: [unclosed\n' } });
    expect([broken.statusCode, broken.json().error.code]).toEqual([422, 'invalid_plan']);
    expect((await browsers['sysadmin.jinhu']!.get('/api/counties')).json()).toMatchObject({ installation: true, installationCounties: [{ countyId: 'jinhu' }, { countyId: 'xuyi' }] });
    const added = await browsers['sysadmin.jinhu']!.post('/api/counties', body);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ countyId: 'tongxi', name: '桐溪县', nameEn: 'Tongxi County', planCode: 'tongxi-2024-2026' });
    expect(added.json().administrators.map((a: { login: string }) => a.login)).toEqual(['admin.tongxi', 'secadmin.tongxi', 'auditor.tongxi']);
    const all = (await browsers.province!.get('/api/counties')).json();
    expect(all.counties.map((c: { countyId: string }) => c.countyId)).toEqual(['jinhu', 'tongxi', 'xuyi']);
    // The new county's administrator signs in with the one-time password, to an account of 桐溪.
    const admin = new TestBrowser(t.app);
    const signedIn = await admin.post('/api/session', { login: 'admin.tongxi', password: added.json().administrators[0].temporaryPassword });
    expect(signedIn.statusCode).toBe(200);
    const account = await t.ctx.handle.db.selectFrom('users').select('county_id').where('login', '=', 'admin.tongxi').executeTakeFirstOrThrow();
    expect(account.county_id).toBe('tongxi');
  });
});

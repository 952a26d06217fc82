import { can, type PermissionId, type RoleId } from '@ipcounty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccount, seedPassword } from '../accounts/__tests__/seed-accounts.js';
import { readPlanFile } from '../bootstrap.js';
import { systemActor } from '../audit/audit-actor.js';
import { loadDemoData } from '../demo/demo-data.js';
import { importPlan } from '../plan/import-plan.js';
import { planRepository } from '../plan/plan.repository.js';
import { createTestApp, type TestApp } from './__tests__/test-app.js';
import { TestBrowser } from './__tests__/test-browser.js';

/**
 * The county × route matrix (DJ-AC-01 数据范围 across counties). With a second county loaded, an
 * account of 金湖 asks every route the server has about 盱眙 (?county=xuyi), as every role: each
 * answer must be a refusal — 404 unknown_county from the county resolver for the roles the route
 * admits, the bare 403 of the access check for the others — and never data. A route added without
 * going through `request.countyId` fails here. The plan itself names its county in the body, so
 * revising another county's plan is tried separately.
 *
 * The provincial role: the provincial office of the installation (an account of 金湖, the first
 * county) may choose 盱眙 and read it, and every route that changes anything must refuse it there;
 * the same role granted in 盱眙's own tenant reaches 盱眙 alone. By id: 盱眙's demo records, named
 * by their keys without ?county=, do not exist for 金湖's office.
 */

const roles: readonly RoleId[] = ['system-admin', 'security-admin', 'audit-admin', 'program-office', 'unit-reporter', 'town-reporter', 'leader', 'expert'];

/** A value for each path parameter: a plan year, a number, or an id nobody has. */
const fillParams = (url: string) =>
  url.replace(/:(\w+)/g, (_, name: string) => (/year/i.test(name) ? '2025' : /revision|number|seq|page/i.test(name) ? '1' : 'zz-no-such-id'));

const otherCounty = (url: string) => `${fillParams(url)}?county=xuyi`;

describe('the county × route matrix', () => {
  let t: TestApp;
  const browsers = new Map<RoleId, TestBrowser>();
  const provincial = new Map<string, TestBrowser>();
  const signInAs = async (role: RoleId) => {
    const browser = new TestBrowser(t.app);
    await browser.signIn(`user.${role}`, seedPassword);
    browsers.set(role, browser);
  };
  const xuyiPlan = () => {
    const plan = readPlanFile(t.ctx.config.PLAN_FILE) as { county: { code: string; name: string }; code: string; title: string };
    return { ...plan, county: { code: 'xuyi', name: '盱眙县' }, code: 'xuyi-2024-2026' };
  };

  beforeAll(async () => {
    t = await createTestApp({ principal: null });
    await importPlan({ handle: t.ctx.handle, clock: t.clock, actor: 'system', audit: t.ctx.audit, input: xuyiPlan() });
    for (const role of roles)
      await seedAccount(t.ctx, {
        login: `user.${role}`,
        roles: [role],
        unitCode: role === 'unit-reporter' ? 'finance' : null,
        regionCode: role === 'town-reporter' ? 'licheng' : null,
      });
    for (const role of roles) await signInAs(role);
    await seedAccount(t.ctx, { login: 'province', roles: ['provincial'] });
    await seedAccount(t.ctx, { login: 'province.xuyi', roles: ['provincial'], countyId: 'xuyi' });
    for (const login of ['province', 'province.xuyi']) {
      const browser = new TestBrowser(t.app);
      await browser.signIn(login, seedPassword);
      provincial.set(login, browser);
    }
    await loadDemoData({ handle: t.ctx.handle, audit: t.ctx.audit, clock: t.clock, actor: systemActor, countyId: 'xuyi', scale: 0.01 });
  }, 240_000);
  afterAll(async () => t.close());

  it("DJ-AC-01 refuses every route that names another county: 404 unknown_county past the access check, 403 before it, never the other county's data", async () => {
    const routes = t.app.accessRules.filter((rule) => !('public' in rule.access));
    expect(routes.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    const unrefusedByCounty: string[] = [];
    for (const rule of routes) {
      const key = `${rule.method} ${rule.url}`;
      const method = rule.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      let refusedByCounty = 0;
      for (const role of roles) {
        const response = await browsers.get(role)!.request(method, otherCounty(rule.url), body);
        const code = response.statusCode === 404 || response.statusCode === 403 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
        if (response.statusCode === 404 && code === 'unknown_county') refusedByCounty += 1;
        else if (!(response.statusCode === 403 && code === 'forbidden'))
          leaks.push(`${key} ${role}: expected 404 unknown_county or 403 forbidden, got ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
      if (refusedByCounty === 0) unrefusedByCounty.push(key);
    }
    expect(leaks).toEqual([]);
    expect(unrefusedByCounty, 'routes no role reached the county check on').toEqual([]);
  }, 240_000);

  it("DJ-AC-01 lets the installation's provincial office read 盱眙 on every read route and refuses it every route that changes data there", async () => {
    const province = provincial.get('province')!;
    const problems: string[] = [];
    let reads = 0;
    // One's own session, password and authenticator are the account's, not the county's: skipped,
    // or DELETE /api/session would sign the office out half-way.
    for (const rule of t.app.accessRules.filter((r) => 'permission' in r.access)) {
      const key = `${rule.method} ${rule.url}`;
      const method = rule.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const response = await province.request(method, otherCounty(rule.url), method === 'GET' || method === 'DELETE' ? undefined : {});
      const code = response.statusCode >= 400 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
      if (response.statusCode >= 500) problems.push(`${key}: ${response.statusCode}`);
      else if (code === 'unknown_county') problems.push(`${key}: refused 盱眙 to the provincial office`);
      else if (method !== 'GET') {
        // A change whose declared permission the role lacks is refused by the access check (403);
        // the few that declare a read permission and check the write in the command (an upload of
        // evidence) must refuse all the same: never a success.
        const declared = (rule.access as { permission: PermissionId }).permission;
        const refused = can({ id: 'p', roles: ['provincial'] }, declared) ? response.statusCode >= 400 : response.statusCode === 403 && code === 'forbidden';
        if (!refused) problems.push(`${key}: a change in 盱眙 answered ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
      if (method === 'GET' && response.statusCode === 200) reads += 1;
    }
    expect(problems).toEqual([]);
    expect(reads).toBeGreaterThan(30);
  }, 240_000);

  it("DJ-AC-01 keeps a provincial role granted in 盱眙's own tenant out of 金湖 on every route", async () => {
    const elsewhere = provincial.get('province.xuyi')!;
    const leaks: string[] = [];
    for (const rule of t.app.accessRules.filter((r) => !('public' in r.access))) {
      const method = rule.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const response = await elsewhere.request(method, `${fillParams(rule.url)}?county=jinhu`, method === 'GET' || method === 'DELETE' ? undefined : {});
      const code = response.statusCode === 404 || response.statusCode === 403 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
      if (!((response.statusCode === 404 && code === 'unknown_county') || (response.statusCode === 403 && code === 'forbidden')))
        leaks.push(`${rule.method} ${rule.url}: ${response.statusCode} ${response.body.slice(0, 120)}`);
    }
    expect(leaks).toEqual([]);
  }, 240_000);

  it("finds none of 盱眙's records by their keys for 金湖's office, reading, changing or deleting, and leaves them as they were", async () => {
    const office = browsers.get('program-office')!;
    const row = await t.ctx.handle.db.selectFrom('register_patents').select(['record_key', 'document', 'updated_at']).where('county_id', '=', 'xuyi').limit(1).executeTakeFirstOrThrow();
    const url = `/api/registers/patents/${encodeURIComponent(row.record_key)}`;
    expect((await office.get(url)).statusCode).toBe(404);
    // Refused either way: 400 when the cells do not make a record of 金湖's, 403 or 404 otherwise.
    expect([400, 403, 404]).toContain((await office.put(url, { cells: { 发明名称: '被改' } })).statusCode);
    expect([403, 404]).toContain((await office.delete(url)).statusCode);
    const after = await t.ctx.handle.db.selectFrom('register_patents').select(['record_key', 'document', 'updated_at']).where('county_id', '=', 'xuyi').where('record_key', '=', row.record_key).executeTakeFirst();
    expect(after).toEqual(row);
    // 盱眙's own office reads it.
    await seedAccount(t.ctx, { login: 'office.xuyi', roles: ['program-office'], countyId: 'xuyi' });
    const own = new TestBrowser(t.app);
    await own.signIn('office.xuyi', seedPassword);
    expect((await own.get(url)).statusCode).toBe(200);
  });

  it("reads the account's own county when ?county= names it", async () => {
    const office = browsers.get('program-office')!;
    const own = await office.get('/api/plan?county=jinhu');
    expect(own.statusCode).toBe(200);
    expect(own.json().plan.county.code).toBe('jinhu');
    expect((await office.get('/api/plan')).json().plan.county.code).toBe('jinhu');
  });

  it("refuses the program office of 金湖 reading or revising 盱眙's plan, and leaves that plan as it was", async () => {
    const office = browsers.get('program-office')!;
    const read = await office.get('/api/plan?county=xuyi');
    expect(read.statusCode).toBe(404);
    expect(read.json().error.code).toBe('unknown_county');
    expect(read.body).not.toContain('盱眙');

    const revised = { ...xuyiPlan(), title: '盱眙县知识产权强县建设工作方案（被改）' };
    const write = await office.put('/api/plan', revised);
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('other_county');
    const stored = await planRepository.current(t.ctx.handle.db, 'xuyi');
    expect(stored?.revision).toBe(1);
    expect(stored?.plan.title).not.toContain('被改');
    expect(await planRepository.revisions(t.ctx.handle.db, 'xuyi')).toHaveLength(1);
  });
});

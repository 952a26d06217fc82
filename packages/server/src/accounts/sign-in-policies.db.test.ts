import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';

const day = 24 * 60 * 60 * 1000;

/** Issue #10 point 6: the administrator network allow-list and the disabling of dormant accounts. */
describe('sign-in policies', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    for (const [login, role] of [['sys', 'system-admin'], ['sys2', 'system-admin'], ['sec', 'security-admin'], ['aud', 'audit-admin'], ['zhang.wei', 'program-office']] as const)
      await seedAccount(t.ctx, { login, roles: [role] });
  });
  afterEach(async () => t.close());

  const signIn = (login: string, from = '127.0.0.1') =>
    new TestBrowser(t.app, { remoteAddress: from }).post('/api/session', { login, password: seedPassword });
  const reasons = async (login: string) =>
    (await t.ctx.handle.db.selectFrom('audit_log').select('reason_code').where('event_type', '=', 'auth.login').where('actor_name', '=', login).where('outcome', '=', 'failure').execute()).map((r) => r.reason_code);
  const setPolicy = async (change: Record<string, unknown>) => {
    const sec = new TestBrowser(t.app, { remoteAddress: '10.32.0.2' });
    await sec.signIn('sec', seedPassword);
    const policy = (await sec.get('/api/security/policy')).json().policy;
    const put = await sec.put('/api/security/policy', { ...policy, ...change });
    expect(put.statusCode).toBe(200);
    return put.json().policy;
  };

  it('DJ-IP-01 refuses administrators outside the allowed networks, audited, and leaves other users alone', async () => {
    expect((await setPolicy({ administratorNetworks: ['10.32.0.0/16'] })).administratorNetworks).toEqual(['10.32.0.0/16']);
    const outside = await signIn('sys', '192.0.2.10');
    expect(outside.statusCode).toBe(401);
    expect(outside.json().error.code).toBe('sign_in_failed');
    expect(await reasons('sys')).toEqual(['network-not-allowed']);
    expect((await signIn('sys', '10.32.7.1')).statusCode).toBe(200);
    expect((await signIn('zhang.wei', '192.0.2.10')).statusCode).toBe(200);
    // A refused administrator is not locked out by it: it was no guess.
    for (let i = 0; i < 6; i++) await signIn('aud', '192.0.2.10');
    expect((await signIn('aud', '10.32.7.1')).statusCode).toBe(200);
    // The setting is checked like the rest of the policy.
    const sec = new TestBrowser(t.app, { remoteAddress: '10.32.0.2' });
    await sec.signIn('sec', seedPassword);
    const policy = (await sec.get('/api/security/policy')).json().policy;
    expect((await sec.put('/api/security/policy', { ...policy, administratorNetworks: ['intranet'] })).statusCode).toBe(400);
  });

  it('DJ-AC-03 disables an account unused for 90 days at its next sign-in, but keeps the last holder of an administrator role', async () => {
    expect((await setPolicy({})).dormancy).toEqual({ disableAfterDays: 90 });
    t.clock.advance(91 * day);
    expect((await signIn('zhang.wei')).statusCode).toBe(401);
    expect(await reasons('zhang.wei')).toEqual(['account-dormant']);
    const status = (login: string) => t.ctx.handle.db.selectFrom('users').select('status').where('login', '=', login).executeTakeFirstOrThrow();
    expect(await status('zhang.wei')).toEqual({ status: 'disabled' });
    const disabled = await t.ctx.handle.db.selectFrom('audit_log').select(['actor_name', 'details']).where('event_type', '=', 'users.disabled').execute();
    expect(disabled).toHaveLength(1);
    expect(JSON.parse(disabled[0]!.details!)).toMatchObject({ reason: 'dormant' });
    // Two system administrators: the first dormant one goes, the last one stays.
    expect((await signIn('sys')).statusCode).toBe(401);
    expect((await signIn('sys2')).statusCode).toBe(200);
    expect((await signIn('aud')).statusCode).toBe(200);
  });
});

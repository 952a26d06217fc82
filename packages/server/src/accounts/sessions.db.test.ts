import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';

const minute = 60_000;

describe('sessions', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'zhang.wei', roles: ['program-office'] });
    await seedAccount(t.ctx, { login: 'sysadmin', roles: ['system-admin'] });
  });
  afterEach(async () => t.close());

  const sessionCount = async () => (await t.ctx.handle.db.selectFrom('sessions').select('session_id').execute()).length;
  const endedReasons = async () =>
    (await t.ctx.handle.db.selectFrom('audit_log').select('details').where('event_type', '=', 'auth.session-ended').orderBy('seq').execute()).map(
      (r) => JSON.parse(r.details!).reason as string,
    );

  it('DJ-AUTH-02 ends a session idle for 30 minutes: the next call is 401 and the row is gone', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    t.clock.advance(29 * minute);
    expect((await browser.get('/api/plan')).statusCode).toBe(200);
    t.clock.advance(29 * minute); // 58 minutes after sign-in, but only 29 idle
    expect((await browser.get('/api/plan')).statusCode).toBe(200);
    t.clock.advance(31 * minute);
    const expired = await browser.get('/api/plan');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('not_signed_in');
    expect(await sessionCount()).toBe(0);
    expect(browser.cookies.has('ipcounty_session')).toBe(false);
    expect(await endedReasons()).toEqual(['idle-expired']);
  });

  it('AS-SES-03 ends a session after its absolute lifetime of 12 hours however busy it is', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      t.clock.advance(20 * minute);
      expect((await browser.get('/api/plan')).statusCode, `after ${elapsed + 20} minutes`).toBe(200);
    }
    t.clock.advance(20 * minute);
    expect((await browser.get('/api/plan')).statusCode).toBe(401);
    expect(await endedReasons()).toEqual(['absolute-expired']);
  });

  it('AS-SES-04 never accepts a signed-out cookie again', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    const stolen = new TestBrowser(t.app);
    for (const [k, v] of browser.cookies) stolen.cookies.set(k, v);
    expect((await stolen.get('/api/session')).statusCode).toBe(200);

    expect((await browser.delete('/api/session')).statusCode).toBe(204);
    expect(browser.cookies.size).toBe(0);
    expect((await stolen.get('/api/session')).statusCode).toBe(401);
    expect((await stolen.get('/api/plan')).statusCode).toBe(401);
    expect(await sessionCount()).toBe(0);
    const logout = await t.ctx.handle.db.selectFrom('audit_log').selectAll().where('event_type', '=', 'auth.logout').execute();
    expect(logout).toEqual([expect.objectContaining({ actor_name: 'zhang.wei', outcome: 'success' })]);
  });

  it('DJ-AC-03 ends every session of an account the moment it is disabled', async () => {
    const user = new TestBrowser(t.app);
    await user.signIn('zhang.wei', seedPassword);
    const elsewhere = new TestBrowser(t.app);
    await elsewhere.signIn('zhang.wei', seedPassword);
    const admin = new TestBrowser(t.app);
    await admin.signIn('sysadmin', seedPassword);
    const id = (await admin.get('/api/users')).json().users.find((u: { login: string }) => u.login === 'zhang.wei').id;

    const disabled = await admin.post(`/api/users/${id}/disable`);
    expect(disabled.json().user.status).toBe('disabled');
    expect((await user.get('/api/plan')).statusCode).toBe(401);
    expect((await elsewhere.get('/api/plan')).statusCode).toBe(401);
    expect((await new TestBrowser(t.app).post('/api/session', { login: 'zhang.wei', password: seedPassword })).statusCode).toBe(401);

    await admin.post(`/api/users/${id}/enable`);
    expect((await new TestBrowser(t.app).post('/api/session', { login: 'zhang.wei', password: seedPassword })).statusCode).toBe(200);
  });

  it('AS-SES-05 ends the other sessions when the password changes, and "sign out everywhere" ends them all', async () => {
    const here = new TestBrowser(t.app);
    await here.signIn('zhang.wei', seedPassword);
    const there = new TestBrowser(t.app);
    await there.signIn('zhang.wei', seedPassword);
    expect((await here.get('/api/session/all')).json().sessions.map((s: { current: boolean }) => s.current).sort()).toEqual([false, true]);

    await here.post('/api/session/password', { currentPassword: seedPassword, newPassword: 'Willow-Creek-Harbor-9' });
    expect((await there.get('/api/plan')).statusCode).toBe(401);
    expect((await here.get('/api/plan')).statusCode).toBe(200);

    const third = new TestBrowser(t.app);
    await third.signIn('zhang.wei', 'Willow-Creek-Harbor-9');
    expect((await here.delete('/api/session/all')).statusCode).toBe(204);
    expect((await third.get('/api/plan')).statusCode).toBe(401);
    expect((await here.get('/api/plan')).statusCode).toBe(401);
  });

  it('AS-SES-06 keeps at most 3 sessions per account: a 4th sign-in ends the oldest', async () => {
    const browsers = [];
    for (let i = 0; i < 4; i += 1) {
      const browser = new TestBrowser(t.app);
      await browser.signIn('zhang.wei', seedPassword);
      browsers.push(browser);
      t.clock.advance(minute);
    }
    const statuses = await Promise.all(browsers.map(async (b) => (await b.get('/api/plan')).statusCode));
    expect(statuses).toEqual([401, 200, 200, 200]);
    expect(await endedReasons()).toEqual(['evicted']);
  });

  it('AS-CSRF-01 refuses a state-changing request without the session’s token, with another token, or from another origin', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    const change = { currentPassword: seedPassword, newPassword: 'Willow-Creek-Harbor-9' };

    const missing = await browser.request('POST', '/api/session/password', change, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_failed');
    const forged = await browser.request('POST', '/api/session/password', change, { headers: { 'x-csrf-token': 'A'.repeat(43) } });
    expect(forged.statusCode).toBe(403);

    const crossSite = new TestBrowser(t.app, { origin: 'https://evil.example' });
    for (const [k, v] of browser.cookies) crossSite.cookies.set(k, v);
    expect((await crossSite.request('POST', '/api/session/password', change)).statusCode).toBe(403);
    expect((await browser.request('DELETE', '/api/session', undefined, { headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
    expect(await sessionCount()).toBe(1);

    // A sign-in form posted from another site is refused too (login CSRF).
    const loginCsrf = await new TestBrowser(t.app, { origin: 'https://evil.example' }).post('/api/session', { login: 'zhang.wei', password: seedPassword });
    expect(loginCsrf.statusCode).toBe(403);

    expect((await browser.request('POST', '/api/session/password', change)).statusCode).toBe(200);
    const denials = await t.ctx.handle.db.selectFrom('audit_log').select('reason_code').where('event_type', '=', 'access.denied').execute();
    expect(denials.map((d) => d.reason_code)).toEqual(['csrf_failed', 'csrf_failed', 'csrf_failed', 'csrf_failed', 'csrf_failed']);
  });

  it('DJ-RES-01 marks every API response no-store and keeps only the digest of the token in the database', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    expect((await browser.get('/api/plan')).headers['cache-control']).toBe('no-store');
    expect((await browser.get('/api/nothing')).headers['cache-control']).toBe('no-store');
    const token = browser.cookies.get('ipcounty_session')!;
    const rows = await t.ctx.handle.db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('AS-SES-05 lets the security administrator list and end anyone’s session', async () => {
    await seedAccount(t.ctx, { login: 'sec', roles: ['security-admin'] });
    const user = new TestBrowser(t.app);
    await user.signIn('zhang.wei', seedPassword);
    const admin = new TestBrowser(t.app);
    await admin.signIn('sec', seedPassword);
    const sessions = (await admin.get('/api/security/sessions')).json().sessions as { id: string; login: string }[];
    const target = sessions.find((s) => s.login === 'zhang.wei')!;
    expect((await admin.delete(`/api/security/sessions/${target.id}`)).statusCode).toBe(204);
    expect((await user.get('/api/plan')).statusCode).toBe(401);
    expect(await endedReasons()).toEqual(['ended-by-administrator']);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';

const minute = 60_000;
// The server words refusals in English beside their code; the page says them in its own language.
const genericFailure = 'Incorrect login name or password, or too many failed attempts.';

async function auditRows(t: TestApp, eventType: string) {
  return t.ctx.handle.db.selectFrom('audit_log').selectAll().where('event_type', '=', eventType).orderBy('seq').execute();
}

describe('signing in', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'zhang.wei', roles: ['program-office'] });
  });
  afterEach(async () => t.close());

  const browserFrom = (remoteAddress: string) => new TestBrowser(t.app, { remoteAddress });

  it('DJ-AUTH-01 signs in with the login name in any case and width, and sets HttpOnly SameSite=Strict cookies', async () => {
    const browser = new TestBrowser(t.app);
    const response = await browser.signIn('ＺＨＡＮＧ.Wei', seedPassword);
    expect(response.json()).toMatchObject({ user: { login: 'zhang.wei' }, roles: ['program-office'], mustChangePassword: false });
    const cookies = response.headers['set-cookie'] as string[];
    expect(cookies.find((c) => c.startsWith('ipcounty_session='))).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookies.find((c) => c.startsWith('ipcounty_csrf='))).not.toMatch(/HttpOnly/);
    expect((await browser.get('/api/plan')).statusCode).toBe(200);
  });

  it('AS-COOK-01 marks both cookies Secure when a proxy serves HTTPS (TRUST_PROXY)', async () => {
    const secure = await createTestApp({ principal: null, config: { TRUST_PROXY: true } });
    try {
      await seedAccount(secure.ctx, { login: 'li.na', roles: ['leader'] });
      const response = await secure.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { origin: 'https://ip.jinhu.gov.cn', host: 'ip.jinhu.gov.cn', 'x-forwarded-proto': 'https' },
        payload: { login: 'li.na', password: seedPassword },
      });
      expect(response.statusCode).toBe(200);
      for (const cookie of response.headers['set-cookie'] as string[]) expect(cookie).toMatch(/; Secure/);
    } finally {
      await secure.close();
    }
  });

  it('AS-SES-02 gives a new session token at every sign-in, and the old one keeps no power over the new', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    const first = browser.cookies.get('ipcounty_session');
    await browser.signIn('zhang.wei', seedPassword);
    expect(browser.cookies.get('ipcounty_session')).not.toBe(first);
    const digests = await t.ctx.handle.db.selectFrom('sessions').select('token_digest').execute();
    expect(digests.map((d) => d.token_digest)).not.toContain(first);
  });

  it('DJ-AUTH-02 locks the account after 5 failures within 15 minutes: the 6th attempt fails even with the right password', async () => {
    const browser = new TestBrowser(t.app);
    for (let i = 0; i < 5; i += 1) {
      const wrong = await browser.post('/api/session', { login: 'zhang.wei', password: `wrong-password-${i}` });
      expect(wrong.statusCode).toBe(401);
      t.clock.advance(minute);
    }
    const locked = await browser.post('/api/session', { login: 'zhang.wei', password: seedPassword });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error).toEqual({ code: 'sign_in_failed', message: expect.stringContaining(genericFailure) });
    expect(browser.cookies.has('ipcounty_session')).toBe(false);

    const lockRecords = await auditRows(t, 'auth.account-locked');
    expect(lockRecords).toHaveLength(1);
    expect(lockRecords[0]).toMatchObject({ actor_name: 'zhang.wei', outcome: 'success' });
    const refused = (await auditRows(t, 'auth.login')).map((r) => r.reason_code);
    expect(refused).toEqual(['bad-password', 'bad-password', 'bad-password', 'bad-password', 'bad-password', 'account-locked']);

    // 15 minutes after the fifth failure the lock has lifted.
    t.clock.advance(15 * minute);
    expect((await browser.post('/api/session', { login: 'zhang.wei', password: seedPassword })).statusCode).toBe(200);
  });

  it('DJ-AUTH-02 does not lock for 5 failures spread over more than 15 minutes', async () => {
    const browser = new TestBrowser(t.app);
    for (let i = 0; i < 5; i += 1) {
      await browser.post('/api/session', { login: 'zhang.wei', password: 'wrong-password' });
      t.clock.advance(4 * minute);
    }
    expect((await browser.post('/api/session', { login: 'zhang.wei', password: seedPassword })).statusCode).toBe(200);
  });

  it('DJ-AUTH-02 lets the security administrator unlock an account at once, and audits it', async () => {
    await seedAccount(t.ctx, { login: 'sec', roles: ['security-admin'] });
    const user = new TestBrowser(t.app);
    for (let i = 0; i < 5; i += 1) await user.post('/api/session', { login: 'zhang.wei', password: 'wrong-password' });
    expect((await user.post('/api/session', { login: 'zhang.wei', password: seedPassword })).statusCode).toBe(401);

    const admin = new TestBrowser(t.app);
    await admin.signIn('sec', seedPassword);
    const listed = (await admin.get('/api/security/users')).json().users.find((u: { login: string }) => u.login === 'zhang.wei');
    expect(listed.lockedUntil).toBe(new Date(t.clock.now().getTime() + 15 * minute).toISOString());
    expect((await admin.post(`/api/security/users/${listed.id}/unlock`)).statusCode).toBe(204);
    expect((await user.post('/api/session', { login: 'zhang.wei', password: seedPassword })).statusCode).toBe(200);
    expect(await auditRows(t, 'auth.account-unlocked')).toEqual([expect.objectContaining({ actor_name: 'sec', object_id: listed.id })]);
  });

  it('AS-AUTH-07 answers an unknown name exactly as a wrong password, and counts it on the source address only', async () => {
    const browser = browserFrom('10.1.1.1');
    const unknown = await browser.post('/api/session', { login: 'nobody', password: 'wrong-password' });
    const wrong = await browser.post('/api/session', { login: 'zhang.wei', password: 'wrong-password' });
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body);
    const throttles = await t.ctx.handle.db.selectFrom('login_throttles').select(['subject_kind', 'subject_key', 'failures']).orderBy('subject_kind').execute();
    expect(throttles.map((r) => [r.subject_kind, JSON.parse(r.failures).length])).toEqual([
      ['account', 1],
      ['source', 2],
    ]);
    const attempts = await auditRows(t, 'auth.login');
    expect(attempts.map((r) => [r.actor_id === null, r.actor_name, r.reason_code])).toEqual([
      [true, 'nobody', 'unknown-login'],
      [false, 'zhang.wei', 'bad-password'],
    ]);
  });

  it('AS-AUTH-01 throttles an address after 10 failures a minute with 429 and Retry-After, whatever the names', async () => {
    const browser = browserFrom('10.2.2.2');
    for (let i = 0; i < 10; i += 1) {
      const response = await browser.post('/api/session', { login: `guess-${i}`, password: 'wrong-password' });
      expect(response.statusCode).toBe(401);
    }
    const throttled = await browser.post('/api/session', { login: 'zhang.wei', password: seedPassword });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBe(String(15 * 60));
    expect(await auditRows(t, 'auth.source-throttled')).toHaveLength(1);
    // Another address is not affected, and the account itself is not locked.
    expect((await browserFrom('10.3.3.3').post('/api/session', { login: 'zhang.wei', password: seedPassword })).statusCode).toBe(200);
  });

  it('DJ-AC-02 forces a change of an administrator-issued password before anything else works', async () => {
    await seedAccount(t.ctx, { login: 'new.user', roles: ['leader'], temporary: true, password: 'Temp-Issued-Pass-1' });
    const browser = new TestBrowser(t.app);
    const signedIn = await browser.signIn('new.user', 'Temp-Issued-Pass-1');
    expect(signedIn.json()).toMatchObject({ mustChangePassword: true, restriction: 'change-password', password: { state: 'temporary' } });
    const blocked = await browser.get('/api/plan');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    const changed = await browser.post('/api/session/password', { currentPassword: 'Temp-Issued-Pass-1', newPassword: 'Willow-Creek-Harbor-9' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ mustChangePassword: false, restriction: null, password: { state: 'current' } });
    expect((await browser.get('/api/plan')).statusCode).toBe(200);
  });

  it('AS-AUTH-08 refuses an administrator-issued password once its 24 hours have passed', async () => {
    await seedAccount(t.ctx, { login: 'late.user', roles: ['leader'], temporary: true, password: 'Temp-Issued-Pass-2' });
    t.clock.advance(24 * 60 * minute);
    const response = await new TestBrowser(t.app).post('/api/session', { login: 'late.user', password: 'Temp-Issued-Pass-2' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('temporary_password_expired');
  });

  it('DJ-AUTH-01 forces a change once the password is 90 days old', async () => {
    const old = await seedAccount(t.ctx, { login: 'old.user', roles: ['leader'], passwordSetAt: new Date(t.clock.now().getTime() - 91 * 24 * 60 * minute).toISOString() });
    // In use all along (signed in yesterday), so the account is not dormant: only its password is old.
    await t.ctx.handle.db.updateTable('users').set({ last_login_at: new Date(t.clock.now().getTime() - 24 * 60 * minute).toISOString() }).where('user_id', '=', old.userId).execute();
    const response = await new TestBrowser(t.app).signIn('old.user', seedPassword);
    expect(response.json()).toMatchObject({ mustChangePassword: true, password: { state: 'expired' } });
  });

  it('DJ-AUTH-01 refuses a new password that breaks the policy or repeats a recent one, naming each problem', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    const change = (newPassword: string) => browser.post('/api/session/password', { currentPassword: seedPassword, newPassword });
    const codes = async (newPassword: string) => ((await change(newPassword)).json().error.details as { code: string }[]).map((p) => p.code);
    expect(await codes('short1A!')).toEqual(['too-short']);
    expect(await codes('alllowercaseletters')).toEqual(['too-few-character-classes']);
    expect(await codes('Zhang.Wei-2026-ok')).toContain('contains-username');
    expect(await codes('Jinhu-County-2026!')).toContain('contains-context-word');
    expect(await codes(seedPassword)).toEqual(['reused']);
    const wrongCurrent = await browser.post('/api/session/password', { currentPassword: 'not-it', newPassword: 'Willow-Creek-Harbor-9' });
    expect(wrongCurrent.json().error.code).toBe('wrong_current_password');
    expect((await change('Willow-Creek-Harbor-9')).statusCode).toBe(200);
  });

  it('AS-AUTH-11 replaces a hash made with old argon2 parameters at the next sign-in', async () => {
    const { hashPassword } = await import('./password-hashing.js');
    const weak = await hashPassword(seedPassword, { memoryCost: 1024, timeCost: 1, parallelism: 1, outputLen: 32 });
    await t.ctx.handle.db.updateTable('users').set({ password_hash: weak }).where('login', '=', 'zhang.wei').execute();
    await new TestBrowser(t.app).signIn('zhang.wei', seedPassword);
    const stored = await t.ctx.handle.db.selectFrom('users').select('password_hash').where('login', '=', 'zhang.wei').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('DJ-AUTH-01 refuses a second account whose login differs only in case (unique index on the normalised name)', async () => {
    await expect(seedAccount(t.ctx, { login: 'Zhang.Wei' })).rejects.toThrow(/unique|UNIQUE|duplicate/);
  });
});

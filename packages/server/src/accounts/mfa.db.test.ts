import { defaultSecurityPolicy } from '@ipcounty/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';
import { totpCode } from './totp.js';

describe('second factor (TOTP)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'sec', roles: ['security-admin'] });
    await seedAccount(t.ctx, { login: 'auditor', roles: ['audit-admin'] });
    await seedAccount(t.ctx, { login: 'zhang.wei', roles: ['program-office'] });
  });
  afterEach(async () => t.close());

  const code = (secret: string, offsetMs = 0) => totpCode(secret, t.clock.now().getTime() + offsetMs);

  /** Enrols an authenticator for a signed-in browser and returns its secret. */
  async function enrol(browser: TestBrowser): Promise<string> {
    const started = await browser.post('/api/session/mfa');
    expect(started.statusCode).toBe(200);
    const { secret, otpauthUri } = started.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/IPCounty%20%E9%87%91%E6%B9%96%E5%8E%BF:/);
    expect((await browser.post('/api/session/mfa/confirm', { code: '000000' === code(secret) ? '111111' : '000000' })).statusCode).toBe(400);
    const confirmed = await browser.post('/api/session/mfa/confirm', { code: code(secret) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().mfa).toMatchObject({ enrolled: true, pending: false });
    return secret;
  }

  async function requireMfa(): Promise<void> {
    const sec = new TestBrowser(t.app);
    await sec.signIn('sec', seedPassword);
    const response = await sec.put('/api/security/policy', { ...defaultSecurityPolicy, mfa: { enabled: true, alsoRequiredFor: [] } });
    expect(response.statusCode).toBe(200);
    await sec.delete('/api/session');
  }

  it('DJ-AUTH-04 gives no session for a correct password alone once an authenticator is enrolled', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    const secret = await enrol(browser);
    await browser.delete('/api/session');

    const passwordOnly = await browser.post('/api/session', { login: 'zhang.wei', password: seedPassword });
    expect(passwordOnly.statusCode).toBe(401);
    expect(passwordOnly.json().error.code).toBe('totp_required');
    expect(browser.cookies.has('ipcounty_session')).toBe(false);

    t.clock.advance(30_000);
    const signedIn = await browser.signIn('zhang.wei', seedPassword, code(secret));
    expect(signedIn.json().mfa.enrolled).toBe(true);
  });

  it('AS-AUTH-10 accepts each code once: the same code again is refused, even in a new sign-in', async () => {
    const first = new TestBrowser(t.app);
    await first.signIn('zhang.wei', seedPassword);
    const secret = await enrol(first);
    t.clock.advance(30_000);
    const current = code(secret);
    await new TestBrowser(t.app).signIn('zhang.wei', seedPassword, current);
    const replay = await new TestBrowser(t.app).post('/api/session', { login: 'zhang.wei', password: seedPassword, totp: current });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('sign_in_failed');
    // One step of clock drift either way is tolerated.
    t.clock.advance(30_000);
    expect((await new TestBrowser(t.app).post('/api/session', { login: 'zhang.wei', password: seedPassword, totp: code(secret, 30_000) })).statusCode).toBe(200);
  });

  it('DJ-AUTH-04 counts wrong codes toward the account lock', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    const secret = await enrol(browser);
    t.clock.advance(60_000);
    const wrong = code(secret) === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i += 1)
      expect((await new TestBrowser(t.app).post('/api/session', { login: 'zhang.wei', password: seedPassword, totp: wrong })).statusCode).toBe(401);
    const locked = await new TestBrowser(t.app).post('/api/session', { login: 'zhang.wei', password: seedPassword, totp: code(secret) });
    expect(locked.statusCode).toBe(401);
    const reasons = await t.ctx.handle.db.selectFrom('audit_log').select('reason_code').where('event_type', '=', 'auth.login').where('outcome', '=', 'failure').execute();
    expect(reasons.map((r) => r.reason_code)).toEqual(['bad-totp', 'bad-totp', 'bad-totp', 'bad-totp', 'bad-totp', 'account-locked']);
  });

  it('DJ-AUTH-04 makes administrators enrol before anything else once the policy requires a second factor', async () => {
    await requireMfa();
    const auditor = new TestBrowser(t.app);
    const signedIn = await auditor.signIn('auditor', seedPassword);
    expect(signedIn.json()).toMatchObject({ restriction: 'enrol-mfa', mfa: { enrolled: false, required: true } });
    expect((await auditor.get('/api/audit')).json().error.code).toBe('mfa_enrolment_required');
    await enrol(auditor);
    expect((await auditor.get('/api/audit')).statusCode).toBe(200);

    // A business role is not covered by the default setting.
    expect((await new TestBrowser(t.app).signIn('zhang.wei', seedPassword)).json().restriction).toBeNull();
  });

  it('DJ-AUTH-04 asks for the password again to remove an authenticator, and refuses where the policy requires one', async () => {
    const user = new TestBrowser(t.app);
    await user.signIn('zhang.wei', seedPassword);
    await enrol(user);
    expect((await user.post('/api/session/mfa/remove', { password: 'not-the-password' })).json().error.code).toBe('wrong_current_password');
    const removed = await user.post('/api/session/mfa/remove', { password: seedPassword });
    expect(removed.json().mfa.enrolled).toBe(false);

    const auditor = new TestBrowser(t.app);
    await auditor.signIn('auditor', seedPassword);
    await enrol(auditor);
    await requireMfa();
    expect((await auditor.post('/api/session/mfa/remove', { password: seedPassword })).json().error.code).toBe('mfa_required');
    const events = await t.ctx.handle.db.selectFrom('audit_log').select(['event_type', 'actor_name']).where('event_type', 'like', 'auth.mfa-%').orderBy('seq').execute();
    expect(events).toEqual([
      { event_type: 'auth.mfa-enrolled', actor_name: 'zhang.wei' },
      { event_type: 'auth.mfa-removed', actor_name: 'zhang.wei' },
      { event_type: 'auth.mfa-enrolled', actor_name: 'auditor' },
    ]);
  });

  it('DJ-AUTH-04 lets the security administrator remove a lost authenticator; the user’s sessions end', async () => {
    const user = new TestBrowser(t.app);
    await user.signIn('zhang.wei', seedPassword);
    await enrol(user);
    const sec = new TestBrowser(t.app);
    await sec.signIn('sec', seedPassword);
    const id = (await sec.get('/api/security/users')).json().users.find((u: { login: string }) => u.login === 'zhang.wei').id;
    expect((await sec.post(`/api/security/users/${id}/mfa-reset`)).statusCode).toBe(204);
    expect((await user.get('/api/plan')).statusCode).toBe(401);
    expect((await new TestBrowser(t.app).signIn('zhang.wei', seedPassword)).json().mfa.enrolled).toBe(false);
  });
});

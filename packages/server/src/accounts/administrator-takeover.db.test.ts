import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';

/** Issue #10 point 2: 三权分立 held against one administrator taking over another's duty. */
describe('administrators cannot take over each other’s accounts', () => {
  let t: TestApp;
  let sys: TestBrowser;
  let sec: TestBrowser;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    for (const [login, role] of [['sys', 'system-admin'], ['sec', 'security-admin'], ['aud', 'audit-admin'], ['clerk', 'program-office']] as const)
      ids[login] = (await seedAccount(t.ctx, { login, roles: [role] })).userId;
    sys = new TestBrowser(t.app);
    await sys.signIn('sys', seedPassword);
    sec = new TestBrowser(t.app);
    await sec.signIn('sec', seedPassword);
  });
  afterEach(async () => t.close());

  const passwordHash = async (login: string) =>
    (await t.ctx.handle.db.selectFrom('users').select('password_hash').where('login', '=', login).executeTakeFirstOrThrow()).password_hash;
  const denials = async () =>
    (await t.ctx.handle.db.selectFrom('audit_log').select(['object_id', 'reason_code']).where('event_type', '=', 'access.denied').orderBy('seq').execute()).map(
      (d) => `${d.object_id} ${d.reason_code}`,
    );

  it('DJ-AC-04 refuses the system administrator a new password or a profile change for the security and audit administrators', async () => {
    const secHash = await passwordHash('sec');
    for (const login of ['sec', 'aud']) {
      const reset = await sys.post(`/api/users/${ids[login]}/reset-password`);
      expect(reset.statusCode).toBe(403);
      expect(reset.json().error.code).toBe('administrator_account');
      expect(reset.body).not.toContain('temporaryPassword');
      expect((await sys.patch(`/api/users/${ids[login]}`, { displayName: 'taken over', phone: '13900000000' })).statusCode).toBe(403);
    }
    expect(await passwordHash('sec')).toBe(secHash);
    // The security administrator's session lives on: nothing was reset.
    expect((await sec.get('/api/security/users')).statusCode).toBe(200);
    // A business account is still the system administrator's to look after.
    expect((await sys.post(`/api/users/${ids.clerk}/reset-password`)).statusCode).toBe(200);
    expect(await denials()).toEqual([
      'POST /api/users/:id/reset-password administrator_account',
      'PATCH /api/users/:id administrator_account',
      'POST /api/users/:id/reset-password administrator_account',
      'PATCH /api/users/:id administrator_account',
    ]);
  });

  it('DJ-AC-04 refuses the security administrator unlocking, removing the authenticator of, or re-roling another administrator', async () => {
    expect((await sec.post(`/api/security/users/${ids.sys}/unlock`)).statusCode).toBe(403);
    expect((await sec.post(`/api/security/users/${ids.aud}/mfa-reset`)).statusCode).toBe(403);
    const second = (await seedAccount(t.ctx, { login: 'aud2', roles: ['audit-admin'] })).userId;
    const rerole = await sec.put(`/api/security/users/${second}/roles`, { roles: ['leader'] });
    expect(rerole.statusCode).toBe(403);
    expect(rerole.json().error.code).toBe('administrator_account');
    // …while business accounts stay the security administrator's.
    expect((await sec.post(`/api/security/users/${ids.clerk}/unlock`)).statusCode).toBe(204);
    expect((await sec.put(`/api/security/users/${ids.clerk}/roles`, { roles: ['leader'] })).statusCode).toBe(200);
  });

  it('DJ-AC-04 keeps the last auditor and the last system administrator in their roles, as it keeps them enabled', async () => {
    for (const login of ['aud', 'sys']) {
      const put = await sec.put(`/api/security/users/${ids[login]}/roles`, { roles: ['leader'] });
      expect(put.statusCode).toBe(409);
      expect(put.json().error.code).toBe('last_administrator');
    }
    const roles = await t.ctx.handle.db.selectFrom('user_roles').select(['user_id', 'role_id']).where('user_id', 'in', [ids.aud!, ids.sys!]).orderBy('role_id').execute();
    expect(roles.map((r) => r.role_id)).toEqual(['audit-admin', 'system-admin']);
    expect((await sys.post(`/api/users/${ids.aud}/disable`)).json().error.code).toBe('last_administrator');
  });

  it('DJ-AC-04 grants an administrator role only after the holder has replaced the one-time password the system administrator knows', async () => {
    const created = (await sys.post('/api/users', { login: 'new.auditor', displayName: '新审计员' })).json();
    const early = await sec.put(`/api/security/users/${created.user.id}/roles`, { roles: ['audit-admin'] });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('administrator_needs_own_password');
    const holder = new TestBrowser(t.app);
    await holder.signIn('new.auditor', created.temporaryPassword);
    expect((await holder.post('/api/session/password', { currentPassword: created.temporaryPassword, newPassword: 'Granite-Orchard-Lake-7' })).statusCode).toBe(200);
    expect((await sec.put(`/api/security/users/${created.user.id}/roles`, { roles: ['audit-admin'] })).statusCode).toBe(200);
    // Now an administrator: the system administrator can no longer issue it a password.
    expect((await sys.post(`/api/users/${created.user.id}/reset-password`)).statusCode).toBe(403);
  });

  it('DJ-AUTH-04 keeps a session holding only a one-time password from enrolling an authenticator', async () => {
    const policy = (await sec.get('/api/security/policy')).json().policy;
    expect((await sec.put('/api/security/policy', { ...policy, mfa: { enabled: true, alsoRequiredFor: ['program-office'] } })).statusCode).toBe(200);
    const issued = (await sys.post(`/api/users/${ids.clerk}/reset-password`)).json().temporaryPassword as string;
    const intruder = new TestBrowser(t.app);
    await intruder.signIn('clerk', issued);
    for (const path of ['/api/session/mfa', '/api/session/mfa/confirm']) {
      const enrol = await intruder.post(path, { code: '123456' });
      expect(enrol.statusCode, path).toBe(403);
      expect(enrol.json().error.code).toBe('password_change_required');
    }
    const pending = await t.ctx.handle.db.selectFrom('users').select(['totp_pending_secret', 'totp_secret']).where('user_id', '=', ids.clerk!).executeTakeFirstOrThrow();
    expect(pending).toEqual({ totp_pending_secret: null, totp_secret: null });
    // Once the password is the holder's own, enrolment is the next (and only) step.
    expect((await intruder.post('/api/session/password', { currentPassword: issued, newPassword: 'Granite-Orchard-Lake-7' })).json().restriction).toBe('enrol-mfa');
    expect((await intruder.post('/api/session/mfa')).statusCode).toBe(200);
    expect((await intruder.get('/api/plan')).statusCode).toBe(403);
  });
});

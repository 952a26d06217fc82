import { defaultSecurityPolicy } from '@ipcounty/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';
import { bootstrapAdministrators } from './bootstrap-administrators.js';

describe('accounts, roles and the security policy', () => {
  let t: TestApp;
  let sys: TestBrowser;
  let sec: TestBrowser;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'sys', roles: ['system-admin'] });
    await seedAccount(t.ctx, { login: 'sec', roles: ['security-admin'] });
    sys = new TestBrowser(t.app);
    await sys.signIn('sys', seedPassword);
    sec = new TestBrowser(t.app);
    await sec.signIn('sec', seedPassword);
  });
  afterEach(async () => t.close());

  const idOf = async (login: string) => ((await sec.get('/api/security/users')).json().users as { id: string; login: string }[]).find((u) => u.login === login)!.id;

  it('DJ-AC-01 walks an account from creation to first use: created without roles, granted by the security administrator', async () => {
    const created = await sys.post('/api/users', { login: 'Wang.Fang', displayName: '王芳', phone: '13912345678' });
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json();
    expect(user).toMatchObject({ login: 'Wang.Fang', roles: [], passwordTemporary: true, phone: '139****5678', phoneMasked: true });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    expect(JSON.stringify(await t.ctx.handle.db.selectFrom('users').selectAll().execute())).not.toContain(temporaryPassword);

    const duplicate = await sys.post('/api/users', { login: 'WANG.fang', displayName: '另一个王芳' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('login_taken');

    const granted = await sec.put(`/api/security/users/${user.id}/roles`, { roles: ['unit-reporter'], unitCode: 'finance' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().user).toMatchObject({ roles: ['unit-reporter'], unitCode: 'finance' });

    const wang = new TestBrowser(t.app);
    await wang.signIn('wang.fang', temporaryPassword);
    const me = (await wang.post('/api/session/password', { currentPassword: temporaryPassword, newPassword: 'Willow-Creek-Harbor-9' })).json();
    expect(me).toMatchObject({ roles: ['unit-reporter'], unit: { code: 'finance', name: '县财政局' }, permissions: expect.arrayContaining(['plan.read', 'reports.submit']) });
    expect((await wang.get('/api/plan')).statusCode).toBe(200);

    const events = await t.ctx.handle.db.selectFrom('audit_log').select(['event_type', 'actor_name', 'details']).where('object_id', '=', user.id).orderBy('seq').execute();
    expect(events.map((e) => [e.event_type, e.actor_name])).toEqual([
      ['users.created', 'sys'],
      ['roles.changed', 'sec'],
      ['auth.password-changed', 'Wang.Fang'],
    ]);
    // before → after, with the phone number masked even in the audit log.
    expect(JSON.parse(events[0]!.details!)).toMatchObject({ before: null, after: { login: 'Wang.Fang', phone: '139****5678', roles: [] } });
    expect(JSON.parse(events[1]!.details!)).toMatchObject({ before: { roles: [] }, after: { roles: ['unit-reporter'], unitCode: 'finance' } });
  });

  it('DJ-AC-04 refuses two administrator roles on one account, and an administrator with a business role', async () => {
    await seedAccount(t.ctx, { login: 'li.na' });
    const id = await idOf('li.na');
    const twoAdmins = await sec.put(`/api/security/users/${id}/roles`, { roles: ['system-admin', 'audit-admin'] });
    expect(twoAdmins.statusCode).toBe(422);
    expect(twoAdmins.json().error.details.map((p: { code: string }) => p.code)).toEqual(['several-admin-roles']);
    const mixed = await sec.put(`/api/security/users/${id}/roles`, { roles: ['audit-admin', 'leader'] });
    expect(mixed.json().error.details.map((p: { code: string }) => p.code)).toEqual(['admin-with-business-role']);
    const ownRoles = await sec.put(`/api/security/users/${await idOf('sec')}/roles`, { roles: ['security-admin', 'leader'] });
    expect(ownRoles.json().error.details.map((p: { code: string }) => p.code)).toEqual(['own-roles', 'admin-with-business-role']);
    const unknownUnit = await sec.put(`/api/security/users/${id}/roles`, { roles: ['unit-reporter'], unitCode: 'no-such-unit' });
    expect(unknownUnit.json().error.code).toBe('invalid_scope');
  });

  it('DJ-AC-04 keeps the duties apart: the system administrator cannot grant roles, read the audit log or set policy', async () => {
    const id = await idOf('sys');
    const grant = await sys.put(`/api/security/users/${id}/roles`, { roles: ['leader'] });
    expect(grant.statusCode).toBe(403);
    expect(grant.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    expect((await sys.get('/api/audit')).statusCode).toBe(403);
    expect((await sys.put('/api/security/policy', defaultSecurityPolicy)).statusCode).toBe(403);
    expect((await sec.post('/api/users', { login: 'x', displayName: 'x' })).statusCode).toBe(403);
    expect((await sec.get('/api/plan')).statusCode).toBe(403);
    const denials = await t.ctx.handle.db.selectFrom('audit_log').select(['actor_name', 'object_id']).where('event_type', '=', 'access.denied').orderBy('seq').execute();
    expect(denials).toEqual([
      { actor_name: 'sys', object_id: 'PUT /api/security/users/:id/roles' },
      { actor_name: 'sys', object_id: 'GET /api/audit' },
      { actor_name: 'sys', object_id: 'PUT /api/security/policy' },
      { actor_name: 'sec', object_id: 'POST /api/users' },
      { actor_name: 'sec', object_id: 'GET /api/plan' },
    ]);
  });

  it('DJ-AC-05 takes a permission change into effect on the next request, without signing in again', async () => {
    await seedAccount(t.ctx, { login: 'li.na', roles: ['leader'] });
    const li = new TestBrowser(t.app);
    await li.signIn('li.na', seedPassword);
    expect((await li.get('/api/session')).json().permissions).toContain('dashboard.read');
    await sec.put(`/api/security/users/${await idOf('li.na')}/roles`, { roles: ['expert'] });
    const me = (await li.get('/api/session')).json();
    expect(me.roles).toEqual(['expert']);
    expect(me.permissions).not.toContain('dashboard.read');
    // No role at all is not a grant (validateRoleSet): taking everything away is disabling the account.
    expect((await sec.put(`/api/security/users/${await idOf('li.na')}/roles`, { roles: [] })).statusCode).toBe(422);
  });

  it('DJ-PI-02 masks phone numbers in user lists for every viewer without pii.unmask', async () => {
    await seedAccount(t.ctx, { login: 'li.na', phone: '0517-86912345' });
    await seedAccount(t.ctx, { login: 'wang.fang', phone: '+86 139 1234 5678' });
    for (const body of [(await sys.get('/api/users')).body, (await sec.get('/api/security/users')).body]) {
      expect(body).toContain('0517-****2345');
      expect(body).toContain('+86 139****5678');
      expect(body).not.toMatch(/86912345|12345678|1234 5678/);
    }
    expect(await t.ctx.handle.db.selectFrom('audit_log').select('seq').where('event_type', '=', 'pii.unmasked').execute()).toEqual([]);
  });

  it('DJ-AC-03 keeps the last system administrator: nobody disables it, nor their own account', async () => {
    const own = await sys.post(`/api/users/${await idOf('sys')}/disable`);
    expect(own.json().error.code).toBe('own_account');
    const lastSec = await sys.post(`/api/users/${await idOf('sec')}/disable`);
    expect(lastSec.json().error.code).toBe('last_administrator');
  });

  it('AS-AUTH-09 issues a new one-time password that the administrator never chooses; the old one stops working', async () => {
    await seedAccount(t.ctx, { login: 'li.na', roles: ['leader'] });
    const li = new TestBrowser(t.app);
    await li.signIn('li.na', seedPassword);
    const reset = await sys.post(`/api/users/${await idOf('li.na')}/reset-password`, { temporaryPassword: 'Chosen-By-Admin-1' });
    const { temporaryPassword } = reset.json();
    expect(temporaryPassword).not.toBe('Chosen-By-Admin-1');
    expect((await li.get('/api/plan')).statusCode).toBe(401);
    expect((await new TestBrowser(t.app).post('/api/session', { login: 'li.na', password: seedPassword })).statusCode).toBe(401);
    expect((await new TestBrowser(t.app).signIn('li.na', temporaryPassword)).json().mustChangePassword).toBe(true);
  });

  it('DJ-AC-05 validates the security policy before storing it, and audits the change before → after', async () => {
    const tooShort = await sec.put('/api/security/policy', { ...defaultSecurityPolicy, password: { ...defaultSecurityPolicy.password, minLength: 4 } });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.details).toEqual([expect.objectContaining({ path: 'password.minLength' })]);
    const longIdle = await sec.put('/api/security/policy', { ...defaultSecurityPolicy, session: { ...defaultSecurityPolicy.session, idleTimeoutMs: 2 * 3600_000 } });
    expect(longIdle.json().error.details).toEqual([expect.objectContaining({ path: 'session.idleTimeoutMs' })]);

    const stricter = { ...defaultSecurityPolicy, lockout: { ...defaultSecurityPolicy.lockout, account: { ...defaultSecurityPolicy.lockout.account, maxFailures: 3 } } };
    expect((await sec.put('/api/security/policy', stricter)).statusCode).toBe(200);
    expect((await sec.get('/api/security/policy')).json().policy.lockout.account.maxFailures).toBe(3);
    const change = await t.ctx.handle.db.selectFrom('audit_log').select('details').where('event_type', '=', 'security.policy-changed').executeTakeFirstOrThrow();
    const details = JSON.parse(change.details!);
    expect([details.before.lockout.account.maxFailures, details.after.lockout.account.maxFailures]).toEqual([5, 3]);
    expect(details.after.complexityAndRotation.minLength).toBe(12);
  });
});

describe('first start', () => {
  it('DJ-AC-02 creates the three administrators with random one-time passwords, once, and no default password works', async () => {
    const t = await createTestApp({ principal: null });
    try {
      const created = await bootstrapAdministrators(t.ctx.handle, t.ctx.audit, 'jinhu');
      expect(created.map((a) => [a.login, a.role])).toEqual([
        ['admin', 'system-admin'],
        ['secadmin', 'security-admin'],
        ['auditor', 'audit-admin'],
      ]);
      expect(new Set(created.map((a) => a.temporaryPassword)).size).toBe(3);
      expect(await bootstrapAdministrators(t.ctx.handle, t.ctx.audit, 'jinhu')).toEqual([]);

      // Four guesses: a fifth would lock the account (DJ-AUTH-02) and hide whether the real password works.
      for (const guess of ['admin', 'Admin@123', '123456', 'password'])
        expect((await new TestBrowser(t.app).post('/api/session', { login: 'admin', password: guess })).statusCode).toBe(401);
      const admin = new TestBrowser(t.app);
      const me = (await admin.signIn('admin', created[0]!.temporaryPassword)).json();
      expect(me).toMatchObject({ roles: ['system-admin'], mustChangePassword: true });
    } finally {
      await t.close();
    }
  });
});

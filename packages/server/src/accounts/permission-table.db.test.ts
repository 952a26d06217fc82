import { defaultPermissionTable } from '@ipcounty/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';

/** Issue #10 point 6: the security administrator edits the role → permission table; guards keep the duties. */
describe('the role → permission table', () => {
  let t: TestApp;
  let sec: TestBrowser;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    for (const [login, role] of [['sec', 'security-admin'], ['sys', 'system-admin'], ['lead', 'leader']] as const) await seedAccount(t.ctx, { login, roles: [role] });
    sec = new TestBrowser(t.app);
    await sec.signIn('sec', seedPassword);
  });
  afterEach(async () => t.close());

  const withLeader = (grants: Record<string, string>) => ({ table: { ...defaultPermissionTable, leader: grants } });

  it('DJ-AC-05 takes effect on the next request without signing in again, audited with before and after', async () => {
    const leader = new TestBrowser(t.app);
    await leader.signIn('lead', seedPassword);
    expect((await leader.get('/api/registers')).statusCode).toBe(200);
    expect((await sec.get('/api/security/permissions')).json()).toMatchObject({ table: defaultPermissionTable, edited: null });

    const { 'registers.read': _removed, ...withoutRegisters } = defaultPermissionTable.leader;
    const put = await sec.put('/api/security/permissions', withLeader(withoutRegisters));
    expect(put.statusCode).toBe(200);
    expect(put.json().edited).toMatchObject({ by: 'sec' });
    expect((await leader.get('/api/registers')).statusCode).toBe(403);
    expect((await leader.get('/api/plan')).statusCode).toBe(200);
    // The menus follow: the session's permissions no longer list it.
    expect((await leader.get('/api/session')).json().permissions).not.toContain('registers.read');

    const entry = await t.ctx.handle.db.selectFrom('audit_log').select(['actor_name', 'details']).where('event_type', '=', 'permissions.changed').executeTakeFirstOrThrow();
    expect(entry.actor_name).toBe('sec');
    const details = JSON.parse(entry.details!);
    expect(details.before.leader['registers.read']).toBe('all');
    expect(details.after.leader['registers.read']).toBeUndefined();
  });

  it('DJ-AC-04 refuses a table that crosses duties or locks an administrator duty out, and anyone but the security administrator', async () => {
    const crossed = await sec.put('/api/security/permissions', { table: { ...defaultPermissionTable, 'system-admin': { ...defaultPermissionTable['system-admin'], 'audit.read': 'all' } } });
    expect(crossed.statusCode).toBe(422);
    expect(crossed.json().error.details.map((p: { code: string }) => p.code)).toEqual(['duty-crossed']);
    const { 'roles.assign': _gone, ...lockedOut } = defaultPermissionTable['security-admin'];
    const locked = await sec.put('/api/security/permissions', { table: { ...defaultPermissionTable, 'security-admin': lockedOut } });
    expect(locked.statusCode).toBe(422);
    expect(locked.json().error.details.map((p: { code: string }) => p.code)).toEqual(['admin-duty-lost']);
    const writesForLeader = await sec.put('/api/security/permissions', withLeader({ ...defaultPermissionTable.leader, 'registers.write': 'all' }));
    expect(writesForLeader.json().error.details.map((p: { code: string }) => p.code)).toEqual(['leader-writes']);

    const sys = new TestBrowser(t.app);
    await sys.signIn('sys', seedPassword);
    expect((await sys.put('/api/security/permissions', { table: defaultPermissionTable })).statusCode).toBe(403);
    expect(await t.ctx.handle.db.selectFrom('permission_tables').select('county_id').execute()).toEqual([]);
  });
});

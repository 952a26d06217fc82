import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { startSmtpCapture, type SmtpCapture } from '../supervision/__tests__/smtp-capture-server.js';
import { as } from '../supervision/__tests__/supervision-fixture.js';

/**
 * An account's 电子邮箱, as the system administrator types it: kept with the account, shown in the
 * list, changed and removed with the audit log saying before → after, and used at once — a 提醒 to
 * the unit the account reports for reaches that address. 县市场监管局 leads item 18 (due 2026-03-31);
 * on 2026-03-25 the ladder reminds it.
 */
describe('an account’s e-mail address', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  const admin = { id: 'sysadmin-1', roles: ['system-admin'] as string[] };
  const security = { id: 'secadmin-1', roles: ['security-admin'] as string[] };
  let id = '';

  const auditOf = async (event: string) =>
    (await t.ctx.handle.db.selectFrom('audit_log').select('details').where('object_id', '=', id).where('event_type', '=', event).orderBy('seq').execute()).map(
      (e) => JSON.parse(e.details!) as { before: { email?: string | null } | null; after: { email?: string | null } },
    );

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ now: '2026-03-20T09:00:00+08:00', config: { SMTP_HOST: '127.0.0.1', SMTP_PORT: smtp.port, SMTP_FROM: 'IPCounty <ipcounty@jinhu.example>' } });
    await as(t, 'office', 'POST', '/api/supervision/work-items', { year: 2026, taskNumber: 18, title: '建立代理机构非正常申请约谈提醒机制', leadUnit: 'market-supervision', cooperatingUnits: [], deadline: '2026-03-31' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('refuses what is not an address, or longer than 254 characters, and creates nothing', async () => {
    t.actAs(admin);
    for (const email of ['zhou.amr', 'zhou@', `${'a'.repeat(250)}@jinhu.example`]) {
      const refused = await t.app.inject({ method: 'POST', url: '/api/users', payload: { login: 'amr-zhou', displayName: '周敏', email } });
      expect(refused.statusCode, email).toBe(400);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).json().users.some((u: { login: string }) => u.login === 'amr-zhou')).toBe(false);
  });

  it('keeps the address the administrator types, shows it in the list and audits it', async () => {
    t.actAs(admin);
    const created = await t.app.inject({ method: 'POST', url: '/api/users', payload: { login: 'amr-zhou', displayName: '周敏', phone: '13912345678', email: 'zhou.amr@jinhu.example' } });
    expect(created.statusCode).toBe(201);
    id = created.json().user.id;
    expect(created.json().user).toMatchObject({ login: 'amr-zhou', email: 'zhou.amr@jinhu.example', phone: '139****5678' });
    const listed = (await t.app.inject({ method: 'GET', url: '/api/users' })).json().users.find((u: { id: string }) => u.id === id);
    expect(listed.email).toBe('zhou.amr@jinhu.example');
    expect((await auditOf('users.created'))[0]).toMatchObject({ before: null, after: { email: 'zhou.amr@jinhu.example' } });
  });

  it('changes the address, keeps it when left out, and removes it with null', async () => {
    t.actAs(admin);
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, payload });
    expect((await patch({ displayName: '周敏', email: 'min.zhou@jinhu.example' })).json().user.email).toBe('min.zhou@jinhu.example');
    expect((await patch({ displayName: '周 敏' })).json().user.email).toBe('min.zhou@jinhu.example');
    expect((await patch({ displayName: '周敏', email: 'not an address' })).statusCode).toBe(400);
    expect((await patch({ displayName: '周敏', email: null })).json().user.email).toBeNull();
    const changes = await auditOf('users.changed');
    expect(changes.map((c) => [c.before?.email, c.after.email])).toEqual([
      ['zhou.amr@jinhu.example', 'min.zhou@jinhu.example'],
      ['min.zhou@jinhu.example', 'min.zhou@jinhu.example'],
      ['min.zhou@jinhu.example', null],
    ]);
    expect((await patch({ displayName: '周敏', email: 'zhou.amr@jinhu.example' })).statusCode).toBe(200);
  });

  it('a 提醒 to the unit the account reports for reaches the address', async () => {
    t.actAs(security);
    const granted = await t.app.inject({ method: 'PUT', url: `/api/security/users/${id}/roles`, payload: { roles: ['unit-reporter'], unitCode: 'market-supervision' } });
    expect(granted.statusCode).toBe(200);
    t.clock.set('2026-03-25T09:00:00+08:00');
    const run = await as(t, 'office', 'POST', '/api/supervision/run', { asOf: '2026-03-25T09:00:00+08:00' });
    expect(run.statusCode).toBe(200);
    expect(smtp.messages.map((m) => m.to)).toEqual([['zhou.amr@jinhu.example']]);
    expect(smtp.messages[0]!.subject).toMatch(/^【提醒】工作事项：建立代理机构非正常申请约谈提醒机制/);
  });
});

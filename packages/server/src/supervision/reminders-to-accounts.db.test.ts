import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { startSmtpCapture, type SmtpCapture } from './__tests__/smtp-capture-server.js';
import { as } from './__tests__/supervision-fixture.js';

/**
 * Reminders reach the unit's reporters at their accounts' e-mail addresses as well as the contact the
 * unit names, each address once; the office sees the units nobody can be reached at, and the preview
 * says where a run would write before anything goes out. 县市场监管局 leads item 18 (due 2026-03-31)
 * and 县人社局 co-operates; 县科技局 leads item 7 and has neither a contact nor a reporter.
 */
describe('reminders to the accounts of a unit', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  const admin = { id: 'sysadmin-1', roles: ['system-admin'] as string[] };
  const security = { id: 'secadmin-1', roles: ['security-admin'] as string[] };

  /** A reporter account as the administrators make it: created, then given its role and unit, then its e-mail. */
  const reporter = async (login: string, unitCode: string, email: string | null) => {
    t.actAs(admin);
    const created = await t.app.inject({ method: 'POST', url: '/api/users', payload: { login, displayName: login } });
    expect(created.statusCode).toBe(201);
    const id = created.json().user.id as string;
    t.actAs(security);
    const granted = await t.app.inject({ method: 'PUT', url: `/api/security/users/${id}/roles`, payload: { roles: ['unit-reporter'], unitCode } });
    expect(granted.statusCode).toBe(200);
    await t.ctx.handle.db.updateTable('users').set({ email }).where('user_id', '=', id).execute();
  };

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ now: '2026-03-20T09:00:00+08:00', config: { SMTP_HOST: '127.0.0.1', SMTP_PORT: smtp.port, SMTP_FROM: 'IPCounty <ipcounty@jinhu.example>' } });
    await as(t, 'office', 'POST', '/api/supervision/work-items', {
      year: 2026, taskNumber: 18, title: '建立代理机构非正常申请约谈提醒机制', leadUnit: 'market-supervision', cooperatingUnits: ['human-resources'], deadline: '2026-03-31',
    });
    await as(t, 'office', 'POST', '/api/supervision/work-items', { year: 2026, taskNumber: 7, title: '开展专利信息分析', leadUnit: 'science-technology', cooperatingUnits: [], deadline: '2026-11-30' });
    await as(t, 'office', 'PUT', '/api/supervision/contacts/market-supervision', { contactName: '王科员', contactEmail: 'amr@jinhu.example' });
    await reporter('amr-wang', 'market-supervision', 'amr@jinhu.example'); // the named contact's own account: one e-mail, not two
    await reporter('amr-li', 'market-supervision', 'li.amr@jinhu.example');
    await reporter('hr-zhao', 'human-resources', 'zhao.hr@jinhu.example');
    await reporter('hr-qian', 'human-resources', null);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('lists the units answering for work that no e-mail reaches', async () => {
    const units = (await as(t, 'office', 'GET', '/api/supervision/unreachable')).json().units;
    expect(units).toEqual([{ unitCode: 'science-technology', unitName: '县科技局', reporters: 0 }]);
  });

  it('previews the 提醒 with every address it would go to, and sends nothing', async () => {
    t.clock.set('2026-03-25T09:00:00+08:00');
    const preview = (await as(t, 'office', 'GET', '/api/supervision/run/preview?asOf=2026-03-25T09:00:00%2B08:00')).json();
    const entry = preview.entries.find((e: { subjectId: string }) => e.subjectId === 'work-item:2026-t18-1');
    expect(entry).toMatchObject({ level: 'reminder', action: 'send' });
    expect(entry.deliveries).toEqual([
      { unitCode: 'market-supervision', unitName: '县市场监管局', emails: ['amr@jinhu.example', 'li.amr@jinhu.example'] },
      { unitCode: 'human-resources', unitName: '县人社局', emails: ['zhao.hr@jinhu.example'] },
    ]);
    expect(smtp.messages).toEqual([]);
  });

  it('sends the 提醒 to the named contact and every reporter with an address, each once', async () => {
    const run = await as(t, 'office', 'POST', '/api/supervision/run', { asOf: '2026-03-25T09:00:00+08:00' });
    expect(run.statusCode).toBe(200);
    const to = smtp.messages.map((m) => m.to.slice().sort().join(' ')).sort();
    expect(to).toEqual(['amr@jinhu.example li.amr@jinhu.example', 'zhao.hr@jinhu.example']);
    expect(smtp.messages.every((m) => m.subject.startsWith('【提醒】工作事项：建立代理机构非正常申请约谈提醒机制'))).toBe(true);
  });
});

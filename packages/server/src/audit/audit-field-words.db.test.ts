import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../database/transactions.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { recordAudit, type AuditEvent } from './record-audit.js';

/**
 * Every field an audit entry records has words in both languages, so the audit page never shows a
 * field's key: under the tests, recordAudit refuses an entry with a field that has none (and the
 * change it records with it), which makes the tests of any command that starts recording a new,
 * unworded field fail.
 */
describe('audit entries whose fields have no words', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const record = (event: Partial<AuditEvent>) =>
    inWriteTransaction(t.ctx.handle, (tx) => recordAudit(tx, t.ctx.audit, { countyId: 'jinhu', actor: { id: null, name: 'office', roles: ['program-office'] }, action: 'users.changed', entity: 'user', entityId: 'u-1', ...event }));
  const entries = async () => (await t.ctx.handle.db.selectFrom('audit_log').select('object_id').where('object_id', '=', 'u-1').execute()).length;

  it('are refused under the tests, naming the fields and where to word them, and nothing is written', async () => {
    await expect(record({ before: { displayName: '王丽' }, after: { displayName: '王莉', nickname: '小王' } })).rejects.toThrow(/users\.changed records nickname without words: add it to auditFieldWords/);
    await expect(record({ details: { sessionsEnded: 1, moodOfTheDay: 'fine' } })).rejects.toThrow(/moodOfTheDay/);
    expect(await entries()).toBe(0);
  });

  it('are written when every field has words: its own, a role’s, or a register’s declaration', async () => {
    await record({ before: { displayName: '王丽', roles: ['unit-reporter'] }, after: { displayName: '王莉', roles: ['town-reporter'] }, details: { sessionsEnded: 1 } });
    await record({ action: 'permissions.changed', entity: 'permission-table', before: { leader: ['reports.read'] }, after: { leader: [] } });
    await record({ action: 'registers.changed', entity: 'patents', before: { title: '一种阀门' }, after: { title: '一种改进的阀门' }, details: { change: 'edited' } });
    expect(await entries()).toBe(3);
  });
});

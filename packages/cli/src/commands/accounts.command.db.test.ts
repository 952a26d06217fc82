import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../server/src/http/__tests__/test-app.js';
import { TestBrowser } from '../../../server/src/http/__tests__/test-browser.js';
import { seedAccount, seedPassword } from '../../../server/src/accounts/__tests__/seed-accounts.js';
import { runCli } from '../__tests__/run-cli.js';

describe('ipcounty accounts reset-password', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'sys', roles: ['system-admin'] });
    await seedAccount(t.ctx, { login: 'aud', roles: ['audit-admin'] });
  });
  afterEach(async () => t.close());

  it('DJ-AC-04 is the one way to issue an administrator a new password: from the server, audited as the OS user', async () => {
    const sys = new TestBrowser(t.app);
    await sys.signIn('sys', seedPassword);
    const auditorId = (await t.ctx.handle.db.selectFrom('users').select('user_id').where('login', '=', 'aud').executeTakeFirstOrThrow()).user_id;
    expect((await sys.post(`/api/users/${auditorId}/reset-password`)).statusCode).toBe(403);

    const result = await runCli(['accounts', 'reset-password', 'aud', '--json'], { DATABASE_URL: t.database.url });
    expect(result.code).toBe(0);
    const { temporaryPassword } = JSON.parse(result.stdout) as { temporaryPassword: string };
    const auditor = new TestBrowser(t.app);
    expect((await auditor.post('/api/session', { login: 'aud', password: temporaryPassword })).json().restriction).toBe('change-password');

    const entry = await t.ctx.handle.db
      .selectFrom('audit_log')
      .select(['actor_name', 'outcome'])
      .where('event_type', '=', 'auth.password-reset')
      .where('object_id', '=', auditorId)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ actor_name: `cli:${os.userInfo().username}`, outcome: 'success' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAccount, seedPassword } from '../accounts/__tests__/seed-accounts.js';
import { createTestApp, type TestApp } from './__tests__/test-app.js';
import { TestBrowser } from './__tests__/test-browser.js';

/** Issue #10 point 5: a percent-encoded path must meet every check the plain path meets. */
describe('percent-encoded paths', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'zhang.wei', roles: ['program-office'] });
  });
  afterEach(async () => t.close());

  const denials = () =>
    t.ctx.handle.db.selectFrom('audit_log').select(['object_id', 'reason_code']).where('event_type', '=', 'access.denied').orderBy('seq').execute();

  it('AS-CSRF-01 refuses POST /%61pi/session from a foreign origin, audited under the route it reached', async () => {
    const foreign = await new TestBrowser(t.app, { origin: 'https://evil.example' }).post('/%61pi/session', { login: 'zhang.wei', password: seedPassword });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('csrf_failed');
    expect(foreign.headers['cache-control']).toBe('no-store');
    expect(foreign.headers['set-cookie']).toBeUndefined();
    const dotted = await new TestBrowser(t.app, { origin: 'https://evil.example' }).post('/x/%2e%2e/api//session', { login: 'zhang.wei', password: seedPassword });
    expect(dotted.statusCode).toBe(403);
    expect(await denials()).toEqual([
      { object_id: 'POST /api/session', reason_code: 'csrf_failed' },
      { object_id: 'POST /api/session', reason_code: 'csrf_failed' },
    ]);
    expect(await t.ctx.handle.db.selectFrom('sessions').select('session_id').execute()).toEqual([]);
  });

  it('DJ-RES-01 marks encoded API paths no-store and audits their 403 like the plain path', async () => {
    const browser = new TestBrowser(t.app);
    await browser.signIn('zhang.wei', seedPassword);
    const plan = await browser.get('/%61pi/pl%61n');
    expect(plan.statusCode).toBe(200);
    expect(plan.headers['cache-control']).toBe('no-store');
    const users = await browser.get('/%61%70%69/users');
    expect(users.statusCode).toBe(403);
    expect(users.headers['cache-control']).toBe('no-store');
    expect(await denials()).toEqual([{ object_id: 'GET /api/users', reason_code: 'forbidden' }]);
    // A state change through an encoded path still needs the session's CSRF token.
    const noToken = await browser.request('DELETE', '/%61pi/session', undefined, { csrf: false });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
  });
});

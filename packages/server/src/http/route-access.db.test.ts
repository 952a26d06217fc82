import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './__tests__/test-app.js';

describe('route access', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('answers 401 to an anonymous caller of a protected route, and serves public ones', async () => {
    t = await createTestApp({ principal: null });
    const plan = await t.app.inject({ method: 'GET', url: '/api/plan' });
    expect(plan.statusCode).toBe(401);
    expect(plan.json().error.code).toBe('not_signed_in');
    expect(plan.body).not.toContain('金湖');
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('answers 403 without leaking data when the role lacks the permission', async () => {
    t = await createTestApp({ principal: { id: 'leader-1', roles: ['leader'] } });
    expect((await t.app.inject({ method: 'GET', url: '/api/plan' })).statusCode).toBe(200);
    const put = await t.app.inject({ method: 'PUT', url: '/api/plan', payload: { code: 'x' } });
    expect(put.statusCode).toBe(403);
    expect(put.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
  });

  it('lists every API route with its access rule', async () => {
    t = await createTestApp();
    const urls = t.app.accessRules.map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(expect.arrayContaining(['GET /api/health', 'GET /api/plan', 'PUT /api/plan']));
  });
});

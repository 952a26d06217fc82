import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../database/connection.js';
import { buildApp } from '../http/app.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { seedAccount, seedPassword } from './__tests__/seed-accounts.js';

/**
 * Issue #10 point 5: a burst of parallel sign-ins against one account, spread over two server
 * processes (two apps, each with its own database connection), locks at exactly 5 failures.
 */
describe('a parallel sign-in burst', () => {
  let t: TestApp;
  let second: DatabaseHandle;
  let other: FastifyInstance;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'zhang.wei', roles: ['program-office'] });
    second = openDatabase(t.database.url);
    other = await buildApp({ ...t.ctx, handle: second });
  });
  afterEach(async () => {
    await other.close();
    await second.close();
    await t.close();
  });

  /** Fires every attempt at once, alternating between the two processes, from different addresses. */
  const burst = (passwords: string[]) =>
    Promise.all(
      passwords.map((password, i) =>
        (i % 2 === 0 ? t.app : other).inject({
          method: 'POST',
          url: '/api/session',
          headers: { origin: 'http://localhost' },
          remoteAddress: `10.0.0.${i + 1}`,
          payload: { login: 'zhang.wei', password },
        }),
      ),
    );
  const loginReasons = async () => {
    const rows = await t.ctx.handle.db.selectFrom('audit_log').select(['outcome', 'reason_code']).where('event_type', '=', 'auth.login').execute();
    const count: Record<string, number> = {};
    for (const r of rows) {
      const key = r.outcome === 'success' ? 'success' : r.reason_code!;
      count[key] = (count[key] ?? 0) + 1;
    }
    return count;
  };
  const locks = async () => (await t.ctx.handle.db.selectFrom('audit_log').select('seq').where('event_type', '=', 'auth.account-locked').execute()).length;

  it('DJ-AUTH-02 checks exactly 5 of 25 parallel wrong passwords, locks once, and then refuses the right one', async () => {
    const answers = await burst(Array.from({ length: 25 }, (_, i) => `wrong-${i}`));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(25).fill(401));
    expect(await loginReasons()).toEqual({ 'bad-password': 5, 'account-locked': 20 });
    expect(await locks()).toBe(1);
    const right = await t.app.inject({ method: 'POST', url: '/api/session', headers: { origin: 'http://localhost' }, payload: { login: 'zhang.wei', password: seedPassword } });
    expect(right.statusCode).toBe(401);
    expect((await loginReasons())['account-locked']).toBe(21);
  });

  it('DJ-AUTH-02 lets exactly one password of a 10-attempt burst be checked after 4 failures, the right one among them or not', async () => {
    for (const i of [1, 2, 3, 4]) expect((await burst([`wrong-before-${i}`]))[0]!.statusCode).toBe(401);
    const passwords = Array.from({ length: 10 }, (_, i) => (i === 7 ? seedPassword : `wrong-${i}`));
    const answers = await burst(passwords);
    const reasons = await loginReasons();
    const checked = (reasons['bad-password'] ?? 0) - 4 + (reasons.success ?? 0);
    expect(checked).toBe(1);
    expect(reasons['account-locked']).toBe(9);
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(reasons.success ?? 0);
    // Locked or not, the counter stands where one checked attempt leaves it: locked after a 5th failure, cleared after a success.
    expect(await locks()).toBe(reasons.success ? 0 : 1);
  });
});

import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../database/connection.js';
import { buildApp } from './app.js';
import { createTestApp, type TestApp } from './__tests__/test-app.js';

/** Issue #10 point 6: request-rate ceilings shared by every server process through the database. */
describe('rate limits across processes', () => {
  let t: TestApp;
  let second: DatabaseHandle;
  let other: FastifyInstance;
  beforeEach(async () => {
    t = await createTestApp();
    second = openDatabase(t.database.url);
    other = await buildApp(
      { ...t.ctx, handle: second },
      { beforeAuthorization: (app) => app.addHook('onRequest', async (request) => void (request.principal = { id: 'test-office', roles: ['program-office'] })) },
    );
  });
  afterEach(async () => {
    await other.close();
    await second.close();
    await t.close();
  });

  it('AS-RL-01 refuses the 31st bulk request of a minute though the 30 before it went to two processes', async () => {
    const url = `/api/imports/${randomUUID()}/problems.xlsx`;
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push((await (i % 2 === 0 ? t.app : other).inject({ method: 'GET', url })).statusCode);
    expect(answers).toEqual(Array(30).fill(404));
    const over = await other.inject({ method: 'GET', url });
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('rate_limited');
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(429);
    // Another user has a ceiling of their own.
    t.actAs({ id: 'second-office', roles: ['program-office'] });
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    // A minute later the window has passed.
    t.clock.advance(61_000);
    expect((await other.inject({ method: 'GET', url })).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/connection.js';
import { createTestDatabase, type TestDatabase } from '../database/__tests__/test-database.js';
import { serverContext } from '../bootstrap.js';
import { buildApp } from '../http/app.js';
import { fixedClock } from '../common/__tests__/fixed-clock.js';
import { markShuttingDown } from './health.routes.js';

/** /api/health reports readiness: 200 while the database answers, 503 with the reason otherwise. */
describe('GET /api/health', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.drop());

  async function appOn(handle: ReturnType<typeof openDatabase>) {
    const clock = fixedClock('2026-11-28T10:00:00+08:00');
    const config = { ...loadConfig({}), WEB_ROOT: '' };
    return buildApp(serverContext({ config, handle, clock, version: 'test', audit: auditTrailFromConfig(config, clock) }));
  }

  it('answers ready while the database answers, and 503 once it does not', async () => {
    const handle = openDatabase(database.url);
    const app = await appOn(handle);
    const ready = await app.inject({ method: 'GET', url: '/api/health' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', ready: true, database: database.handle.dialect, today: '2026-11-28' });
    expect(ready.json().uptimeSeconds).toBeGreaterThanOrEqual(0);

    await handle.close();
    const lost = await app.inject({ method: 'GET', url: '/api/health' });
    expect(lost.statusCode).toBe(503);
    expect(lost.json()).toEqual({ status: 'unavailable', ready: false, database: database.handle.dialect, reason: 'database', version: 'test' });
    await app.close();
  });

  it('answers 503 from the first shutdown signal on, so no new work is sent', async () => {
    const app = await appOn(database.handle);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    markShuttingDown();
    const draining = await app.inject({ method: 'GET', url: '/api/health' });
    expect(draining.statusCode).toBe(503);
    expect(draining.json().reason).toBe('shutting-down');
    await app.close();
  });
});

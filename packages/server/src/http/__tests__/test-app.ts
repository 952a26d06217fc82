import type { FastifyInstance } from 'fastify';
import type { Principal } from '@ipcounty/domain';
import { loadConfig, type Config } from '../../config/config.js';
import { createTestDatabase, type TestDatabase } from '../../database/__tests__/test-database.js';
import { fixedClock } from '../../common/__tests__/fixed-clock.js';
import { importPlan } from '../../plan/import-plan.js';
import { readPlanFile, serverContext } from '../../bootstrap.js';
import { auditTrailFromConfig } from '../../audit/audit-trail.js';
import { buildApp } from '../app.js';
import type { ServerContext } from '../context.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: ServerContext;
  database: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  /** Act as another user (or anonymous, with null) from the next request on. */
  actAs(principal: Principal | null): void;
  close(): Promise<void>;
}

/** The whole server on a fresh database with Jinhu's plan loaded, clock fixed in the acceptance phase. */
/** Acts as the program office unless told otherwise; pass `principal: null` for an anonymous caller. */
const programOffice: Principal = { id: 'test-office', roles: ['program-office'] };

export async function createTestApp(
  options: { now?: string; loadPlan?: boolean; principal?: Principal | null; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = fixedClock(options.now ?? '2026-11-28T10:00:00+08:00');
  const config: Config = { ...loadConfig({}), WEB_ROOT: '', ...options.config };
  const audit = auditTrailFromConfig(config, clock);
  const ctx: ServerContext = serverContext({ config, handle: database.handle, clock, version: 'test', audit });
  if (options.loadPlan !== false) {
    await importPlan({ handle: database.handle, clock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) });
  }
  let principal = options.principal === undefined ? programOffice : options.principal;
  const app = await buildApp(ctx, {
    beforeAuthorization: (instance) =>
      instance.addHook('onRequest', async (request) => {
        if (principal) request.principal = principal;
      }),
  });
  return {
    app,
    ctx,
    database,
    clock,
    actAs: (next) => {
      principal = next;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

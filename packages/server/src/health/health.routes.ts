import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Health, type HealthUnavailable, shanghaiDate } from '@ipcounty/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';

/** How long the database may take to answer before the server reports itself not ready. */
const DATABASE_TIMEOUT_MS = 2000;

let draining = false;

/** From the first shutdown signal on, /api/health answers 503, so a balancer or supervisor sends no new work. */
export function markShuttingDown(): void {
  draining = true;
}

/**
 * Liveness and readiness in one: 200 when the database answers within two seconds and the server
 * is not shutting down, 503 otherwise with the reason. `ipcounty serve` polls it and restarts a
 * server that stops answering.
 */
export function healthRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['system'],
          summary: 'Liveness and readiness: 200 when the database answers and the server is not shutting down, else 503; today is the date in Asia/Shanghai',
          response: {
            200: z.object({ status: z.literal('ok'), ready: z.literal(true), database: z.enum(['sqlite', 'postgres']), today: z.string(), version: z.string(), uptimeSeconds: z.number() }) satisfies z.ZodType<Health>,
            503: z.object({ status: z.literal('unavailable'), ready: z.literal(false), database: z.enum(['sqlite', 'postgres']), reason: z.enum(['database', 'shutting-down']), version: z.string() }) satisfies z.ZodType<HealthUnavailable>,
          },
        },
      },
      async (_request, reply) => {
        const unavailable = (reason: HealthUnavailable['reason']) =>
          reply.status(503).send({ status: 'unavailable' as const, ready: false as const, database: ctx.handle.dialect, reason, version: ctx.version });
        if (draining) return unavailable('shutting-down');
        if (!(await databaseAnswers(ctx))) return unavailable('database');
        return { status: 'ok' as const, ready: true as const, database: ctx.handle.dialect, today: shanghaiDate(ctx.clock.now()), version: ctx.version, uptimeSeconds: Math.round(process.uptime()) };
      },
    );
  };
}

async function databaseAnswers(ctx: ServerContext): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS)));
  try {
    return await Promise.race([sql`select 1`.execute(ctx.handle.db).then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Health } from '@ipcounty/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';
import { chinaDate } from '../shared/clock.js';

export function healthRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['system'],
          summary: 'Liveness and database reachability; today is the date in Asia/Shanghai',
          response: {
            200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), today: z.string(), version: z.string() }) satisfies z.ZodType<Health>,
          },
        },
      },
      async () => {
        await sql`select 1`.execute(ctx.handle.db);
        return { status: 'ok' as const, database: ctx.handle.dialect, today: chinaDate(ctx.clock.now()), version: ctx.version };
      },
    );
  };
}

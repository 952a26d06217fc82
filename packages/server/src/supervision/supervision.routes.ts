import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServerContext } from '../http/context.js';
import { assessmentRoutes } from './assessment.routes.js';
import { ladderRoutes } from './ladder.routes.js';
import { reportRoutes } from './reports.routes.js';
import { workPlanRoutes } from './work-plan.routes.js';

/** 督查考核 (plan 六(三)): every supervision route under /api/supervision. */
export function supervisionRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(workPlanRoutes(ctx));
    await app.register(reportRoutes(ctx));
    await app.register(ladderRoutes(ctx));
    await app.register(assessmentRoutes(ctx));
  };
}

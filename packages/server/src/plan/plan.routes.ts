import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PlanInForce } from '@ipcounty/domain';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';
import { actorOfRequest } from '../accounts/request-identity.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { sendDownload, xlsxType } from '../http/send-download.js';
import { notFound } from '../common/app-error.js';
import { importPlan } from './import-plan.js';
import { planDocumentRoutes } from './plan-document.routes.js';
import { planRepository } from './plan.repository.js';
import { responsibilityMatrixWorkbook } from './responsibility-matrix-workbook.js';

const countyQuery = z.object({ county: z.string().optional() });
const change = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });

async function currentPlan(ctx: ServerContext, countyId: string) {
  const stored = await planRepository.current(ctx.handle.db, countyId);
  if (!stored) throw notFound('plan');
  return stored;
}

const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };

export function planRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(planDocumentRoutes(ctx));

    app.get(
      '/plan',
      { config: { access: { permission: 'plan.read' } }, schema: { tags: ['plan'], summary: 'The plan in force, with its revision', querystring: countyQuery } },
      async (request): Promise<PlanInForce> => {
        const stored = await currentPlan(ctx, request.countyId);
        return { plan: stored.plan, meta: { revision: stored.revision, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy } };
      },
    );

    app.get(
      '/plan/export',
      { config: { access: { permission: 'plan.read' }, rateLimit: bulk }, schema: { tags: ['plan'], summary: 'Download the plan as a JSON file that `plan import` reads back', querystring: countyQuery } },
      async (request, reply) => {
        const stored = await currentPlan(ctx, request.countyId);
        return sendDownload(ctx, request, reply, {
          fileName: `${stored.plan.code}.json`,
          type: 'application/json; charset=utf-8',
          body: JSON.stringify(stored.plan, null, 2),
          audit: { entity: 'plan' },
        });
      },
    );

    app.put(
      '/plan',
      {
        config: { access: { permission: 'plan.write' }, rateLimit: bulk },
        schema: {
          tags: ['plan'],
          summary: "Load a revision of the county's plan; invalid files, and plans of another county, are refused with every problem and change nothing",
          body: z.unknown(),
          response: {
            200: z.object({ countyId: z.string(), planCode: z.string(), revision: z.number(), changed: z.boolean(), changes: z.array(change) }),
          },
        },
      },
      async (request) =>
        importPlan({ handle: ctx.handle, clock: ctx.clock, actor: actorOfRequest(request), audit: ctx.audit, input: request.body, countyId: request.countyId }),
    );

    app.get(
      '/plan/revisions',
      { config: { access: { permission: 'plan.read' } }, schema: { tags: ['plan'], summary: 'Every revision of the plan: who, when and what changed', querystring: countyQuery } },
      async (request) => ({ revisions: await planRepository.revisions(ctx.handle.db, request.countyId) }),
    );

    app.get(
      '/plan/revisions/:revision',
      {
        config: { access: { permission: 'plan.read' } },
        schema: {
          tags: ['plan'],
          summary: 'The plan as it stood at one revision',
          params: z.object({ revision: z.coerce.number().int().positive() }),
          querystring: countyQuery,
        },
      },
      async (request) => {
        const plan = await planRepository.revisionDocument(ctx.handle.db, request.countyId, request.params.revision);
        if (!plan) throw notFound('revision', request.params.revision);
        return { plan };
      },
    );

    app.get(
      '/plan/responsibility-matrix.xlsx',
      { config: { access: { permission: 'plan.read' }, rateLimit: bulk }, schema: { tags: ['plan'], summary: '责任清单: the task × unit matrix as Excel', querystring: countyQuery } },
      async (request, reply) => {
        const stored = await currentPlan(ctx, request.countyId);
        return sendDownload(ctx, request, reply, {
          fileName: '责任清单.xlsx',
          type: xlsxType,
          body: await responsibilityMatrixWorkbook(stored.plan),
          audit: { entity: 'plan', entityId: 'responsibility-matrix.xlsx' },
        });
      },
    );
  };
}

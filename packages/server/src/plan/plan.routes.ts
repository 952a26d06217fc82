import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PlanInForce } from '@ipcounty/domain';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';
import { resolveCountyId } from '../counties/resolve-county.js';
import { actorOfRequest } from '../accounts/request-identity.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { notFound } from '../shared/app-error.js';
import { importPlan } from './import-plan.js';
import { planRepository } from './plan.repository.js';
import { responsibilityMatrixWorkbook } from './responsibility-matrix-workbook.js';

const countyQuery = z.object({ county: z.string().optional() });
const change = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function currentPlan(ctx: ServerContext, county?: string) {
  const countyId = await resolveCountyId(ctx, county);
  const stored = await planRepository.current(ctx.handle.db, countyId);
  if (!stored) throw notFound('工作方案 / Plan');
  return { countyId, stored };
}

const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };

export function planRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  /** Downloads of data are audited (DJ-AUD-01 导出). */
  const auditDownload = (request: FastifyRequest, countyId: string, what: string) =>
    inWriteTransaction(ctx.handle, (tx) =>
      recordAudit(tx, ctx.audit, { countyId, actor: actorOfRequest(request), action: 'exports.downloaded', entity: 'plan', entityId: what }),
    );

  return async (app) => {
    app.get(
      '/plan',
      { config: { access: { permission: 'plan.read' } }, schema: { tags: ['plan'], summary: 'The plan in force, with its revision', querystring: countyQuery } },
      async (request): Promise<PlanInForce> => {
        const { stored } = await currentPlan(ctx, request.query.county);
        return { plan: stored.plan, meta: { revision: stored.revision, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy } };
      },
    );

    app.get(
      '/plan/export',
      { config: { access: { permission: 'plan.read' }, rateLimit: bulk }, schema: { tags: ['plan'], summary: 'Download the plan as a JSON file that `plan import` reads back', querystring: countyQuery } },
      async (request, reply) => {
        const { countyId, stored } = await currentPlan(ctx, request.query.county);
        await auditDownload(request, countyId, `${stored.plan.code}.json`);
        reply.header('content-disposition', `attachment; filename="${stored.plan.code}.json"`);
        reply.type('application/json; charset=utf-8');
        return JSON.stringify(stored.plan, null, 2);
      },
    );

    app.put(
      '/plan',
      {
        config: { access: { permission: 'plan.write' }, rateLimit: bulk },
        schema: {
          tags: ['plan'],
          summary: 'Load a plan or a revision of it; invalid files are refused with every problem and change nothing',
          body: z.unknown(),
          response: {
            200: z.object({ countyId: z.string(), planCode: z.string(), revision: z.number(), changed: z.boolean(), changes: z.array(change) }),
          },
        },
      },
      async (request) => importPlan({ handle: ctx.handle, clock: ctx.clock, actor: actorOfRequest(request), audit: ctx.audit, input: request.body }),
    );

    app.get(
      '/plan/revisions',
      { config: { access: { permission: 'plan.read' } }, schema: { tags: ['plan'], summary: 'Every revision of the plan: who, when and what changed', querystring: countyQuery } },
      async (request) => {
        const countyId = await resolveCountyId(ctx, request.query.county);
        return { revisions: await planRepository.revisions(ctx.handle.db, countyId) };
      },
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
        const countyId = await resolveCountyId(ctx, request.query.county);
        const plan = await planRepository.revisionDocument(ctx.handle.db, countyId, request.params.revision);
        if (!plan) throw notFound(`第${request.params.revision}版 / Revision ${request.params.revision}`);
        return { plan };
      },
    );

    app.get(
      '/plan/responsibility-matrix.xlsx',
      { config: { access: { permission: 'plan.read' }, rateLimit: bulk }, schema: { tags: ['plan'], summary: '责任清单: the task × unit matrix as Excel', querystring: countyQuery } },
      async (request, reply) => {
        const { countyId, stored } = await currentPlan(ctx, request.query.county);
        await auditDownload(request, countyId, 'responsibility-matrix.xlsx');
        const body = await responsibilityMatrixWorkbook(stored.plan);
        reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('责任清单')}.xlsx`);
        return reply.type(xlsxType).send(body);
      },
    );
  };
}

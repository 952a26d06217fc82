import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actingUser } from '../accounts/request-identity.js';
import { countyQuery } from '../counties/county-of-request.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { AppError, notFound } from '../common/app-error.js';
import { draftPlanFromDocument } from './draft-plan-from-document.js';
import { planDependents } from './plan-dependents.view.js';
import { planRepository } from './plan.repository.js';
import { revisePlan } from './revise-plan.js';
import { validatePlan } from '@ipcounty/domain';

/** A plan document is a few dozen pages: 10 MB holds one with its tables and pictures. */
const maxDocumentBytes = 10 * 1024 * 1024;
const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };
const tags = ['plan'];

const revisionBody = z.object({
  plan: z.unknown(),
  reason: z.string().trim().min(1).max(1000),
  source: z.enum(['document', 'editor']),
  baseRevision: z.number().int().positive().nullable(),
  acknowledgeDependents: z.boolean().optional(),
});

async function uploadedDocument(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new AppError(415, 'multipart_required', 'Upload the file as multipart/form-data');
  const part = await request.file();
  if (!part) throw new AppError(422, 'no_file', 'No file was sent');
  const bytes = await part.toBuffer().catch((error: unknown) => {
    if (part.file.truncated || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'file_too_large', `The file is larger than ${maxDocumentBytes / 1024 / 1024} MB`, undefined, { maxMb: maxDocumentBytes / 1024 / 1024 });
    throw error;
  });
  return { fileName: part.filename || 'plan', bytes };
}

/** The plan from its document (upload → draft → confirm) and the office's own edits, each a revision. */
export function planDocumentRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { files: 1, fields: 2, fileSize: maxDocumentBytes } });

    app.post(
      '/plan/document',
      {
        config: { access: { permission: 'plan.write' }, rateLimit: bulk },
        schema: { tags, summary: "Read a plan's document (.docx or .txt, multipart \"file\") into a draft plan with its source text; nothing is stored", querystring: countyQuery },
      },
      async (request) => draftPlanFromDocument({ ctx, countyId: request.countyId, user: actingUser(request), file: await uploadedDocument(request) }),
    );

    app.post(
      '/plan/dependents',
      {
        config: { access: { permission: 'plan.write' } },
        schema: { tags, summary: 'What points at the targets, units and tasks a changed plan removes or changes, before it is saved', querystring: countyQuery, body: z.object({ plan: z.unknown() }) },
      },
      async (request) => {
        const stored = await planRepository.current(ctx.handle.db, request.countyId);
        if (!stored) throw notFound('plan');
        const validation = validatePlan(request.body.plan);
        if (!validation.ok) throw new AppError(422, 'invalid_plan', 'The plan is invalid', validation.problems);
        return planDependents(ctx.handle.db, request.countyId, stored.plan, validation.plan);
      },
    );

    app.post(
      '/plan/revisions',
      {
        config: { access: { permission: 'plan.write' }, rateLimit: bulk },
        schema: {
          tags,
          summary: "Save the office's change of the plan (from the editor, or a confirmed document) as its next revision, with a reason",
          querystring: countyQuery,
          body: revisionBody,
        },
      },
      async (request) => revisePlan({ ctx, countyId: request.countyId, user: actingUser(request), ...request.body }),
    );
  };
}

import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PublicSurvey, SurveyDraft } from '@ipcounty/domain';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError } from '../http/rate-limits.js';
import { answersSchema, tokenSchema } from './survey-input.schema.js';
import { publicSurvey, publicTarget, saveDraft, startResponse, submitResponse } from './public-response.js';

const tags = ['survey (public)'];
const open = { public: true as const };
const tokenParams = z.object({ token: tokenSchema });
/**
 * A ceiling per address against floods: a respondent saves a draft at most about once a second.
 * Above it the page is told to slow down (429); answers themselves are never refused by a guard,
 * only held (public-response.ts).
 */
const perAddress = { max: 120, timeWindow: 60_000, errorResponseBuilder: rateLimitedError };

/**
 * The public answer page's API, without sign-in. No county is resolved from a session: each call
 * finds the survey, and with it the county, from the token in its path.
 */
export function publicSurveyRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { access: open, rateLimit: perAddress };
    app.get('/public/surveys/:token', { config, schema: { tags, summary: 'The questionnaire of a survey link or invitation code', params: tokenParams } }, async (request): Promise<PublicSurvey> =>
      publicSurvey(ctx, await publicTarget(ctx.handle.db, request.params.token)),
    );

    app.post(
      '/public/surveys/:token/start',
      { config, schema: { tags, summary: 'Resume the answers saved for this device or code, or start a draft', params: tokenParams, body: z.object({ deviceToken: tokenSchema.optional() }) } },
      async (request): Promise<SurveyDraft> => {
        const target = await publicTarget(ctx.handle.db, request.params.token);
        return startResponse({ ctx, target, ...(request.body.deviceToken ? { deviceToken: request.body.deviceToken } : {}), address: request.ip });
      },
    );

    app.put(
      '/public/surveys/:token/draft',
      { config, schema: { tags, summary: 'Save the answers so far', params: tokenParams, body: z.object({ deviceToken: tokenSchema, answers: answersSchema }) } },
      async (request, reply) => {
        await saveDraft({ ctx, target: await publicTarget(ctx.handle.db, request.params.token), deviceToken: request.body.deviceToken, answers: request.body.answers });
        return reply.status(204).send();
      },
    );

    app.post(
      '/public/surveys/:token/submit',
      {
        config,
        schema: { tags, summary: 'Submit the answers (held for review when a guard trips)', params: tokenParams, body: z.object({ deviceToken: tokenSchema, answers: answersSchema, website: z.string().max(500).default('') }) },
      },
      async (request, reply) => {
        const { deviceToken, answers, website } = request.body;
        await submitResponse({ ctx, target: await publicTarget(ctx.handle.db, request.params.token), deviceToken, answers, honeypot: website, address: request.ip });
        return reply.status(204).send();
      },
    );
  };
}

/** /s/<token>: the answer page's own small HTML (survey.html), not the office app. */
export function publicSurveyPage(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const page = ctx.config.WEB_ROOT ? path.join(ctx.config.WEB_ROOT, 'survey.html') : '';
    if (!page || !fs.existsSync(page)) return;
    app.get('/s/:token', async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.readFileSync(page)));
  };
}

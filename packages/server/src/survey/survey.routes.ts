import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can, type HeldResponse, type InvitationCard, type OpenTextAnswer, type SurveyDetail, type SurveyResults, type SurveySummary } from '@ipcounty/domain';
import { z } from 'zod';
import { actingUser } from '../accounts/request-identity.js';
import { countyQuery } from '../counties/county-of-request.js';
import { workbookBuffer } from '../files/table-writer.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { principalOf } from '../http/route-access.js';
import { sendDownload } from '../http/send-download.js';
import { AppError } from '../common/app-error.js';
import { addSurveyChannel } from './add-survey-channel.js';
import { closeDueSurveys, closeSurvey } from './close-survey.js';
import { createSurvey } from './create-survey.js';
import { invitationCards } from './invitation-sheet.js';
import { reviewResponse } from './review-response.js';
import { saveQuestionnaire } from './save-questionnaire.js';
import { publishSurvey, saveSurveyDetails } from './save-survey-details.js';
import { heldResponses, openTextAnswers } from './survey-answers.view.js';
import { channelSchema, surveyDetailsSchema } from './survey-input.schema.js';
import { computeSurveyResult, surveyResults } from './survey-results.js';
import { surveyWorkbook } from './survey-workbook.js';
import type { StoredSurvey } from './survey.repository.js';
import { surveyDetail, surveyOrNotFound, surveySummaries, surveySummary } from './survey.view.js';

const tags = ['survey'];
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const read = { access: { permission: 'dashboard.read' as const } };
const write = { access: { permission: 'registers.write' as const } };
const surveyParams = z.object({ id: z.string().uuid() });

/**
 * 满意度调查 for the office: build the questionnaire from the national template, publish, invite
 * by channel with printed QR codes, review held answers, read the weighted score with its interval
 * and breakdowns, export, and close (which freezes the result and feeds the satisfaction indicator).
 * Every change is audited; a closed survey refuses every change (409 survey_closed).
 */
export function surveyRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  const liveScore = async (survey: StoredSurvey) => (await computeSurveyResult(ctx.handle.db, survey)).result.overall;
  const surveyOf = async (request: FastifyRequest & { params: { id: string } }) => {
    await closeDueSurveys({ ctx, countyId: request.countyId, user: actingUser(request) });
    return surveyOrNotFound(ctx.handle.db, request.countyId, request.params.id);
  };
  const originOf = (request: FastifyRequest) => ctx.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;

  return async (app) => {
    app.get('/surveys', { config: read, schema: { tags, summary: 'The surveys of the county, newest year first, with counts and score', querystring: countyQuery } }, async (request): Promise<SurveySummary[]> => {
      await closeDueSurveys({ ctx, countyId: request.countyId, user: actingUser(request) });
      return surveySummaries(ctx, request.countyId, liveScore);
    });

    app.post('/surveys', { config: write, schema: { tags, summary: 'Create a survey from the national-method template (a draft)', querystring: countyQuery, body: surveyDetailsSchema } }, async (request) => ({
      id: await createSurvey({ ctx, countyId: request.countyId, user: actingUser(request), input: request.body }),
    }));

    app.get('/surveys/:id', { config: read, schema: { tags, summary: 'One survey: questionnaire, versions, settings, channels, open link', params: surveyParams, querystring: countyQuery } }, async (request): Promise<SurveyDetail> => {
      const survey = await surveyOf(request);
      return surveyDetail(ctx, survey, survey.result === null ? await liveScore(survey) : null);
    });

    app.put('/surveys/:id', { config: write, schema: { tags, summary: 'Change the title, dates and guards', params: surveyParams, querystring: countyQuery, body: surveyDetailsSchema } }, async (request, reply) => {
      await saveSurveyDetails({ ctx, countyId: request.countyId, user: actingUser(request), surveyId: request.params.id, input: request.body });
      return reply.status(204).send();
    });

    app.put(
      '/surveys/:id/questionnaire',
      { config: write, schema: { tags, summary: 'Save the questionnaire: in place while unanswered, else as a new version', params: surveyParams, querystring: countyQuery, body: z.unknown() } },
      async (request) => saveQuestionnaire({ ctx, countyId: request.countyId, user: actingUser(request), surveyId: request.params.id, input: request.body }),
    );

    app.post('/surveys/:id/publish', { config: write, schema: { tags, summary: 'Publish: answers are taken from the opening day', params: surveyParams, querystring: countyQuery } }, async (request, reply) => {
      await publishSurvey({ ctx, countyId: request.countyId, user: actingUser(request), surveyId: request.params.id });
      return reply.status(204).send();
    });

    app.post('/surveys/:id/close', { config: write, schema: { tags, summary: 'Close now and freeze the result with its method and version', params: surveyParams, querystring: countyQuery } }, async (request) => {
      const frozen = await closeSurvey({ ctx, countyId: request.countyId, user: actingUser(request), surveyId: request.params.id });
      // The frozen score is now the satisfaction indicator's value: the next dashboard shows it.
      await ctx.indicators.refresh(request.countyId);
      return { score: frozen.result.overall, frozenAt: frozen.frozenAt };
    });

    app.post('/surveys/:id/channels', { config: write, schema: { tags, summary: 'Add a channel (enterprise, association, town) with invitation codes', params: surveyParams, querystring: countyQuery, body: channelSchema } }, async (request) =>
      addSurveyChannel({ ctx, countyId: request.countyId, user: actingUser(request), surveyId: request.params.id, input: request.body }),
    );

    app.get(
      '/surveys/:id/invitations',
      { config: read, schema: { tags, summary: 'Invitation codes with their links and QR codes (SVG), for the printed sheet', params: surveyParams, querystring: countyQuery.extend({ channel: z.string().uuid().optional() }) } },
      async (request): Promise<InvitationCard[]> => invitationCards(ctx.handle.db, await surveyOf(request), originOf(request), request.query.channel),
    );

    app.get('/surveys/:id/results', { config: read, schema: { tags, summary: 'The weighted score overall, per group and dimension, interval, counts and breakdowns', params: surveyParams, querystring: countyQuery } }, async (request): Promise<SurveyResults> => {
      const survey = await surveyOf(request);
      return surveyResults(ctx.handle.db, survey, await surveySummary(ctx, survey, survey.result === null ? await liveScore(survey) : null));
    });

    app.get('/surveys/:id/held', { config: read, schema: { tags, summary: 'Answers held by a guard (and those excluded), for review', params: surveyParams, querystring: countyQuery } }, async (request): Promise<HeldResponse[]> =>
      heldResponses(ctx.handle.db, await surveyOf(request)),
    );

    app.post(
      '/surveys/:id/responses/:responseId/review',
      { config: write, schema: { tags, summary: 'Count or exclude a held answer', params: surveyParams.extend({ responseId: z.string().uuid() }), querystring: countyQuery, body: z.object({ decision: z.enum(['count', 'exclude']) }) } },
      async (request, reply) => {
        await reviewResponse({ ctx, countyId: request.countyId, user: actingUser(request), surveyId: request.params.id, responseId: request.params.responseId, decision: request.body.decision });
        return reply.status(204).send();
      },
    );

    app.get(
      '/surveys/:id/open-text',
      { config: read, schema: { tags, summary: 'Open-text answers, newest first, filtered by a phrase', params: surveyParams, querystring: countyQuery.extend({ q: z.string().max(100).default('') }) } },
      async (request): Promise<OpenTextAnswer[]> => openTextAnswers(ctx.handle.db, await surveyOf(request), request.query.q),
    );

    app.get(
      '/surveys/:id/export',
      {
        config: { access: { permission: 'exports.run' }, rateLimit: { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError } },
        // The export is the results page in a file: it needs the right to read results as well.
        preValidation: async (request) => {
          if (!can(principalOf(request), 'dashboard.read')) throw new AppError(403, 'forbidden', 'You do not have permission to do this');
        },
        schema: { tags, summary: 'Excel: result, method and weights, answers', params: surveyParams, querystring: countyQuery },
      },
      async (request, reply) => {
        const survey = await surveyOf(request);
        const results = await surveyResults(ctx.handle.db, survey, await surveySummary(ctx, survey, null));
        const body = await workbookBuffer(await surveyWorkbook(ctx.handle.db, survey, results));
        return sendDownload(ctx, request, reply, { fileName: `满意度调查-${survey.year}-${survey.title}.xlsx`, type: xlsxType, body, audit: { entity: 'survey', entityId: survey.survey_id } });
      },
    );
  };
}

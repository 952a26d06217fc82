import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dataFilter, type AssessmentView, type UnitScore, variantParam } from '@ipcounty/domain';
import type { ServerContext } from '../http/context.js';
import { AppError } from '../common/app-error.js';
import { actingUser } from '../accounts/request-identity.js';
import { adjustmentRepository } from './assessment/adjustment.repository.js';
import { assessYear } from './assessment/assess-year.js';
import { adjustmentInputSchema, recordAdjustment, removeAdjustment } from './assessment/record-adjustment.js';
import { scoresWorkbook, scoresWorkbookText } from './assessment/scores-workbook.js';
import { requestLanguage } from '../http/request-language.js';
import { reachesUnit } from './data-scope.js';
import { countyQuery } from '../counties/county-of-request.js';
import { yearOf, yearQuery } from './year-of-request.js';
import { sendDownload, xlsxType } from '../http/send-download.js';
import { planOf } from './supervision-context.js';
import { statisticsForecasts } from './statistics-forecasts.js';
import { dashboardView } from './views/dashboard.view.js';

const tags = ['supervision: assessment'];

/** 考核: scores line by line, ranking, 加减分, the Excel export; and the workspace overview. */
export function assessmentRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/supervision/dashboard',
      { config: { access: { permission: 'workitems.read' } }, schema: { tags, summary: 'The supervision workspace of the signed-in user, cut to their data scope', querystring: yearQuery } },
      async (request) => {
        const { countyId } = request;
        const year = yearOf(ctx.clock, request.query);
        const now = ctx.clock.now().toISOString();
        return dashboardView(ctx.handle.db, countyId, await planOf(ctx.handle.db, countyId), actingUser(request).principal, year, now, () => statisticsForecasts(ctx, countyId, now));
      },
    );

    app.get(
      '/supervision/assessment',
      {
        config: { access: { permission: 'reports.read' } },
        schema: { tags, summary: "The year's scores explained line by line and the ranking; a unit sees its own score and place", querystring: yearQuery },
      },
      async (request): Promise<AssessmentView> => {
        const { countyId } = request;
        const year = yearOf(ctx.clock, request.query);
        const { principal } = actingUser(request);
        const plan = await planOf(ctx.handle.db, countyId);
        const assessment = await assessYear(ctx.handle.db, countyId, plan, year, ctx.clock.now().toISOString());
        const everything = dataFilter(principal, 'reports.read').kind === 'all';
        const visible = (s: { unitCode: string }) => everything || reachesUnit(principal, 'reports.read', plan, s.unitCode);
        return {
          year,
          asOf: assessment.asOf,
          scheme: assessment.scheme,
          schemeSet: assessment.schemeSet,
          scores: assessment.scores.filter(visible) satisfies UnitScore[],
          facts: assessment.facts.filter(visible),
          ranking: everything
            ? assessment.ranking
            : {
                overall: assessment.ranking.overall.filter(visible),
                byGroup: Object.fromEntries(Object.entries(assessment.ranking.byGroup).map(([g, rows]) => [g, rows.filter(visible)])),
              },
          unitsAssessed: assessment.scores.length,
          adjustments: everything ? await adjustmentRepository.list(ctx.handle.db, countyId, year) : [],
        };
      },
    );

    app.get(
      '/supervision/assessment.xlsx',
      { config: { access: { permission: 'exports.run' } }, schema: { tags, summary: 'The ranking and every score line as Excel, in the reader’s language (lang, else Accept-Language)', querystring: yearQuery } },
      async (request, reply) => {
        const { countyId } = request;
        const year = yearOf(ctx.clock, request.query);
        const user = actingUser(request);
        if (dataFilter(user.principal, 'reports.read').kind !== 'all')
          throw new AppError(403, 'forbidden', `Only the office and leaders export the assessment`, undefined, { [variantParam]: 'assessment-export' });
        const plan = await planOf(ctx.handle.db, countyId);
        const assessment = await assessYear(ctx.handle.db, countyId, plan, year, ctx.clock.now().toISOString());
        const language = requestLanguage(request);
        return sendDownload(ctx, request, reply, {
          fileName: scoresWorkbookText[language].fileName(year),
          type: xlsxType,
          body: await scoresWorkbook(plan, assessment, language),
          audit: { entity: 'assessment', entityId: String(year), details: { units: assessment.scores.length } },
        });
      },
    );

    app.post(
      '/supervision/adjustments',
      { config: { access: { permission: 'reports.review' } }, schema: { tags, summary: '加分/减分: record a bonus or penalty item of the year’s scheme for a unit', querystring: countyQuery, body: adjustmentInputSchema } },
      async (request, reply) => {
        const { countyId } = request;
        return reply.status(201).send(await recordAdjustment({ ctx, countyId, user: actingUser(request), input: request.body }));
      },
    );

    app.delete(
      '/supervision/adjustments/:id',
      { config: { access: { permission: 'reports.review' } }, schema: { tags, summary: 'Remove a bonus or penalty record', params: z.object({ id: z.string().uuid() }), querystring: countyQuery } },
      async (request, reply) => {
        const { countyId } = request;
        await removeAdjustment({ ctx, countyId, user: actingUser(request), id: request.params.id });
        return reply.status(204).send();
      },
    );
  };
}

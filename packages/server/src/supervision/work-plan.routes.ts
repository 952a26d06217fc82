import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';
import { actingUser } from '../accounts/request-identity.js';
import { generateWorkPlan } from './generate-work-plan.js';
import { copyWorkPlanYear } from './copy-work-plan-year.js';
import { deleteWorkItem } from './delete-work-item.js';
import { recordWorkItemProgress } from './record-work-item-progress.js';
import { countyQuery } from '../counties/county-of-request.js';
import { yearOf, yearQuery } from './year-of-request.js';
import { removeAnnualTarget, saveAnnualTarget } from './save-annual-target.js';
import { saveWorkItem } from './save-work-item.js';
import { saveYearSettings } from './save-year-settings.js';
import { planOf } from './supervision-context.js';
import { workPlanView } from './views/work-plan.view.js';
import { itemIdSchema, workItemInputSchema } from './work-item-input.js';
import { yearSettingsRepository } from './year-settings.repository.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const tags = ['supervision: work plan'];

/** 年度工作计划: work items, annual targets, the year's settings. */
export function workPlanRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/supervision/work-plan',
      { config: { access: { permission: 'workitems.read' } }, schema: { tags, summary: "A year's work items (within your data scope), targets and consistency warnings", querystring: yearQuery } },
      async (request) => {
        const { countyId } = request;
        const year = yearOf(ctx.clock, request.query);
        return workPlanView(ctx.handle.db, countyId, await planOf(ctx.handle.db, countyId), actingUser(request).principal, year, ctx.clock.now().toISOString());
      },
    );

    app.post(
      '/supervision/work-items',
      { config: { access: { permission: 'workitems.write' } }, schema: { tags, summary: 'Add a work item to a year’s plan', querystring: countyQuery, body: workItemInputSchema } },
      async (request, reply) => {
        const { countyId } = request;
        const saved = await saveWorkItem({ ctx, countyId, user: actingUser(request), input: request.body });
        return reply.status(201).send(saved);
      },
    );

    app.put(
      '/supervision/work-items/:itemId',
      {
        config: { access: { permission: 'workitems.write' } },
        schema: { tags, summary: 'Change a work item', params: z.object({ itemId: itemIdSchema }), querystring: countyQuery, body: workItemInputSchema },
      },
      async (request) => {
        const { countyId } = request;
        return saveWorkItem({ ctx, countyId, user: actingUser(request), itemId: request.params.itemId, input: request.body });
      },
    );

    app.delete(
      '/supervision/work-items/:itemId',
      { config: { access: { permission: 'workitems.write' } }, schema: { tags, summary: 'Remove a work item nobody has reported on', params: z.object({ itemId: itemIdSchema }), querystring: countyQuery } },
      async (request, reply) => {
        const { countyId } = request;
        await deleteWorkItem({ ctx, countyId, user: actingUser(request), itemId: request.params.itemId });
        return reply.status(204).send();
      },
    );

    app.put(
      '/supervision/work-items/:itemId/progress',
      {
        config: { access: { permission: 'workitems.progress' } },
        schema: {
          tags,
          summary: '办结 and milestones: record a work item’s completion (its lead unit or the office)',
          params: z.object({ itemId: itemIdSchema }),
          querystring: countyQuery,
          body: z.object({ completedOn: isoDate.nullable(), milestonesCompleted: z.record(z.string(), isoDate).default({}) }),
        },
      },
      async (request) => {
        const { countyId } = request;
        return recordWorkItemProgress({ ctx, countyId, user: actingUser(request), itemId: request.params.itemId, ...request.body });
      },
    );

    app.post(
      '/supervision/work-plan/copy',
      {
        config: { access: { permission: 'workitems.write' } },
        schema: { tags, summary: "Start a year's plan as a copy of another year's (idempotent)", querystring: countyQuery, body: z.object({ fromYear: z.number().int(), toYear: z.number().int() }) },
      },
      async (request) => {
        const { countyId } = request;
        return copyWorkPlanYear({ ctx, countyId, user: actingUser(request), ...request.body });
      },
    );

    app.post(
      '/supervision/work-plan/generate',
      {
        config: { access: { permission: 'workitems.write' } },
        schema: { tags, summary: '按方案生成: one work item per plan task for the year, for the office to edit (fills only the gaps)', querystring: countyQuery, body: z.object({ year: z.number().int() }) },
      },
      async (request) => {
        const { countyId } = request;
        return generateWorkPlan({ ctx, countyId, user: actingUser(request), year: request.body.year });
      },
    );

    app.put(
      '/supervision/targets/:year/:indicatorCode',
      {
        config: { access: { permission: 'workitems.write' } },
        schema: {
          tags,
          summary: 'Set an indicator’s target for a year, for the county and per town; returns the consistency warnings',
          params: z.object({ year: z.coerce.number().int(), indicatorCode: z.string().min(1) }),
          querystring: countyQuery,
          body: z.object({ countyTarget: z.number().finite(), regionTargets: z.record(z.string(), z.number().finite()).default({}) }),
        },
      },
      async (request) => {
        const { countyId } = request;
        return saveAnnualTarget({ ctx, countyId, user: actingUser(request), target: { year: request.params.year, indicatorCode: request.params.indicatorCode, ...request.body } });
      },
    );

    app.delete(
      '/supervision/targets/:year/:indicatorCode',
      {
        config: { access: { permission: 'workitems.write' } },
        schema: { tags, summary: 'Remove an annual target', params: z.object({ year: z.coerce.number().int(), indicatorCode: z.string().min(1) }), querystring: countyQuery },
      },
      async (request, reply) => {
        const { countyId } = request;
        await removeAnnualTarget({ ctx, countyId, user: actingUser(request), ...request.params });
        return reply.status(204).send();
      },
    );

    app.get(
      '/supervision/years/:year/settings',
      { config: { access: { permission: 'workitems.read' } }, schema: { tags, summary: "A year's reporting cycle, assessment scheme and 督办规则 (ladder rules, with where they come from)", params: z.object({ year: z.coerce.number().int() }), querystring: countyQuery } },
      async (request) => {
        const { countyId } = request;
        return yearSettingsRepository.get(ctx.handle.db, countyId, request.params.year);
      },
    );

    app.put(
      '/supervision/years/:year/settings',
      {
        config: { access: { permission: 'workitems.write' } },
        schema: {
          tags,
          summary:
            "Set a year's reporting cycle, assessment scheme and/or 督办规则 (ladderThresholds: yellowWithinDays, urgeAfterDaysOverdue, superviseAfterDaysOverdue, superviseAfterOverdueRounds); null: back to the default scheme, or the last year's ladder rules",
          params: z.object({ year: z.coerce.number().int() }),
          querystring: countyQuery,
          body: z.object({ reportingCycle: z.unknown().optional(), assessmentScheme: z.unknown().optional(), ladderThresholds: z.unknown().optional() }),
        },
      },
      async (request) => {
        const { countyId } = request;
        return saveYearSettings({
          ctx,
          countyId,
          user: actingUser(request),
          year: request.params.year,
          ...(request.body.reportingCycle === undefined ? {} : { reportingCycle: request.body.reportingCycle as never }),
          ...(request.body.assessmentScheme === undefined ? {} : { assessmentScheme: request.body.assessmentScheme }),
          ...(request.body.ladderThresholds === undefined ? {} : { ladderThresholds: request.body.ladderThresholds }),
        });
      },
    );
  };
}

import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dataFilter, reportContentSchema } from '@ipcounty/domain';
import type { ServerContext } from '../http/context.js';
import { AppError, notFound } from '../common/app-error.js';
import { actOnReport, type ReportCommand } from './act-on-report.js';
import { actingUser } from '../accounts/request-identity.js';
import type { ActingUser } from '../common/command-context.js';
import { attachmentRepository } from './attachments/attachment.repository.js';
import { attachmentStore } from '../attachments/attachment-store.js';
import { uploadAttachment } from './attachments/upload-attachment.js';
import { requireReadable } from './data-scope.js';
import { openRound, openRoundInputSchema } from './open-round.js';
import { peopleRepository } from './people.repository.js';
import { reportRepository } from './report.repository.js';
import { countyQuery } from '../counties/county-of-request.js';
import { yearOf, yearQuery } from './year-of-request.js';
import { sendDownload } from '../http/send-download.js';
import { planOf } from './supervision-context.js';
import { presentReport } from './views/report.view.js';
import { roundsView } from './views/rounds.view.js';
import { workPlanRepository } from './work-plan.repository.js';

const tags = ['supervision: reports'];
const reportParams = z.object({ reportId: z.string().min(1).max(300) });

/** 报送与审核: rounds, reports and their workflow, evidence files, approved figures. */
export function reportRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  const present = async (countyId: string, user: ActingUser, reportId: string) => {
    const db = ctx.handle.db;
    const plan = await planOf(db, countyId);
    const report = await reportRepository.report(db, countyId, reportId);
    const what = { subject: 'report', id: reportId };
    if (!report) throw notFound(what);
    requireReadable(user.principal, 'reports.read', plan, [report.unitCode], what);
    const round = (await reportRepository.rounds(db, countyId)).find((r) => r.id === report.roundId)!;
    const item = await workPlanRepository.item(db, countyId, report.workItemId);
    if (!item) throw notFound(what);
    const attachments = await attachmentRepository.ofReport(db, countyId, reportId);
    const people = await peopleRepository.displayNames(db, countyId, [...report.events.map((e) => e.by), ...report.versions.map((v) => v.savedBy)]);
    return presentReport({ plan, principal: user.principal, report, round, item, attachments, people, now: ctx.clock.now().toISOString() });
  };

  const act = (command: (body: never) => ReportCommand) => async (request: { countyId: string; params: { reportId: string }; body: unknown }, user: ActingUser) => {
    const { countyId } = request;
    await actOnReport({ ctx, countyId, user, reportId: request.params.reportId, command: command(request.body as never) });
    return present(countyId, user, request.params.reportId);
  };

  return async (app) => {
    await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: ctx.config.ATTACHMENT_MAX_MB * 1024 * 1024 + 1 } });

    app.get(
      '/supervision/rounds',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: "A year's reporting rounds, opened or proposed by the cycle, with timeliness and completeness per unit", querystring: yearQuery } },
      async (request) => {
        const { countyId } = request;
        const year = yearOf(ctx.clock, request.query);
        return roundsView(ctx.handle.db, countyId, actingUser(request).principal, year, ctx.clock.now().toISOString());
      },
    );

    app.post(
      '/supervision/rounds',
      {
        config: { access: { permission: 'reports.review' } },
        schema: { tags, summary: 'Open a reporting round (or add the forms of items added since it opened)', querystring: countyQuery, body: openRoundInputSchema },
      },
      async (request) => {
        const { countyId } = request;
        return openRound({ ctx, countyId, user: actingUser(request), input: request.body });
      },
    );

    app.get(
      '/supervision/reports/:reportId',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: 'A report with the versions, changes and history you may see, and what you may do', params: reportParams, querystring: countyQuery } },
      async (request) => {
        const { countyId } = request;
        return present(countyId, actingUser(request), request.params.reportId);
      },
    );

    const unitAction = { config: { access: { permission: 'reports.submit' as const } } };
    const officeAction = { config: { access: { permission: 'reports.review' as const } } };

    app.put(
      '/supervision/reports/:reportId',
      { ...unitAction, schema: { tags, summary: 'Save the draft (every change becomes a new version)', params: reportParams, querystring: countyQuery, body: z.object({ content: reportContentSchema }) } },
      async (request) => act((body: { content: unknown }) => ({ type: 'edit', content: body.content }))(request, actingUser(request)),
    );
    app.post(
      '/supervision/reports/:reportId/submit',
      { ...unitAction, schema: { tags, summary: '报送: submit the report', params: reportParams, querystring: countyQuery } },
      async (request) => act(() => ({ type: 'submit' }))(request, actingUser(request)),
    );
    app.post(
      '/supervision/reports/:reportId/withdraw',
      { ...unitAction, schema: { tags, summary: '撤回: take a submission back before the office acts', params: reportParams, querystring: countyQuery } },
      async (request) => act(() => ({ type: 'withdraw' }))(request, actingUser(request)),
    );
    app.post(
      '/supervision/reports/:reportId/approve',
      {
        ...officeAction,
        schema: {
          tags,
          summary: '审核通过: the figures flow into the indicators',
          params: reportParams,
          querystring: countyQuery,
          body: z.object({ comment: z.string().max(1000).optional(), qualityScore: z.number().min(0).max(100).optional() }).default({}),
        },
      },
      async (request) => act((body: { comment?: string; qualityScore?: number }) => ({ type: 'approve', ...body }))(request, actingUser(request)),
    );
    app.post(
      '/supervision/reports/:reportId/return',
      { ...officeAction, schema: { tags, summary: '退回 with the reason', params: reportParams, querystring: countyQuery, body: z.object({ reason: z.string().max(1000) }) } },
      async (request) => act((body: { reason: string }) => ({ type: 'return', reason: body.reason }))(request, actingUser(request)),
    );
    app.post(
      '/supervision/reports/:reportId/reopen',
      { ...officeAction, schema: { tags, summary: 'Reopen an approved report (its figures leave the indicators)', params: reportParams, querystring: countyQuery, body: z.object({ reason: z.string().max(1000) }) } },
      async (request) => act((body: { reason: string }) => ({ type: 'reopen', reason: body.reason }))(request, actingUser(request)),
    );

    app.post(
      '/supervision/reports/:reportId/attachments',
      { ...unitAction, schema: { tags, summary: '上传佐证材料 (multipart, field "file"): PDF, images, Office; type checked by content', params: reportParams, querystring: countyQuery } },
      async (request, reply) => {
        const { countyId } = request;
        if (!request.isMultipart()) throw new AppError(415, 'multipart_required', `Upload the file as multipart/form-data`);
        const file = await request.file();
        if (!file) throw new AppError(422, 'no_file', `No file was sent`);
        const bytes = await file.toBuffer().catch((error: unknown) => {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError(413, 'file_too_large', `The file is larger than ${ctx.config.ATTACHMENT_MAX_MB} MB`, undefined, { maxMb: ctx.config.ATTACHMENT_MAX_MB });
          throw error;
        });
        const attachment = await uploadAttachment({ ctx, countyId, user: actingUser(request), reportId: request.params.reportId, fileName: file.filename, bytes });
        return reply.status(201).send({ id: attachment.id, fileName: attachment.fileName, mediaType: attachment.mediaType, size: attachment.size, uploadedAt: attachment.uploadedAt });
      },
    );

    app.get(
      '/supervision/attachments/:attachmentId',
      {
        config: { access: { permission: 'reports.read' } },
        schema: { tags, summary: 'Download an evidence file (only what you may read; a draft’s files only by its own unit)', params: z.object({ attachmentId: z.string().uuid() }), querystring: countyQuery },
      },
      async (request, reply) => {
        const { countyId } = request;
        const user = actingUser(request);
        const what = { subject: 'attachment', id: request.params.attachmentId };
        const attachment = await attachmentRepository.get(ctx.handle.db, countyId, request.params.attachmentId);
        if (!attachment) throw notFound(what);
        // The report view decides what this reader may see; a file not shown there does not exist for them.
        const view = await present(countyId, user, attachment.reportId).catch(() => {
          throw notFound(what);
        });
        if (!view.attachments.some((a) => a.id === attachment.id)) throw notFound(what);
        const bytes = await attachmentStore(ctx.config.ATTACHMENTS_DIR).read(countyId, attachment.storedName);
        reply.header('cache-control', 'private, no-store');
        return sendDownload(ctx, request, reply, {
          fileName: attachment.fileName,
          type: attachment.mediaType,
          body: bytes,
          audit: { action: 'attachments.downloaded', entity: 'report', entityId: attachment.reportId, details: { attachmentId: attachment.id, fileName: attachment.fileName } },
        });
      },
    );

    app.get(
      '/supervision/reported-values',
      {
        config: { access: { permission: 'reports.read' } },
        schema: { tags, summary: 'Approved reported figures (indicator, unit, period, value, source report), within your data scope', querystring: countyQuery.extend({ indicator: z.string().optional() }) },
      },
      async (request) => {
        const { countyId } = request;
        const values = await reportRepository.approvedValues(ctx.handle.db, countyId, dataFilter(actingUser(request).principal, 'reports.read'), {
          ...(request.query.indicator ? { indicatorCode: request.query.indicator } : {}),
        });
        return { values };
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, dataFilter, type NoticeDocument, type NoticeDraft, type ReminderRow, type RunPreview, type UnreachableUnit } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import type { ServerContext } from '../http/context.js';
import { AppError, notFound } from '../common/app-error.js';
import { actingUser } from '../accounts/request-identity.js';
import { requireReadable, unitScope } from './data-scope.js';
import { ladderRepository } from './ladder.repository.js';
import { asOfInstant, runSupervision } from './ladder/run-supervision.js';
import { draftEditSchema, issueNoticeDraft, reviewNoticeDraft, type DraftStep } from './ladder/notice-draft-commands.js';
import { previewSupervision, unreachable } from './ladder/preview-supervision.js';
import { noticeDraftRepository, publicDraft } from './notice-draft.repository.js';
import { countyQuery } from '../counties/county-of-request.js';
import { sendDownload } from '../http/send-download.js';
import { saveUnitContact, unitContactInputSchema } from './save-unit-contact.js';
import { planOf } from './supervision-context.js';

const tags = ['supervision: ladder'];
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'a date (YYYY-MM-DD, end of that day in Shanghai) or an ISO instant with offset');

/** 督查督办: the ladder run, notifications, the reminder log, 督办单 and unit contacts. */
export function ladderRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/supervision/run',
      {
        config: { access: { permission: 'reports.review' } },
        schema: {
          tags,
          summary: 'Evaluate the ladder (提醒 → 催办 → 督办): send what goes out at once, draft what waits for signature (督办单); never twice',
          querystring: countyQuery,
          body: z.object({ asOf: instant.optional() }).default({}),
        },
      },
      async (request) => {
        const { countyId } = request;
        return runSupervision({ ctx, countyId, actor: actingUser(request).audit, ...(request.body.asOf ? { asOf: asOfInstant(request.body.asOf) } : {}) });
      },
    );

    app.get(
      '/supervision/run/preview',
      {
        config: { access: { permission: 'reports.review' } },
        schema: { tags, summary: 'What a run now would send or draft, and to whom (units and e-mail addresses); sends nothing', querystring: countyQuery.extend({ asOf: instant.optional() }) },
      },
      async (request): Promise<RunPreview> => {
        const { countyId } = request;
        return previewSupervision({ ctx, countyId, now: request.query.asOf ? asOfInstant(request.query.asOf) : ctx.clock.now().toISOString() });
      },
    );

    app.get(
      '/supervision/notice-drafts',
      { config: { access: { permission: 'reports.review' } }, schema: { tags, summary: '督办单 drafted by the ladder, through review and signature, newest first', querystring: countyQuery } },
      async (request): Promise<{ drafts: NoticeDraft[] }> => {
        const { countyId } = request;
        return { drafts: (await noticeDraftRepository.list(ctx.handle.db, countyId)).map(publicDraft) };
      },
    );

    const draftParams = z.object({ draftId: z.string().uuid() });
    const reasonBody = z.object({ reason: z.string().trim().min(1).max(2000) });
    const step = (path: string, summary: string, body: z.ZodType, toStep: (body: never) => DraftStep) =>
      app.post(
        `/supervision/notice-drafts/:draftId/${path}`,
        { config: { access: { permission: 'reports.review' } }, schema: { tags, summary, params: draftParams, querystring: countyQuery, body } },
        async (request) => {
          const { countyId } = request;
          return reviewNoticeDraft({ ctx, countyId, user: actingUser(request), draftId: request.params.draftId, step: toStep(request.body as never) });
        },
      );

    app.put(
      '/supervision/notice-drafts/:draftId',
      { config: { access: { permission: 'reports.review' } }, schema: { tags, summary: 'Edit a draft: its text, recipient and feedback date', params: draftParams, querystring: countyQuery, body: draftEditSchema } },
      async (request) => {
        const { countyId } = request;
        return reviewNoticeDraft({ ctx, countyId, user: actingUser(request), draftId: request.params.draftId, step: { type: 'edit', input: request.body } });
      },
    );
    // A body with the edits sends the draft as edited; none sends it as it stands.
    step('submit', 'Send a reviewed draft for signature (送签), with any last edits', draftEditSchema.nullish(), (body: z.infer<typeof draftEditSchema> | null | undefined) =>
      body ? { type: 'submit', input: body } : { type: 'submit' },
    );
    step('return', 'Send a draft awaiting signature back to the office, with the reason', reasonBody, (body: z.infer<typeof reasonBody>) => ({ type: 'return', reason: body.reason }));
    step('withdraw', 'Withdraw a draft that is not to be sent, with the reason', reasonBody, (body: z.infer<typeof reasonBody>) => ({ type: 'withdraw', reason: body.reason }));

    app.post(
      '/supervision/notice-drafts/:draftId/approve',
      { config: { access: { permission: 'reports.review' } }, schema: { tags, summary: 'Sign a draft (签发): it gets its 文号 and goes out; not by whoever sent it for signature', params: draftParams, querystring: countyQuery } },
      async (request) => {
        const { countyId } = request;
        return issueNoticeDraft({ ctx, countyId, user: actingUser(request), draftId: request.params.draftId });
      },
    );

    app.get(
      '/supervision/unreachable',
      { config: { access: { permission: 'reports.review' } }, schema: { tags, summary: 'Units answering for work that no e-mail reaches (no contact address, no reporter account with one)', querystring: countyQuery } },
      async (request): Promise<{ units: UnreachableUnit[] }> => {
        const { countyId } = request;
        return { units: await unreachable({ ctx, countyId }) };
      },
    );

    app.get(
      '/supervision/notifications',
      {
        config: { access: { permission: 'reports.read' } },
        schema: { tags, summary: 'Notifications to your units (all units for the office), newest first', querystring: countyQuery.extend({ unread: z.enum(['true', 'false']).optional() }) },
      },
      async (request) => {
        const { countyId } = request;
        const filter = dataFilter(actingUser(request).principal, 'reports.read');
        return { notifications: await ladderRepository.notifications(ctx.handle.db, countyId, filter, { unreadOnly: request.query.unread === 'true' }) };
      },
    );

    app.post(
      '/supervision/notifications/:notificationId/read',
      { config: { access: { signedIn: true } }, schema: { tags, summary: 'Mark a notification to your unit as read', params: z.object({ notificationId: z.string().uuid() }), querystring: countyQuery } },
      async (request, reply) => {
        const { countyId } = request;
        const { principal } = actingUser(request);
        const plan = await planOf(ctx.handle.db, countyId);
        const n = await ladderRepository.notification(ctx.handle.db, countyId, request.params.notificationId);
        const what = { subject: 'notification', id: request.params.notificationId };
        if (!n) throw notFound(what);
        requireReadable(principal, 'reports.read', plan, [n.unitCode], what);
        const scope = unitScope(plan, n.unitCode);
        // Reading is not changing anything, but a leader's read-only account records nothing at all.
        if (!can(principal, 'reports.submit', scope) && !can(principal, 'reports.review', scope))
          throw new AppError(403, 'forbidden', `You do not have permission to do this`);
        await inWriteTransaction(ctx.handle, (tx) => ladderRepository.markRead(tx, countyId, n.id, ctx.clock.now().toISOString()));
        return reply.status(204).send();
      },
    );

    app.get(
      '/supervision/reminders',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: 'The reminder log: every rung sent, to whom and why', querystring: countyQuery } },
      async (request): Promise<{ reminders: ReminderRow[] }> => {
        const { countyId } = request;
        const filter = dataFilter(actingUser(request).principal, 'reports.read');
        const reminders = await ladderRepository.reminders(ctx.handle.db, countyId, filter);
        const notifications = await ladderRepository.notifications(ctx.handle.db, countyId, filter, { limit: 5000 });
        return {
          reminders: reminders.map((r) => ({
            ...r,
            deliveries: notifications
              .filter((n) => n.reminderId === r.id)
              .map((n) => ({ unitCode: n.unitCode, emailTo: n.emailTo, emailStatus: n.emailStatus, emailError: n.emailError, readAt: n.readAt, noticeId: n.noticeId })),
          })),
        };
      },
    );

    app.get(
      '/supervision/notices',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: '督办单 issued (to your units, or all for the office)', querystring: countyQuery } },
      async (request) => {
        const { countyId } = request;
        return { notices: await ladderRepository.notices(ctx.handle.db, countyId, dataFilter(actingUser(request).principal, 'reports.read')) };
      },
    );

    const noticeWithAddressee = async (countyId: string, id: string, request: Parameters<typeof actingUser>[0]) => {
      const db = ctx.handle.db;
      const plan = await planOf(db, countyId);
      const notice = await ladderRepository.notice(db, countyId, id);
      const what = { subject: 'notice', id };
      if (!notice) throw notFound(what);
      requireReadable(actingUser(request).principal, 'reports.read', plan, [notice.unitCode], what);
      const contact = (await ladderRepository.contacts(db, countyId)).find((c) => c.unitCode === notice.unitCode);
      const unit = plan.units.find((u) => u.code === notice.unitCode);
      return {
        plan,
        notice,
        addressee: { unitName: unit?.name ?? notice.unitCode, leaderName: contact?.leaderName ?? '', leaderTitle: contact?.leaderTitle ?? '' },
        issuer: plan.units.find((u) => u.kind === 'program-office')?.name ?? `${plan.county.name}知识产权局`,
      };
    };

    app.get(
      '/supervision/notices/:noticeId',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: 'One 督办单 with its addressee, for the printable page', params: z.object({ noticeId: z.string().uuid() }), querystring: countyQuery } },
      async (request): Promise<NoticeDocument> => {
        const { countyId } = request;
        const { plan, notice, addressee, issuer } = await noticeWithAddressee(countyId, request.params.noticeId, request);
        return { notice, addressee, issuer, county: plan.county.name, planTitle: plan.title };
      },
    );

    app.get(
      '/supervision/notices/:noticeId/document.docx',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: '督办单 as a Word document in the 公文 layout', params: z.object({ noticeId: z.string().uuid() }), querystring: countyQuery } },
      async (request, reply) => {
        const { countyId } = request;
        const { plan, notice, addressee } = await noticeWithAddressee(countyId, request.params.noticeId, request);
        // The Word writer (docx) loads on the first 督办单 rather than at start.
        const { noticeDocument } = await import('./ladder/notice-document.js');
        // The notice as the page shows it to the same reader: reading it is not an export of data.
        return sendDownload(ctx, request, reply, {
          fileName: `督办通知单-${notice.documentNumber}.docx`,
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          body: await noticeDocument(plan, notice, addressee),
          audit: null,
        });
      },
    );

    app.get(
      '/supervision/contacts',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: "Units' contacts and leaders for reminders (your own units', or all for the office)", querystring: countyQuery } },
      async (request) => {
        const { countyId } = request;
        const { principal } = actingUser(request);
        const plan = await planOf(ctx.handle.db, countyId);
        const contacts = await ladderRepository.contacts(ctx.handle.db, countyId);
        return { contacts: contacts.filter((c) => can(principal, 'reports.read', unitScope(plan, c.unitCode))) };
      },
    );

    app.put(
      '/supervision/contacts/:unitCode',
      {
        config: { access: { permission: 'reports.review' } },
        schema: { tags, summary: "Set a unit's contact (reminders) and leader (督办单)", params: z.object({ unitCode: z.string().min(1) }), querystring: countyQuery, body: unitContactInputSchema },
      },
      async (request) => {
        const { countyId } = request;
        return saveUnitContact({ ctx, countyId, user: actingUser(request), unitCode: request.params.unitCode, input: request.body });
      },
    );
  };
}

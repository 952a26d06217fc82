import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPlanCodesIn, auditPlanNames, type AuditChainReport } from '@ipcounty/domain';
import { z } from 'zod';
import { actorOfRequest } from '../accounts/request-identity.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { requestLanguage } from '../http/request-language.js';
import { sendDownload, xlsxType } from '../http/send-download.js';
import { exportAuditLog } from './audit-export.js';
import { auditObjectNames, objectNameKey } from './audit-object-names.js';
import { planRepository } from '../plan/plan.repository.js';
import { auditLogRepository, type AuditSearch } from './audit-log.repository.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditLog } from './verify-audit-log.js';

const instant = z.iso.datetime({ offset: true });
const filters = z.object({
  from: instant.optional(),
  to: instant.optional(),
  actor: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  entityId: z.string().max(128).optional(),
  outcome: z.enum(['success', 'failure']).optional(),
});
type Filters = z.infer<typeof filters>;

const entrySchema = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  sourceIp: z.string().nullable(),
  userAgent: z.string().nullable(),
  eventType: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  reasonCode: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
  /** The object by its name in each language (an account's holder, a report's unit, period and work item), when it can be named. */
  objectName: z.object({ zh: z.string(), en: z.string() }).nullable(),
  /** The units and towns the details record by code, by their names in the county's plan (code → name). */
  valueNames: z.record(z.string(), z.string()),
});

const utc = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso).toISOString());
/** Stored times are UTC ISO text, so filters are too: text comparison then orders correctly. */
const toSearch = (countyId: string, f: Filters): AuditSearch => ({ countyId, ...f, from: utc(f.from), to: utc(f.to) });

/**
 * 审计管理 for the audit administrator: search, export and verify the audit log. Each of these is
 * itself audited, so the auditor's own work is visible too (GB/T 22239-2019 8.1.5.2).
 */
export function auditRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: { access: { permission: 'audit.read' } },
        schema: {
          tags: ['audit'],
          summary: 'Search the audit log by time, actor, event and object; newest first',
          querystring: filters.extend({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }),
          response: { 200: z.object({ total: z.number(), page: z.number(), pageSize: z.number(), entries: z.array(entrySchema) }) },
        },
      },
      async (request) => {
        const { page, pageSize, ...rest } = request.query;
        const countyId = request.countyId;
        const result = await auditLogRepository.search(ctx.handle.db, toSearch(countyId, rest), { offset: (page - 1) * pageSize, limit: pageSize });
        await inWriteTransaction(ctx.handle, (tx) =>
          recordAudit(tx, ctx.audit, { countyId, actor: actorOfRequest(request), action: 'audit.searched', entity: 'audit-log', details: { filters: rest, page, matches: result.total } }),
        );
        const names = await auditObjectNames(ctx.handle.db, countyId, result.entries);
        const codeName = auditPlanNames((await planRepository.current(ctx.handle.db, countyId))?.plan);
        return {
          total: result.total,
          page,
          pageSize,
          entries: result.entries.map((e) => ({ ...e, actorRoles: [...e.actorRoles], objectName: names.get(objectNameKey(e.objectType, e.objectId)) ?? null, valueNames: auditPlanCodesIn(e.details, codeName) })),
        };
      },
    );

    app.get(
      '/audit/export',
      {
        config: { access: { permission: 'audit.export' }, rateLimit: { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError } },
        schema: { tags: ['audit'], summary: 'Download the matching entries as Excel (default) or CSV, in the reader’s language (lang, else Accept-Language)', querystring: filters.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) },
      },
      async (request, reply) => {
        const { format, ...rest } = request.query;
        const countyId = request.countyId;
        const stamp = ctx.clock.now().toISOString().slice(0, 10);
        const language = requestLanguage(request);
        return sendDownload(ctx, request, reply, {
          fileName: `${language === 'en' ? 'audit-log' : '审计日志'}-${stamp}.${format}`,
          type: format === 'csv' ? 'text/csv; charset=utf-8' : xlsxType,
          body: () => {
            const body = new PassThrough();
            exportAuditLog(ctx.handle.db, toSearch(countyId, rest), format, body, language).catch((error: unknown) => body.destroy(error as Error));
            return body;
          },
          audit: { action: 'audit.exported', entity: 'audit-log', entityId: null, details: { filters: rest, format } },
        });
      },
    );

    app.get(
      '/audit/verify',
      {
        config: { access: { permission: 'audit.verify' } },
        schema: {
          tags: ['audit'],
          summary: 'Check the whole hash chain: the first entry that was changed, removed or inserted, if any',
          response: {
            200: z.object({
              ok: z.boolean(),
              verified: z.number(),
              head: z.object({ seq: z.number(), hash: z.string() }).nullable(),
              broken: z.object({ seq: z.number().nullable(), reason: z.string(), zh: z.string(), en: z.string() }).nullable(),
              algorithm: z.string(),
              keyed: z.boolean(),
            }),
          },
        },
      },
      async (request) => {
        const countyId = request.countyId;
        const result = await verifyAuditLog(ctx.handle.db, ctx.audit, countyId);
        const answer: AuditChainReport = {
          ok: result.ok,
          verified: result.verified,
          head: result.ok ? result.head : null,
          broken: result.ok ? null : { seq: result.broken.seq, reason: result.broken.reason, zh: result.broken.zh, en: result.broken.en },
          algorithm: ctx.audit.algorithm,
          keyed: ctx.audit.keyed,
        };
        await inWriteTransaction(ctx.handle, (tx) =>
          recordAudit(tx, ctx.audit, {
            countyId,
            actor: actorOfRequest(request),
            action: 'audit.verified',
            entity: 'audit-log',
            outcome: result.ok ? 'success' : 'failure',
            reason: result.ok ? null : result.broken.reason,
            details: { verified: result.verified, brokenAt: result.ok ? null : result.broken.seq },
          }),
        );
        return answer;
      },
    );
  };
}

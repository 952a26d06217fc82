import { PassThrough } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type BudgetExecutionView, fieldContext, type LedgerImportOutcome, ledgerKinds, type LedgerPage, type LedgerRecordView, type LedgersOverview, type PermissionId, regionAndBelow, shanghaiDate, type TaskLedgers, variantParam } from '@ipcounty/domain';
import { z } from 'zod';
import { actingUser } from '../accounts/request-identity.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { writeTemplate } from '../files/table-writer.js';
import { scopeRegions } from '../registers/county-scope.js';
import { AppError, notFound } from '../common/app-error.js';
import { attachmentStore } from '../attachments/attachment-store.js';
import { planOf } from '../supervision/supervision-context.js';
import { contentDisposition as attachmentDisposition } from '../http/send-download.js';
import { attachMinutes } from './attach-minutes.js';
import { budgetExecutionView } from './budget-execution.view.js';
import { requestLanguage } from '../http/request-language.js';
import { ledgerExportName, ledgerTemplate, ledgerTemplateName, writeLedgerExport } from './export-ledger.js';
import { importLedger } from './import-ledger.js';
import { presentLedgerRows } from './ledger-record.view.js';
import { ledgerRepository, type LedgerFilter } from './ledger.repository.js';
import { ledgersOverviewView } from './ledgers-overview.view.js';
import { deleteLedgerRecord, saveLedgerRecord } from './save-ledger-record.js';
import { taskLedgersView } from './task-ledgers.view.js';
import { turnDecisionIntoRectification } from './turn-decision-into-rectification.js';
import { turnDecisionIntoWorkItem } from './turn-decision-into-work-item.js';

const tags = ['ledgers'];
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const kindParams = z.object({ kind: z.enum(ledgerKinds) });
const recordParams = kindParams.extend({ id: z.string().uuid() });
const countyQuery = z.object({ county: z.string().optional() });
const listQuery = countyQuery.extend({
  q: z.string().max(200).optional(),
  /** A plan region code: the region and every region under it. */
  region: z.string().max(100).optional(),
  category: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  task: z.coerce.number().int().positive().optional(),
  demo: z.enum(['true', 'false']).optional(),
  /** One record by its id (a link from evidence that cites it). */
  id: z.string().uuid().optional(),
});
const pageQuery = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) });
const cellsBody = z.object({ cells: z.record(z.string(), z.string().max(10_000)) });

/**
 * 专项工作台账: the special funds with their budget execution, meetings and decisions, publicity,
 * standards, and platforms and service points. Each sheet lists with filters, exports, imports
 * from its template (all or nothing) and is edited by the office, audited. A town reporter reads
 * and imports its own town's rows only; rows of other towns and of the county as a whole do not
 * exist for it (404), as in the registers.
 */
export function ledgersRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: Math.max(ctx.config.IMPORT_MAX_MB, ctx.config.ATTACHMENT_MAX_MB) * 1024 * 1024 + 1 } });

    /** The plan's regions and the reader's scope as a list filter. */
    const scopeOf = async (request: FastifyRequest, permission: PermissionId) => {
      const plan = await planOf(ctx.handle.db, request.countyId);
      const allowed = scopeRegions(request, permission, plan.regions);
      return { plan, allowed, filter: (allowed ? { regions: allowed } : {}) as LedgerFilter, context: fieldContext(plan.regions, []) };
    };
    const listFilter = (query: z.infer<typeof listQuery>, plan: { regions: Parameters<typeof regionAndBelow>[0] }, allowed: string[] | undefined): LedgerFilter => {
      const asked = query.region ? regionAndBelow(plan.regions, query.region) : undefined;
      const regions = allowed === undefined ? asked : asked ? asked.filter((r) => allowed.includes(r)) : allowed;
      return {
        ...(query.q ? { q: query.q } : {}),
        ...(regions ? { regions } : {}),
        ...(query.category ? { category: query.category } : {}),
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(query.year !== undefined ? { year: query.year } : {}),
        ...(query.task !== undefined ? { task: query.task } : {}),
        ...(query.demo ? { demo: query.demo === 'true' } : {}),
        ...(query.id ? { ids: [query.id] } : {}),
      };
    };
    const today = () => shanghaiDate(ctx.clock.now());

    app.get(
      '/ledgers/overview',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: 'The overview cards: this year’s fund execution, meetings, decisions carried out and publicity', querystring: countyQuery.extend({ asOf: isoDate.optional() }) } },
      async (request): Promise<LedgersOverview> => {
        const { filter } = await scopeOf(request, 'registers.read');
        return ledgersOverviewView(ctx.handle.db, request.countyId, request.query.asOf ?? today(), filter);
      },
    );

    app.get(
      '/ledgers/funds/execution',
      {
        config: { access: { permission: 'registers.read' } },
        schema: { tags, summary: '预算执行: budget, allocation and spend on a date by year, source, purpose and task, with the execution rate against 序时进度', querystring: countyQuery.extend({ asOf: isoDate.optional(), year: z.coerce.number().int().min(1949).max(2100).optional() }) },
      },
      async (request): Promise<BudgetExecutionView> => {
        const { filter } = await scopeOf(request, 'registers.read');
        const asOf = request.query.asOf ?? today();
        return budgetExecutionView(ctx.handle.db, request.countyId, asOf, request.query.year ?? null, filter);
      },
    );

    app.get(
      '/ledgers/by-task/:taskNumber',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: '任务档案: a plan task’s allocations, meetings and decisions, publicity (and training), standards, platforms and fund execution', params: z.object({ taskNumber: z.coerce.number().int().positive() }), querystring: countyQuery.extend({ asOf: isoDate.optional() }) } },
      async (request): Promise<TaskLedgers> => {
        const { plan, filter, context } = await scopeOf(request, 'registers.read');
        const { taskNumber } = request.params;
        if (!plan.taskGroups.some((g) => g.tasks.some((t) => t.number === taskNumber))) throw notFound('task', taskNumber);
        return taskLedgersView(ctx.handle.db, request.countyId, plan, taskNumber, request.query.asOf ?? today(), context, filter);
      },
    );

    app.get(
      '/ledgers/templates/:kind',
      { config: { access: { permission: 'imports.run' } }, schema: { tags, summary: 'The Excel template of a ledger sheet: Chinese headers, an example row, notes', params: kindParams } },
      async (request, reply) => {
        const body = new PassThrough();
        void writeTemplate(ledgerTemplate(request.params.kind), body).catch((error: unknown) => body.destroy(error as Error));
        reply.header('content-disposition', attachmentDisposition(ledgerTemplateName(request.params.kind)));
        return reply.type(xlsxType).send(body);
      },
    );

    app.post(
      '/ledgers/:kind/import',
      {
        config: { access: { permission: 'imports.run' }, rateLimit: bulk },
        schema: { tags, summary: 'Import a ledger sheet (multipart "file"): all or nothing, every problem by row', params: kindParams, querystring: countyQuery },
        // Ledger rows lie in towns: a user whose import scope has none (a unit reporter) may not import here at all.
        preValidation: async (request) => {
          if ((await scopeOf(request, 'imports.run')).allowed?.length === 0) throw new AppError(403, 'forbidden', `You may not import ledgers`, undefined, { [variantParam]: 'ledger-import' });
        },
      },
      async (request, reply): Promise<LedgerImportOutcome> => {
        const { allowed } = await scopeOf(request, 'imports.run');
        const file = await uploadedFile(request);
        const outcome = await importLedger({ ctx, countyId: request.countyId, user: actingUser(request), kind: request.params.kind, input: { buffer: file.bytes, fileName: file.fileName }, ...(allowed ? { scope: allowed } : {}) });
        // A refused file is an answer, not a failure: 200 with status 'refused' and every problem.
        return reply.send(outcome);
      },
    );

    app.get(
      '/ledgers/:kind',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: 'Rows of a ledger sheet, a page at a time: search (q), region, category, dates, year, task, demo', params: kindParams, querystring: listQuery.extend(pageQuery.shape) } },
      async (request): Promise<LedgerPage> => {
        const { plan, allowed, context } = await scopeOf(request, 'registers.read');
        const { page, pageSize } = request.query;
        const result = await ledgerRepository.list(ctx.handle.db, request.params.kind, request.countyId, listFilter(request.query, plan, allowed), { offset: (page - 1) * pageSize, limit: pageSize });
        return { total: result.total, page, pageSize, records: await presentLedgerRows(ctx.handle.db, request.countyId, request.params.kind, result.rows, context, today()) };
      },
    );

    app.get(
      '/ledgers/:kind/export.xlsx',
      { config: { access: { permission: 'exports.run' }, rateLimit: bulk }, schema: { tags, summary: 'The sheet (with the list’s filters) as an Excel file that imports back, in the reader’s language (lang, else Accept-Language)', params: kindParams, querystring: listQuery } },
      async (request, reply) => {
        const { plan, allowed, context } = await scopeOf(request, 'exports.run');
        const filter = listFilter(request.query, plan, allowed);
        const language = requestLanguage(request);
        const fileName = ledgerExportName(request.params.kind, today(), language);
        await inWriteTransaction(ctx.handle, (tx) =>
          recordAudit(tx, ctx.audit, { countyId: request.countyId, actor: actingUser(request).audit, action: 'exports.downloaded', entity: `ledger:${request.params.kind}`, entityId: fileName, details: { filter: JSON.parse(JSON.stringify(filter)) } }),
        );
        const body = new PassThrough();
        void writeLedgerExport(ctx.handle.db, request.params.kind, request.countyId, filter, context, body, language).catch((error: unknown) => body.destroy(error as Error));
        reply.header('content-disposition', attachmentDisposition(fileName));
        return reply.type(xlsxType).send(body);
      },
    );

    app.get(
      '/ledgers/:kind/:id',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: 'One ledger row', params: recordParams, querystring: countyQuery } },
      async (request): Promise<LedgerRecordView> => {
        const { allowed, context } = await scopeOf(request, 'registers.read');
        const row = await ledgerRepository.get(ctx.handle.db, request.params.kind, request.countyId, request.params.id);
        if (!row || (allowed && !(row.region && allowed.includes(row.region)))) throw notFound('record', request.params.id);
        return (await presentLedgerRows(ctx.handle.db, request.countyId, request.params.kind, [row], context, today()))[0]!;
      },
    );

    app.post(
      '/ledgers/:kind',
      { config: { access: { permission: 'registers.write' } }, schema: { tags, summary: 'Add a row: cells by field key as the template writes them; checked like an imported row', params: kindParams, querystring: countyQuery, body: cellsBody } },
      async (request, reply) => {
        const { allowed } = await scopeOf(request, 'registers.write');
        const saved = await saveLedgerRecord({ ctx, countyId: request.countyId, user: actingUser(request), kind: request.params.kind, cells: request.body.cells, ...(allowed ? { scope: allowed } : {}) });
        return reply.status(201).send({ id: saved.record.record_id, created: true, warnings: saved.warnings });
      },
    );

    app.put(
      '/ledgers/:kind/:id',
      { config: { access: { permission: 'registers.write' } }, schema: { tags, summary: 'Change a row (audited, with the row before and after)', params: recordParams, querystring: countyQuery, body: cellsBody } },
      async (request) => {
        const { allowed } = await scopeOf(request, 'registers.write');
        const saved = await saveLedgerRecord({ ctx, countyId: request.countyId, user: actingUser(request), kind: request.params.kind, recordId: request.params.id, cells: request.body.cells, ...(allowed ? { scope: allowed } : {}) });
        return { id: saved.record.record_id, created: false, warnings: saved.warnings };
      },
    );

    app.delete(
      '/ledgers/:kind/:id',
      { config: { access: { permission: 'registers.write' } }, schema: { tags, summary: 'Delete a row no other row refers to (audited)', params: recordParams, querystring: countyQuery } },
      async (request, reply) => {
        const { allowed } = await scopeOf(request, 'registers.write');
        await deleteLedgerRecord({ ctx, countyId: request.countyId, user: actingUser(request), kind: request.params.kind, recordId: request.params.id, ...(allowed ? { scope: allowed } : {}) });
        return reply.status(204).send();
      },
    );

    app.post(
      '/ledgers/decisions/:id/work-item',
      {
        config: { access: { permission: 'workitems.write' } },
        schema: {
          tags,
          summary: '决定事项转为工作事项: the decision becomes a work item with an owner and a deadline, which the supervision ladder then watches',
          params: z.object({ id: z.string().uuid() }),
          querystring: countyQuery,
          body: z.object({ taskNumber: z.number().int().positive().optional(), leadUnit: z.string().min(1).max(100).optional(), deadline: isoDate.optional(), title: z.string().trim().min(1).max(200).optional() }),
        },
      },
      async (request, reply) => {
        const result = await turnDecisionIntoWorkItem({ ctx, countyId: request.countyId, user: actingUser(request), decisionId: request.params.id, input: request.body });
        return reply.status(201).send(result.item);
      },
    );

    app.post(
      '/ledgers/decisions/:id/rectification',
      {
        config: { access: { permission: 'evaluation.assign' } },
        schema: {
          tags,
          summary: '决定事项转为整改事项: the decision becomes an item of the rectification ledger (source 会议) that its owner unit answers',
          params: z.object({ id: z.string().uuid() }),
          querystring: countyQuery,
          body: z.object({ taskNumber: z.number().int().positive().optional(), ownerUnit: z.string().min(1).max(100).optional(), deadline: isoDate.optional(), requiredMeasures: z.string().max(4000).optional() }),
        },
      },
      async (request, reply) => {
        const item = await turnDecisionIntoRectification({ ctx, countyId: request.countyId, user: actingUser(request), decisionId: request.params.id, input: request.body });
        return reply.status(201).send(item);
      },
    );

    app.post(
      '/ledgers/meetings/:id/minutes',
      { config: { access: { permission: 'registers.write' }, rateLimit: bulk }, schema: { tags, summary: '会议纪要: upload the meeting’s minutes (multipart "file"; PDF, Word or an image, checked by content)', params: z.object({ id: z.string().uuid() }), querystring: countyQuery } },
      async (request, reply) => {
        const { allowed } = await scopeOf(request, 'registers.write');
        const file = await uploadedFile(request);
        const saved = await attachMinutes({ ctx, countyId: request.countyId, user: actingUser(request), meetingId: request.params.id, fileName: file.fileName, bytes: file.bytes, ...(allowed ? { scope: allowed } : {}) });
        return reply.status(201).send(saved);
      },
    );

    app.get(
      '/ledgers/files/:fileId',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: 'Download a meeting’s minutes (audited)', params: z.object({ fileId: z.string().uuid() }), querystring: countyQuery } },
      async (request, reply) => {
        const { allowed } = await scopeOf(request, 'registers.read');
        const file = await ledgerRepository.file(ctx.handle.db, request.countyId, request.params.fileId);
        if (!file || (allowed && !(file.region && allowed.includes(file.region)))) throw notFound('file', request.params.fileId);
        const bytes = await attachmentStore(ctx.config.ATTACHMENTS_DIR).read(request.countyId, file.stored_name);
        await inWriteTransaction(ctx.handle, (tx) =>
          recordAudit(tx, ctx.audit, { countyId: request.countyId, actor: actingUser(request).audit, action: 'attachments.downloaded', entity: `ledger:${file.kind}`, entityId: file.record_id, details: { fileId: file.file_id, fileName: file.file_name } }),
        );
        reply.header('content-disposition', attachmentDisposition(file.file_name));
        reply.header('cache-control', 'private, no-store');
        return reply.type(file.media_type).send(bytes);
      },
    );
  };
}

/** The one file of a multipart upload, in memory (ledger sheets and minutes are small). */
async function uploadedFile(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new AppError(415, 'multipart_required', `Upload the file as multipart/form-data`);
  const part = await request.file();
  if (!part) throw new AppError(422, 'no_file', `No file was sent`);
  const bytes = await part.toBuffer().catch((error: unknown) => {
    if (part.file.truncated || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'file_too_large', `The file is too large`, undefined, { [variantParam]: 'unknown-limit' });
    throw error;
  });
  return { fileName: part.filename || 'upload', bytes };
}


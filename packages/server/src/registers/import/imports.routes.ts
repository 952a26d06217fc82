import { createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dataFilter, importKinds, isImportKind, isIsoDate, patentExportLayouts, patentRegister, type ImportHistory, type ImportPreview, type ImportReport, variantParam } from '@ipcounty/domain';
import { z } from 'zod';
import { actingUser } from '../../accounts/request-identity.js';
import { problemReportText, writeProblemReport } from '../../files/problem-report.js';
import { requestLanguage } from '../../http/request-language.js';
import type { ServerContext } from '../../http/context.js';
import { rateLimitedError, rateLimits } from '../../http/rate-limits.js';
import { principalOf } from '../../http/route-access.js';
import { AppError, notFound } from '../../common/app-error.js';
import { sendDownload, xlsxType } from '../../http/send-download.js';
import { countyQuery } from '../../counties/county-of-request.js';
import { countyScope, scopeRegions } from '../county-scope.js';
import { pageQuery } from '../record-query.js';
import { importHistoryRepository } from './import-history.repository.js';
import { importJobsOf } from './import-jobs.js';
import { makeUploadDir } from './import-runs.js';
import { layoutTemplate, layoutTemplateFileName, patentLayout, templateFileName, writeImportTemplate } from './import-template.js';
import { writeTemplate } from '../../files/table-writer.js';
import { previewImport } from './preview-import.js';

const tags = ['imports'];
const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };
const importParams = z.object({ importId: z.string().uuid() });
/** Problems sent with the status; the Excel report has all of them. */
const PROBLEMS_SHOWN = 500;

/**
 * 数据范围 of the import history: an import shows file names, uploaders and cell values of the
 * records it concerns. Whoever imports for the whole county sees every import; a reporter limited
 * to a town imports only that town's records and sees only the imports they ran (undefined: all).
 */
function ownImportsOnly(request: FastifyRequest): string | undefined {
  const principal = principalOf(request);
  return dataFilter(principal, 'imports.run').kind === 'all' ? undefined : principal.id;
}

const mayRead = (request: FastifyRequest, record: { actorId: string | null }) => {
  const own = ownImportsOnly(request);
  return own === undefined || record.actorId === own;
};

/**
 * 数据导入: templates, uploads (answered at once with an import id; the import runs on and the
 * page polls its progress), the outcome with every problem, the problem report as Excel, and the
 * history of imports (who, when, file name and SHA-256, counts).
 */
export function importsRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  const jobs = importJobsOf(ctx.handle);
  return async (app) => {
    await app.register(multipart, { limits: { files: 1, fields: 5, fileSize: ctx.config.IMPORT_MAX_MB * 1024 * 1024 + 1 } });

    app.get(
      '/imports/templates/:kind',
      {
        config: { access: { permission: 'imports.run' } },
        schema: {
          tags,
          summary: 'The Excel template of an import kind: Chinese headers, an example row, notes; for patents, ?layout= gives a blank template in the columns of an export (cnipa, commercial, ipcounty, patentsview)',
          params: z.object({ kind: z.enum(importKinds) }),
          querystring: z.object({ layout: z.enum(patentExportLayouts.map((l) => l.key) as [string, ...string[]]).optional() }),
        },
      },
      async (request, reply) => {
        const body = new PassThrough();
        const layout = request.params.kind === 'patents' && request.query.layout ? patentLayout(request.query.layout) : undefined;
        const write = layout ? writeTemplate(layoutTemplate(layout, patentRegister.fields), body) : writeImportTemplate(request.params.kind, body);
        void write.catch((error: unknown) => body.destroy(error as Error));
        // A blank template: no county data leaves, nothing to audit.
        return sendDownload(ctx, request, reply, { fileName: layout ? layoutTemplateFileName(layout) : templateFileName(request.params.kind), type: xlsxType, body, audit: null });
      },
    );

    app.post(
      '/imports',
      {
        config: { access: { permission: 'imports.run' }, rateLimit: bulk },
        schema: { tags, summary: 'Upload a file (multipart: field "kind", then "file"); answers 202 with the import id, whose progress GET /imports/:id shows', querystring: countyQuery },
      },
      async (request, reply) => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const regions = scopeRegions(request, 'imports.run', scope.regions);
        if (regions && regions.length === 0) throw new AppError(403, 'forbidden', `You may not import data`, undefined, { [variantParam]: 'import' });
        if (!request.isMultipart()) throw new AppError(415, 'multipart_required', `Upload the file as multipart/form-data`);
        let kind: string | undefined;
        // 导出日期 the user confirmed, and a paused file confirmed (see grantGuard).
        let exportDate: string | undefined;
        let confirmed = false;
        let saved: { remove(): Promise<void>; path: string; fileName: string } | undefined;
        try {
          for await (const part of request.parts()) {
            if (part.type === 'field') {
              if (part.fieldname === 'kind') kind = String(part.value);
              if (part.fieldname === 'exportDate' && String(part.value) !== '') exportDate = String(part.value);
              if (part.fieldname === 'confirmed') confirmed = String(part.value) === 'true';
              continue;
            }
            if (saved) {
              part.file.resume();
              continue;
            }
            // Named after this process and removed on exit, or at the next start after a kill.
            const folder = await makeUploadDir();
            const fileName = basename(part.filename || 'upload');
            const path = join(folder.dir, 'upload');
            saved = { remove: folder.remove, path, fileName };
            await pipeline(part.file, createWriteStream(path));
            if (part.file.truncated) throw new AppError(413, 'file_too_large', `The file is larger than ${ctx.config.IMPORT_MAX_MB} MB`, undefined, { maxMb: ctx.config.IMPORT_MAX_MB });
          }
          if (!kind || !isImportKind(kind)) throw new AppError(422, 'unknown_kind', `Choose what to import`, undefined, { kinds: importKinds });
          if (!saved) throw new AppError(422, 'no_file', `No file was sent`);
          if (exportDate !== undefined && !isIsoDate(exportDate)) throw new AppError(422, 'bad_export_date', `The export date must be YYYY-MM-DD`);
        } catch (error) {
          if (saved) await saved.remove();
          throw error;
        }
        const upload = saved;
        const importId = await jobs.start(
          {
            ctx,
            countyId: scope.countyId,
            user: actingUser(request),
            kind,
            input: { path: upload.path, fileName: upload.fileName },
            ...(regions ? { scope: regions } : {}),
            ...(exportDate ? { exportDate } : {}),
            ...(confirmed ? { confirmed } : {}),
          },
          async () => {
            await upload.remove();
            // 统计监测: the materialised indicator series follows the registers as soon as the import ends.
            await ctx.indicators.refresh(scope.countyId).catch((error: unknown) => request.log.error(error));
          },
        );
        return reply.status(202).send({ importId });
      },
    );

    app.post(
      '/imports/preview',
      {
        config: { access: { permission: 'imports.run' }, rateLimit: bulk },
        schema: { tags, summary: 'What the importer will make of a file before importing it (multipart: "kind", then "file"): layout, each column\'s reading with examples, missing columns, whether the export date is asked', querystring: countyQuery },
      },
      async (request): Promise<ImportPreview> => {
        // Who may not import anything (a unit reporter) may not preview either.
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const regions = scopeRegions(request, 'imports.run', scope.regions);
        if (regions && regions.length === 0) throw new AppError(403, 'forbidden', `You may not import data`, undefined, { [variantParam]: 'import' });
        if (!request.isMultipart()) throw new AppError(415, 'multipart_required', `Upload the file as multipart/form-data`);
        let kind: string | undefined;
        let saved: { remove(): Promise<void>; path: string; fileName: string } | undefined;
        try {
          for await (const part of request.parts()) {
            if (part.type === 'field') {
              if (part.fieldname === 'kind') kind = String(part.value);
              continue;
            }
            if (saved) {
              part.file.resume();
              continue;
            }
            const folder = await makeUploadDir();
            saved = { remove: folder.remove, path: join(folder.dir, 'upload'), fileName: basename(part.filename || 'upload') };
            await pipeline(part.file, createWriteStream(saved.path));
            if (part.file.truncated) throw new AppError(413, 'file_too_large', `The file is larger than ${ctx.config.IMPORT_MAX_MB} MB`, undefined, { maxMb: ctx.config.IMPORT_MAX_MB });
          }
          if (!kind || !isImportKind(kind)) throw new AppError(422, 'unknown_kind', `Choose what to import`, undefined, { kinds: importKinds });
          if (!saved) throw new AppError(422, 'no_file', `No file was sent`);
          // Reads the header and the first rows; nothing is written, so nothing is audited.
          return await previewImport({ kind, input: { path: saved.path, fileName: saved.fileName } });
        } finally {
          await saved?.remove();
        }
      },
    );

    app.get(
      '/imports',
      {
        config: { access: { permission: 'imports.run' } },
        schema: { tags, summary: 'Import history: who, when, file name and SHA-256, what it did', querystring: countyQuery.extend(pageQuery.shape).extend({ kind: z.string().optional() }) },
      },
      async (request): Promise<ImportHistory> => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const { page, pageSize, kind } = request.query;
        const own = ownImportsOnly(request);
        const result = await importHistoryRepository.list(ctx.handle.db, scope.countyId, { offset: (page - 1) * pageSize, limit: pageSize, ...(kind ? { kind } : {}), ...(own ? { actorId: own } : {}) });
        return { ...result, page, pageSize };
      },
    );

    app.get(
      '/imports/:importId',
      { config: { access: { permission: 'imports.run' } }, schema: { tags, summary: 'An import: its progress while it runs, then its outcome with the problems found', params: importParams, querystring: countyQuery } },
      async (request): Promise<ImportReport> => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const { importId } = request.params;
        const record = await importHistoryRepository.get(ctx.handle.db, scope.countyId, importId);
        if (!record || !mayRead(request, record)) throw notFound('import', importId);
        const progress = jobs.progress(scope.countyId, importId) ?? null;
        const problems = record.status === 'running' ? [] : ((await importHistoryRepository.problems(ctx.handle.db, scope.countyId, importId)) ?? []);
        const columns = record.status === 'running' ? [] : await importHistoryRepository.columnReadings(ctx.handle.db, scope.countyId, importId);
        return { import: record, progress, problems: problems.slice(0, PROBLEMS_SHOWN), problemsTotal: problems.length, columns };
      },
    );

    app.get(
      '/imports/:importId/problems.xlsx',
      { config: { access: { permission: 'imports.run' }, rateLimit: bulk }, schema: { tags, summary: 'Every problem of an import as an Excel file (row, column, value, problem, severity) in the reader’s language (lang, else Accept-Language)', params: importParams, querystring: countyQuery } },
      async (request, reply) => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const { importId } = request.params;
        const record = await importHistoryRepository.get(ctx.handle.db, scope.countyId, importId);
        const problems = await importHistoryRepository.problems(ctx.handle.db, scope.countyId, importId);
        if (!record || !problems || !mayRead(request, record)) throw notFound('import', importId);
        const language = requestLanguage(request);
        return sendDownload(ctx, request, reply, {
          fileName: `${problemReportText[language].fileName}-${record.fileName.replace(/\.[^.]+$/, '')}.xlsx`,
          type: xlsxType,
          body: () => {
            const body = new PassThrough();
            void writeProblemReport(problems, body, language).catch((error: unknown) => body.destroy(error as Error));
            return body;
          },
          audit: { entity: 'import-problems', entityId: importId },
        });
      },
    );
  };
}

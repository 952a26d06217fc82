import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dataFilter, isIsoDate, shanghaiDate, type ArchiveView, type ArchivedDocument, type NarrativesView } from '@ipcounty/domain';
import type { ServerContext } from '../http/context.js';
import { sendDownload } from '../http/send-download.js';
import { notFound } from '../common/app-error.js';
import { actingUser } from '../accounts/request-identity.js';
import { planOf } from '../supervision/supervision-context.js';
import { documentArchiveRepository } from './document-archive.repository.js';
import { generateAcceptancePackage } from './generate-acceptance-package.js';
import { generateEvaluationReport } from './generate-evaluation-report.js';
import { saveNarrative } from './save-narrative.js';
import { narrativesView } from './self-evaluation.document.js';
import { generateStatisticalReports } from './statistics/generate-statistical-reports.js';
import { stratmlExport } from './stratml-export.js';

const tags = ['documents'];
const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const documentParams = z.object({ documentId: z.string().uuid() });

/**
 * 文档: the 自评报告's narratives (the office edits them, every save a version), the acceptance
 * package and the statistical reports on one button each, the archive (each reader sees what their
 * data scope reaches: a town its town's reports) and its downloads, and the StratML export.
 */
export function documentsRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/documents/narratives',
      { config: { access: { permission: 'reports.review' } }, schema: { tags, summary: "The self-evaluation report's narrative sections: saved versions and drafts from approved reports" } },
      async (request): Promise<NarrativesView> => narrativesView(ctx, request.countyId),
    );

    app.put(
      '/documents/narratives/:section',
      {
        config: { access: { permission: 'reports.review' } },
        schema: { tags, summary: 'Save a new version of a narrative section (figures are refused: they come from the data)', params: z.object({ section: z.string().min(1).max(40) }), body: z.object({ text: z.string().max(20_000) }) },
      },
      async (request) => saveNarrative({ ctx, countyId: request.countyId, user: actingUser(request), section: request.params.section, text: request.body.text }),
    );

    app.post(
      '/documents/acceptance-packages',
      {
        config: { access: { permission: 'reports.review' } },
        // The data date is stated, never implied: every number of the package is computed at it.
        schema: { tags, summary: 'Generate the acceptance package (验收材料) at a data date and archive it as a new version', body: z.object({ asOf: isoDate }) },
      },
      async (request): Promise<ArchivedDocument> => (await generateAcceptancePackage({ ctx, countyId: request.countyId, user: actingUser(request), asOf: request.body.asOf })).document,
    );

    app.post(
      '/documents/evaluation-reports',
      {
        config: { access: { permission: 'reports.review' } },
        schema: { tags, summary: 'Generate the evaluation report (评估报告) of an expert evaluation, Word and PDF, archived as a new version', body: z.object({ evaluationId: z.string().uuid() }) },
      },
      async (request): Promise<ArchivedDocument> => generateEvaluationReport({ ctx, countyId: request.countyId, user: actingUser(request), evaluationId: request.body.evaluationId }),
    );

    app.post(
      '/documents/statistical-reports',
      {
        config: { access: { permission: 'reports.review' } },
        schema: { tags, summary: "Generate a period's statistical analysis reports (月报/季报/年报) and deliver them to the units", body: z.object({ period: z.string().min(4).max(10), region: z.string().min(1).max(60).optional() }) },
      },
      async (request) =>
        generateStatisticalReports({ ctx, countyId: request.countyId, user: actingUser(request), period: request.body.period, ...(request.body.region ? { region: request.body.region } : {}) }),
    );

    app.get(
      '/documents/archive',
      {
        config: { access: { permission: 'reports.read' } },
        schema: { tags, summary: 'Archived documents within your data scope, newest first', querystring: z.object({ kind: z.enum(['acceptance-package', 'evaluation-report', 'statistical-report']).optional() }) },
      },
      async (request): Promise<ArchiveView> => ({
        documents: await documentArchiveRepository.list(ctx.handle.db, request.countyId, dataFilter(actingUser(request).principal, 'reports.read'), request.query.kind ? { kind: request.query.kind } : {}),
      }),
    );

    const readable = async (request: Parameters<typeof actingUser>[0], documentId: string) => {
      const [document] = await documentArchiveRepository.list(ctx.handle.db, request.countyId, dataFilter(actingUser(request).principal, 'reports.read'), { ids: [documentId] });
      if (!document) throw notFound('document');
      return document;
    };

    app.get(
      '/documents/archive/:documentId',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: 'One archived document with its files, their SHA-256 and the numbers that changed', params: documentParams } },
      async (request): Promise<ArchivedDocument> => readable(request, request.params.documentId),
    );

    app.get(
      '/documents/archive/:documentId/files/:name',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: 'Download a file of an archived document (audited)', params: documentParams.extend({ name: z.string().min(1).max(200) }) } },
      async (request, reply) => {
        const document = await readable(request, request.params.documentId);
        const file = await documentArchiveRepository.file(ctx.handle.db, request.countyId, document.id, request.params.name);
        if (!file) throw notFound('file');
        return sendDownload(ctx, request, reply, {
          fileName: file.name,
          type: file.mediaType,
          body: file.content,
          audit: { entity: 'generated-document', entityId: document.id, details: { file: file.name, version: document.version, sha256: file.sha256 } },
        });
      },
    );

    app.get(
      '/documents/stratml.xml',
      { config: { access: { permission: 'reports.read' } }, schema: { tags, summary: 'The plan, its targets and actual results as a StratML Part 2 Performance_Report', querystring: z.object({ asOf: isoDate.optional() }) } },
      async (request, reply) => {
        const plan = await planOf(ctx.handle.db, request.countyId);
        const dashboard = await ctx.indicators.dashboard(request.countyId, request.query.asOf);
        const xml = await stratmlExport(ctx, request.countyId, plan, dashboard, shanghaiDate(ctx.clock.now().toISOString()));
        return sendDownload(ctx, request, reply, { fileName: `${plan.county.name}绩效报告-${dashboard.asOf}.stratml.xml`, type: 'application/xml; charset=utf-8', body: xml, audit: { entity: 'stratml', entityId: dashboard.asOf } });
      },
    );
  };
}

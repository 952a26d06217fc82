import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, variantParam } from '@ipcounty/domain';
import { actingUser } from '../accounts/request-identity.js';
import { countyQuery } from '../counties/county-of-request.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { principalOf } from '../http/route-access.js';
import { sendDownload, xlsxType } from '../http/send-download.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { isoDateSchema, manualValueInputSchema, officialValueInputSchema, settingsInputSchema, type ManualValueInput, type OfficialValueInput } from './indicator-input.schema.js';
import { splitDimensions } from './indicator-split.view.js';
import { workbookBuffer } from '../files/table-writer.js';
import { dashboardSheet, manualSheet, officialSheet, recordsSheet, settingsSheet, splitSheet, trendSheet } from './indicator-workbooks.js';

const tags = ['indicators'];
const asOfQuery = countyQuery.extend({ asOf: isoDateSchema.optional() });
const codeParams = z.object({ code: z.string().min(1).max(80) });
const valueParams = codeParams.extend({ id: z.string().min(1).max(80) });
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const detailQuery = asOfQuery.extend({
  region: z.string().optional(),
  by: z.enum(splitDimensions).optional(),
  granularity: z.enum(['month', 'quarter', 'year']).default('month'),
  offset: z.coerce.number().int().min(0).default(0),
  /** The top N of a split (all the towns by default; 20 industries or enterprises). */
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});
const recordsQuery = asOfQuery.extend({
  region: z.string().optional(),
  exact: flag.optional(),
  industry: z.string().max(200).optional(),
  enterprise: z.string().max(200).optional(),
  part: z.enum(['numerator', 'denominator']).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});
const exportQuery = detailQuery.extend({ table: z.enum(['trend', 'split', 'official', 'manual', 'settings']) });

/** A change the indicator service makes: the request's county, user and indicator, and what changes. */
type ChangeOf<T> = { countyId: string; code: string; user: ActingUser } & T;

const read = { access: { permission: 'dashboard.read' as const } };
const write = { access: { permission: 'registers.write' as const } };
const download = { ...read, rateLimit: { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError } };

/** 统计监测: the targets at any date, each indicator's page, the records behind a number, and the office's inputs. */
export function indicatorRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  // Read at each request: a test may put in a service over registers of its own.
  const service = () => ctx.indicators;

  const target = (request: FastifyRequest & { params: { code: string } }) => ({
    countyId: request.countyId,
    code: request.params.code,
    user: actingUser(request),
  });

  /** Downloads need exports.run besides reading the dashboard, and are audited (导出). */
  function sendWorkbook(request: FastifyRequest, reply: FastifyReply, name: string, body: Buffer) {
    if (!can(principalOf(request), 'exports.run')) throw new AppError(403, 'forbidden', `You do not have permission to export`, undefined, { [variantParam]: 'export' });
    return sendDownload(ctx, request, reply, { fileName: name, type: xlsxType, body, audit: { entity: 'indicators' } });
  }

  return async (app) => {
    app.get(
      '/indicators',
      { config: read, schema: { tags, summary: 'Every target of the plan at a date: value, target, % attained, status, sparkline, forecast, official value and difference', querystring: asOfQuery } },
      async (request, reply) => {
        const payload = await service().dashboardPayload(request.countyId, request.query.asOf);
        reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
        if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.send(payload.json);
        return reply.header('content-encoding', 'gzip').send(payload.gzip);
      },
    );

    app.get(
      '/indicators/export.xlsx',
      { config: download, schema: { tags, summary: 'The dashboard table as Excel', querystring: asOfQuery } },
      async (request, reply) => {
        const { countyId } = request;
        const dashboard = await service().dashboard(countyId, request.query.asOf);
        return sendWorkbook(request, reply, `指标监测-${dashboard.asOf}.xlsx`, await workbookBuffer([dashboardSheet(dashboard)]));
      },
    );

    app.get(
      '/indicators/official-values',
      { config: read, schema: { tags, summary: 'Every official value recorded, each beside the platform’s value for its date (对账)', querystring: countyQuery } },
      async (request) => ({ officialValues: await service().officialValues(request.countyId) }),
    );

    app.get(
      '/indicators/:code',
      {
        config: read,
        schema: { tags, summary: 'One indicator: value, 统计口径 and settings, trend by month/quarter/year with year-on-year change, forecast, a split by region, industry or enterprise, official values', params: codeParams, querystring: detailQuery },
      },
      async (request) => {
        const { by, limit, ...query } = request.query;
        return service().detail(request.countyId, request.params.code, {
          ...query,
          ...(by ? { by } : {}),
          limit: limit ?? (by === 'region' ? 1000 : 20),
        });
      },
    );

    app.get(
      '/indicators/:code/records',
      {
        config: read,
        schema: { tags, summary: 'The records behind a number: exactly those counted, with their ids, a link to the register page, the rule and settings', params: codeParams, querystring: recordsQuery },
      },
      async (request) => service().records(request.countyId, request.params.code, request.query),
    );

    app.get(
      '/indicators/:code/records.xlsx',
      { config: download, schema: { tags, summary: 'The records behind a number as Excel (all of them)', params: codeParams, querystring: recordsQuery.omit({ offset: true, limit: true }) } },
      async (request, reply) => {
        const { countyId } = request;
        const records = await service().records(countyId, request.params.code, { ...request.query, offset: 0, limit: 1 });
        const all = await service().records(countyId, request.params.code, { ...request.query, offset: 0, limit: Math.max(1, records.count) });
        return sendWorkbook(request, reply, `${request.params.code}-明细-${records.asOf}.xlsx`, await workbookBuffer([recordsSheet(all, all.rows)]));
      },
    );

    app.get(
      '/indicators/:code/export.xlsx',
      { config: download, schema: { tags, summary: 'A table of the indicator page as Excel: its trend, split, official values, reported values or settings', params: codeParams, querystring: exportQuery } },
      async (request, reply) => {
        const { countyId } = request;
        const { table, by, limit, ...query } = request.query;
        const detail = await service().detail(countyId, request.params.code, { ...query, ...(by ? { by } : {}), limit: limit ?? 100_000 });
        const plan = (await service().snapshot(countyId)).plan;
        const regionName = (code: string) => plan.regions.find((r) => r.code === code)?.name ?? code;
        const sheets = {
          trend: () => trendSheet(detail),
          split: () => splitSheet(detail),
          official: () => officialSheet(request.params.code, detail.officialValues, regionName),
          manual: () => manualSheet(detail, regionName),
          settings: () => settingsSheet(detail),
        };
        const sheet = sheets[table]();
        return sendWorkbook(request, reply, `${request.params.code}-${table}-${detail.asOf}.xlsx`, await workbookBuffer([sheet]));
      },
    );

    app.get(
      '/indicators/:code/settings',
      { config: read, schema: { tags, summary: 'The indicator’s rule and settings: value in use, default, whether officially confirmed', params: codeParams, querystring: countyQuery } },
      async (request) => service().settings(request.countyId, request.params.code),
    );

    app.put(
      '/indicators/:code/settings',
      {
        config: write,
        schema: { tags, summary: 'Choose values for the indicator’s settings (the rest take their defaults); everything is recomputed', params: codeParams, querystring: countyQuery, body: settingsInputSchema },
      },
      async (request) => {
        const t = target(request);
        await service().saveSettings({ ...t, overrides: request.body.settings });
        return service().settings(t.countyId, t.code);
      },
    );

    // 官方发布值 and 人工填报值: the same four routes each, over their own schema and service calls.
    const valueKinds = [
      {
        path: 'official-values',
        list: async (countyId: string, code: string) => ({ officialValues: await service().officialValues(countyId, code) }),
        body: officialValueInputSchema,
        save: (props: ChangeOf<{ input: OfficialValueInput; id?: string }>) => service().saveOfficialValue(props),
        remove: (props: ChangeOf<{ id: string }>) => service().deleteOfficialValue(props),
        summaries: {
          list: 'The indicator’s official values, each beside the platform’s value for its date',
          add: 'Record an official value (value, source document, publication date); the same document and date again corrects it',
          correct: 'Correct an official value',
          remove: 'Remove an official value recorded in error',
        },
      },
      {
        path: 'manual-values',
        list: async (countyId: string, code: string) => ({ manualValues: await service().manualValues(countyId, code) }),
        body: manualValueInputSchema,
        save: (props: ChangeOf<{ input: ManualValueInput; id?: string }>) => service().saveManualValue(props),
        remove: (props: ChangeOf<{ id: string }>) => service().deleteManualValue(props),
        summaries: {
          list: 'Values reported by hand for an indicator the platform cannot compute, with their evidence',
          add: 'Report a value by hand with its source and evidence (text, web address or document reference); one per date and region',
          correct: 'Correct a reported value',
          remove: 'Remove a reported value entered in error',
        },
      },
    ] as const;

    for (const kind of valueKinds) {
      const save = kind.save as (props: ChangeOf<{ input: unknown; id?: string }>) => Promise<unknown>;
      app.get(
        `/indicators/:code/${kind.path}`,
        { config: read, schema: { tags, summary: kind.summaries.list, params: codeParams, querystring: countyQuery } },
        async (request) => kind.list(request.countyId, request.params.code),
      );
      app.post(
        `/indicators/:code/${kind.path}`,
        { config: write, schema: { tags, summary: kind.summaries.add, params: codeParams, querystring: countyQuery, body: kind.body } },
        async (request, reply) => reply.status(201).send(await save({ ...target(request), input: request.body })),
      );
      app.put(
        `/indicators/:code/${kind.path}/:id`,
        { config: write, schema: { tags, summary: kind.summaries.correct, params: valueParams, querystring: countyQuery, body: kind.body } },
        async (request) => save({ ...target(request), input: request.body, id: request.params.id }),
      );
      app.delete(
        `/indicators/:code/${kind.path}/:id`,
        { config: write, schema: { tags, summary: kind.summaries.remove, params: valueParams, querystring: countyQuery } },
        async (request, reply) => {
          await kind.remove({ ...target(request), id: request.params.id });
          return reply.status(204).send();
        },
      );
    }
  };
}

import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type LegalEvent, type RecordPage, registerKinds, type RegistersOverview, shanghaiDate, withCountyTotals } from '@ipcounty/domain';
import { z } from 'zod';
import { actingUser } from '../accounts/request-identity.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { notFound } from '../common/app-error.js';
import { requestLanguage } from '../http/request-language.js';
import { sendDownload, xlsxType } from '../http/send-download.js';
import { exportFileName, writeRegisterExport } from './export-register.js';
import { legalEventsOf } from './patents/legal-events.repository.js';
import { documentLegalEvents, type PatentDocument } from './patents/patent-document.js';
import { presentRecord } from './record-view.js';
import { registerRepository } from './register.repository.js';
import { registersVersion } from './registers-version.js';
import { countyQuery } from '../counties/county-of-request.js';
import { countyScope, presentationContext, scopeRegions, type CountyScope } from './county-scope.js';
import { filterOf, pageQuery, recordQuery } from './record-query.js';
import { populationRecord } from './domain-records.js';
import type { RecordDocument } from './register-record.js';
import { deleteRecord, saveRecord } from './save-record.js';
import { saveKeyIndustries } from './save-key-industries.js';

const tags = ['registers'];
const kindParams = z.object({ kind: z.enum(registerKinds) });
const recordParams = kindParams.extend({ key: z.string().min(1).max(200) });
const cellsBody = z.object({ cells: z.record(z.string(), z.string().max(10_000)) });
const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };

/**
 * 统计监测台账: the registers, read page by page with filters, one record with its history, edited
 * by the office (audited), and exported to Excel (audited). A town reporter sees the records of
 * their own town only; a record outside it answers 404, as if it did not exist.
 */
/** The county's population by year: its own row, or the sum of its towns (what the indicators divide by). */
async function countyPopulation(ctx: ServerContext, countyId: string, regions: CountyScope['regions']) {
  const figures = [];
  for await (const page of registerRepository.documents(ctx.handle.db, 'population', countyId)) for (const row of page) figures.push(populationRecord(JSON.parse(row.document) as RecordDocument, row.region));
  const county = regions.find((r) => r.kind === 'county')?.code;
  return withCountyTotals(figures, regions)
    .filter((f) => f.region === county)
    .sort((a, b) => b.year - a.year);
}

export function registersRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/registers',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: 'Every register with its record count, demo records and unresolved addresses', querystring: countyQuery } },
      async (request): Promise<RegistersOverview> => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const registers = [];
        // A town reporter counts its own town's records, not the county's (数据范围).
        const regions = scopeRegions(request, 'registers.read', scope.regions);
        for (const kind of registerKinds) registers.push({ kind, ...(await registerRepository.counts(ctx.handle.db, kind, scope.countyId, regions)) });
        return { registers, keyIndustries: scope.keyIndustries, version: await registersVersion(ctx.handle, scope.countyId) };
      },
    );

    app.get(
      '/registers/settings/key-industries',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: '重点产业: the key industries enterprises are tagged with (the plan’s 3+X)', querystring: countyQuery } },
      async (request) => ({ keyIndustries: (await countyScope(ctx.handle.db, request.countyId)).keyIndustries }),
    );

    app.put(
      '/registers/settings/key-industries',
      {
        config: { access: { permission: 'registers.write' } },
        schema: { tags, summary: 'Set the key industries (3+X)', querystring: countyQuery, body: z.object({ keyIndustries: z.array(z.string().trim().min(1).max(30)).min(1).max(30) }) },
      },
      async (request) => {
        // The county must have a plan (404 otherwise), as for every register route.
        const scope = await countyScope(ctx.handle.db, request.countyId);
        return { keyIndustries: await saveKeyIndustries({ ctx, countyId: scope.countyId, user: actingUser(request), keyIndustries: request.body.keyIndustries }) };
      },
    );

    app.get(
      '/registers/:kind',
      {
        config: { access: { permission: 'registers.read' } },
        schema: {
          tags,
          summary: 'Records of a register, a page at a time: search (q), region (with the regions under it), type, dates, demo, keys (ids); patents also effectiveAt, grantedFrom/To, applicantType',
          params: kindParams,
          querystring: recordQuery.extend(pageQuery.shape),
        },
      },
      async (request): Promise<RecordPage> => {
        const { kind } = request.params;
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const filter = filterOf(kind, request.query, scope.regions, scopeRegions(request, 'registers.read', scope.regions));
        const { page, pageSize } = request.query;
        const result = await registerRepository.list(ctx.handle.db, kind, scope.countyId, filter, { offset: (page - 1) * pageSize, limit: pageSize });
        const context = presentationContext(scope);
        const today = shanghaiDate(ctx.clock.now());
        return {
          total: result.total,
          page,
          pageSize,
          records: result.records.map((row) => presentRecord(kind, row, context, today)),
          version: await registersVersion(ctx.handle, scope.countyId),
          ...(kind === 'population' ? { countyTotals: await countyPopulation(ctx, scope.countyId, scope.regions) } : {}),
        };
      },
    );

    app.get(
      '/registers/:kind/export.xlsx',
      {
        config: { access: { permission: 'exports.run' }, rateLimit: bulk },
        schema: { tags, summary: 'The register (with the same filters as the list) as an Excel file that imports back, in the reader’s language (lang, else Accept-Language)', params: kindParams, querystring: recordQuery },
      },
      async (request, reply) => {
        const { kind } = request.params;
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const filter = filterOf(kind, request.query, scope.regions, scopeRegions(request, 'exports.run', scope.regions));
        const today = shanghaiDate(ctx.clock.now());
        const language = requestLanguage(request);
        // The download is audited before it starts (DJ-AUD-01 导出), with the filters it used.
        return sendDownload(ctx, request, reply, {
          fileName: exportFileName(kind, today, language),
          type: xlsxType,
          body: () => {
            const body = new PassThrough();
            void writeRegisterExport(ctx.handle.db, kind, scope.countyId, filter, presentationContext(scope), body, language).catch((error: unknown) => body.destroy(error as Error));
            return body;
          },
          audit: { entity: kind, details: { filter: JSON.parse(JSON.stringify(filter)) } },
        });
      },
    );

    app.post(
      '/registers/:kind',
      { config: { access: { permission: 'registers.write' } }, schema: { tags, summary: 'Add a record: the cells as the import template names them; checked like an imported row', params: kindParams, querystring: countyQuery, body: cellsBody } },
      async (request, reply) => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const result = await saveRecord({ ctx, countyId: scope.countyId, user: actingUser(request), kind: request.params.kind, cells: request.body.cells, scope: { regions: scopeRegions(request, 'registers.write', scope.regions) ?? null } });
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/registers/:kind/:key',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: 'One record; a patent with its legal events', params: recordParams, querystring: countyQuery } },
      async (request) => {
        const { kind, key } = request.params;
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const row = await registerRepository.get(ctx.handle.db, kind, scope.countyId, key);
        const allowed = scopeRegions(request, 'registers.read', scope.regions);
        if (!row || (allowed && !(row.region && allowed.includes(row.region)))) throw notFound('record', key);
        const record = presentRecord(kind, row, presentationContext(scope), shanghaiDate(ctx.clock.now()));
        let events: LegalEvent[] | undefined;
        if (kind === 'patents') {
          const stored = (await legalEventsOf(ctx.handle.db, scope.countyId, [key])).get(key);
          events = stored ?? documentLegalEvents(record.document as unknown as PatentDocument);
        }
        return { record, ...(events ? { events } : {}) };
      },
    );

    app.put(
      '/registers/:kind/:key',
      { config: { access: { permission: 'registers.write' } }, schema: { tags, summary: 'Change a record (audited with the record before and after); the key fields cannot change', params: recordParams, querystring: countyQuery, body: cellsBody } },
      async (request) => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        return saveRecord({ ctx, countyId: scope.countyId, user: actingUser(request), kind: request.params.kind, key: request.params.key, cells: request.body.cells, scope: { regions: scopeRegions(request, 'registers.write', scope.regions) ?? null } });
      },
    );

    app.delete(
      '/registers/:kind/:key',
      { config: { access: { permission: 'registers.write' } }, schema: { tags, summary: 'Delete a record (audited)', params: recordParams, querystring: countyQuery } },
      async (request, reply) => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        await deleteRecord({ ctx, countyId: scope.countyId, user: actingUser(request), kind: request.params.kind, key: request.params.key });
        return reply.status(204).send();
      },
    );

  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can, shanghaiDate, type ProvinceComparison } from '@ipcounty/domain';
import type { FastifyRequest } from 'fastify';
import { isProvincialOffice } from '../counties/county-roles.js';
import { countyQuery } from '../counties/county-of-request.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { principalOf } from '../http/route-access.js';
import { sendDownload, xlsxType } from '../http/send-download.js';
import { workbookBuffer } from '../files/table-writer.js';
import { isoDateSchema } from '../indicators/indicator-input.schema.js';
import { AppError } from '../common/app-error.js';
import { provinceComparison } from './province-comparison.view.js';
import { provinceSheets, provinceWorkbookName } from './province-workbook.js';
import { requestLanguage } from '../http/request-language.js';

const tags = ['province'];
const asOfQuery = countyQuery.extend({ asOf: isoDateSchema.optional() });
const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };

/** 全省对比: the provincial office compares every county of the installation; nobody else may. */
export function provinceRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  async function provincialOnly(request: FastifyRequest): Promise<void> {
    // The county resolver has already refused a ?county= out of reach; this asks for the role itself.
    void request.countyId;
    if (!request.account || !(await isProvincialOffice(ctx.handle.db, ctx.config.COUNTY, request.account)))
      throw new AppError(403, 'forbidden', 'Only the provincial office compares counties');
  }
  const today = () => shanghaiDate(ctx.clock.now());

  return async (app) => {
    app.get(
      '/province/comparison',
      {
        config: { access: { permission: 'dashboard.read' } },
        schema: { tags, summary: "Every county's attainment, rankings on shared indicators per 10,000 residents, trends, counties at risk and latest acceptance result, as each county's engine computes them", querystring: asOfQuery },
      },
      async (request): Promise<ProvinceComparison> => {
        await provincialOnly(request);
        return provinceComparison(ctx, request.query.asOf ?? today());
      },
    );

    app.get(
      '/province/comparison.xlsx',
      { config: { access: { permission: 'dashboard.read' }, rateLimit: bulk }, schema: { tags, summary: 'The provincial comparison as Excel', querystring: asOfQuery } },
      async (request, reply) => {
        await provincialOnly(request);
        if (!can(principalOf(request), 'exports.run')) throw new AppError(403, 'forbidden', 'You do not have permission to export');
        const comparison = await provinceComparison(ctx, request.query.asOf ?? today());
        // In the reader's language (lang from the page's link, else Accept-Language): headers and county names alike.
        const language = requestLanguage(request);
        return sendDownload(ctx, request, reply, {
          fileName: provinceWorkbookName(comparison.asOf, language),
          type: xlsxType,
          body: await workbookBuffer(provinceSheets(comparison, language)),
          audit: { entity: 'province' },
        });
      },
    );
  };
}

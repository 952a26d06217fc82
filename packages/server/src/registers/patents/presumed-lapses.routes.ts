import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isIsoDate, type PresumedLapses, shanghaiDate } from '@ipcounty/domain';
import { z } from 'zod';
import { countyQuery } from '../../counties/county-of-request.js';
import type { ServerContext } from '../../http/context.js';
import { presumedInForce } from './presumed-lapses.repository.js';

/** The stock indicators that count effective inventions, whose values a presumed lapse makes 推定. */
const STOCK_INDICATORS = ['effective-invention-patents-per-10k', 'high-value-invention-patents-per-10k'];

/**
 * 推定: how many of the effective inventions counted at a date were exported as 无权 / 失效 with no
 * 失效日, so lapsed on a day before the export date that nobody knows yet. The dashboard and the
 * indicator pages mark their patent stocks with it and point to the legal-events import.
 */
export function presumedLapsesRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/presumed-lapses',
      {
        config: { access: { permission: 'dashboard.read' } },
        schema: {
          tags: ['indicators'],
          summary: 'Effective inventions counted at a date whose lapse is dated by an export date only (推定), and the indicators they make presumed',
          querystring: countyQuery.extend({ asOf: z.string().refine(isIsoDate, 'YYYY-MM-DD').optional() }),
        },
      },
      async (request): Promise<PresumedLapses> => {
        const asOf = request.query.asOf ?? shanghaiDate(ctx.clock.now());
        const { count, until } = await presumedInForce(ctx.handle.db, request.countyId, asOf);
        return { asOf, count, until, indicators: count > 0 ? STOCK_INDICATORS : [] };
      },
    );
  };
}

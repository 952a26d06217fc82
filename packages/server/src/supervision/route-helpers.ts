import { shanghaiDate } from '@ipcounty/domain';
import { z } from 'zod';
import { resolveCountyId } from '../counties/resolve-county.js';
import { AppError } from '../shared/app-error.js';
import type { ServerContext } from '../http/context.js';

export const countyQuery = z.object({ county: z.string().optional() });
export const yearQuery = countyQuery.extend({ year: z.coerce.number().int().min(1980).max(2100).optional() });

/**
 * The county of a request and the year it asks about (this year in Shanghai when not given). A
 * signed-in account works in its own county only; ?county= naming another one finds nothing.
 */
export async function countyAndYear(ctx: ServerContext, request: { account?: { countyId: string } | undefined; query: { county?: string | undefined; year?: number | undefined } }) {
  const { query } = request;
  const own = request.account?.countyId;
  if (own && query.county && query.county !== own) throw new AppError(404, 'unknown_county', `县（市）"${query.county}"不存在 / Unknown county "${query.county}"`);
  const countyId = own ?? (await resolveCountyId(ctx, query.county));
  const year = query.year ?? Number(shanghaiDate(ctx.clock.now().toISOString()).slice(0, 4));
  return { countyId, year };
}

/** A download name in Content-Disposition, readable in Chinese (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

import type { ServerContext } from '../http/context.js';
import { AppError } from '../shared/app-error.js';
import { planRepository } from '../plan/plan.repository.js';

/**
 * The county a request is about. A single-county installation (the default) needs no
 * parameter; a multi-county one takes ?county= or the COUNTY setting.
 * Accounts narrow this further to the user's own county.
 */
export async function resolveCountyId(ctx: ServerContext, requested?: string): Promise<string> {
  const counties = await planRepository.counties(ctx.handle.db);
  const wanted = requested ?? ctx.config.COUNTY;
  if (wanted) {
    if (!counties.some((c) => c.countyId === wanted)) throw new AppError(404, 'unknown_county', `县（市）"${wanted}"不存在 / Unknown county "${wanted}"`);
    return wanted;
  }
  if (counties.length === 1) return counties[0]!.countyId;
  if (counties.length === 0) throw new AppError(404, 'no_plan', '尚未导入工作方案 / No plan has been loaded yet');
  throw new AppError(400, 'county_required', '请指定县（市）：?county= / Several counties are loaded; name one with ?county=');
}

import type { Executor } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';

/**
 * The county that owns what belongs to the installation rather than to one account: the source
 * address throttle, and the audit records of sign-in attempts under names no account has. It is
 * the COUNTY setting, or else the first county loaded (the only one, on a single-county install).
 */
export async function installationCountyId(db: Executor, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const first = await db.selectFrom('counties').select('county_id').orderBy('county_id').limit(1).executeTakeFirst();
  if (!first) throw new AppError(503, 'no_county', `No plan has been loaded yet`);
  return first.county_id;
}

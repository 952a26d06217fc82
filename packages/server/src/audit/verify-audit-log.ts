import { verifyChain, type ChainBreak, type ChainHead } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { auditLogRepository } from './audit-log.repository.js';
import type { AuditTrail } from './audit-trail.js';

export type AuditVerification =
  | { ok: true; countyId: string; verified: number; head: ChainHead | null }
  | { ok: false; countyId: string; verified: number; broken: ChainBreak };

/**
 * Checks one county's whole chain, a page at a time so a long log never sits in memory at once.
 * `knownHead` is a head recorded elsewhere earlier (printed by an earlier verification): the
 * chain must still pass through it, which catches entries cut off the end.
 */
export async function verifyAuditLog(
  db: Executor,
  trail: AuditTrail,
  countyId: string,
  options: { knownHead?: ChainHead; pageSize?: number } = {},
): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 2000;
  let from: ChainHead | undefined;
  let verified = 0;
  for (;;) {
    const page = await auditLogRepository.chainPage(db, countyId, from?.seq ?? 0, pageSize);
    const last = page.length < pageSize;
    const known = options.knownHead;
    const reachesKnown = known !== undefined && (last || page.some((entry) => entry.seq === known.seq));
    const result = verifyChain(page, trail.hash, { from, knownHead: reachesKnown ? known : undefined });
    if (!result.ok) return { ok: false, countyId, verified: verified + result.verified, broken: result.broken };
    verified += result.verified;
    if (result.head) from = result.head;
    if (last) return { ok: true, countyId, verified, head: from ?? null };
  }
}

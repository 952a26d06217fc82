import { verifyChain, type ChainBreak, type ChainHead } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { chainSegments } from './audit-chain-keys.js';
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
  // An unkeyed start of the chain, then the keyed rest (audit_chain_keys says where the key begins).
  const segments = await chainSegments(db, trail, countyId);
  const hashOf = (seq: number) => segments.findLast((s) => s.fromSeq <= seq)?.hash ?? trail.plainHash;
  let from: ChainHead | undefined;
  let verified = 0;
  for (;;) {
    const page = await auditLogRepository.chainPage(db, countyId, from?.seq ?? 0, pageSize);
    const last = page.length < pageSize;
    const known = options.knownHead;
    // Each run of entries written with one hash is checked with it, the runs linked head to head.
    const runs: (typeof page)[] = [];
    for (const entry of page) {
      const run = runs.at(-1);
      if (run && hashOf(run[0]!.seq) === hashOf(entry.seq)) run.push(entry);
      else runs.push([entry]);
    }
    if (runs.length === 0) runs.push([]);
    for (const [index, run] of runs.entries()) {
      const finalRun = last && index === runs.length - 1;
      const reachesKnown = known !== undefined && (finalRun || run.some((entry) => entry.seq === known.seq));
      const result = verifyChain(run, run[0] ? hashOf(run[0].seq) : trail.hash, { from, knownHead: reachesKnown ? known : undefined });
      if (!result.ok) return { ok: false, countyId, verified: verified + result.verified, broken: result.broken };
      verified += result.verified;
      if (result.head) from = result.head;
    }
    if (last) return { ok: true, countyId, verified, head: from ?? null };
  }
}

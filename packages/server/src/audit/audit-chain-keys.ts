import { chainHash, type AuditHashFn } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { DatabaseHandle } from '../database/connection.js';
import { auditLogRepository } from './audit-log.repository.js';
import { AuditKeyError, type AuditTrail } from './audit-trail.js';

/**
 * Where a county's audit chain became an HMAC (DJ-INT-02). A chain written before the key existed
 * stays as it was; the key applies from the entry after its head, and `audit_chain_keys` records
 * that seq with the key's fingerprint, so the whole chain still verifies: plain up to there,
 * keyed after.
 */
export const auditChainKeysRepository = {
  async list(db: Executor, countyId: string): Promise<{ fromSeq: number; fingerprint: string }[]> {
    const rows = await db.selectFrom('audit_chain_keys').select(['from_seq', 'key_fingerprint']).where('county_id', '=', countyId).orderBy('from_seq').execute();
    return rows.map((r) => ({ fromSeq: Number(r.from_seq), fingerprint: r.key_fingerprint }));
  },

  async add(db: Executor, countyId: string, fromSeq: number, fingerprint: string, at: string): Promise<void> {
    await db.insertInto('audit_chain_keys').values({ county_id: countyId, from_seq: fromSeq, key_fingerprint: fingerprint, recorded_at: at }).execute();
  },
};

/**
 * At start-up, before anything is written: records for each county from which seq the trail's key
 * applies. A county whose last entry already verifies with this key was keyed from its first
 * entry (an operator-given key); otherwise the key starts after the current head.
 */
export async function registerAuditKey(handle: DatabaseHandle, trail: AuditTrail, countyIds: readonly string[]): Promise<{ countyId: string; fromSeq: number }[]> {
  const fingerprint = trail.keyFingerprint;
  if (!fingerprint) return [];
  const at = trail.clock.now().toISOString();
  const registered: { countyId: string; fromSeq: number }[] = [];
  for (const countyId of countyIds)
    await inWriteTransaction(handle, async (tx) => {
      await auditLogRepository.lockChain(tx, countyId);
      const known = await auditChainKeysRepository.list(tx, countyId);
      if (known.at(-1)?.fingerprint === fingerprint) return;
      const head = await auditLogRepository.head(tx, countyId);
      let fromSeq = (head?.seq ?? 0) + 1;
      if (head && known.length === 0) {
        const [last] = await auditLogRepository.chainPage(tx, countyId, head.seq - 1, 1);
        if (last && chainHash(last.prevHash, last, trail.hash) === last.hash) fromSeq = 1;
      }
      await auditChainKeysRepository.add(tx, countyId, fromSeq, fingerprint, at);
      registered.push({ countyId, fromSeq });
    });
  return registered;
}

/**
 * The hash each part of a county's chain was written with: [fromSeq, hash] in seq order. With no
 * record the chain is the trail's own (a county begun under this key, or an unkeyed installation).
 */
export async function chainSegments(db: Executor, trail: AuditTrail, countyId: string): Promise<{ fromSeq: number; hash: AuditHashFn }[]> {
  const known = await auditChainKeysRepository.list(db, countyId);
  if (known.length === 0) return [{ fromSeq: 1, hash: trail.hash }];
  const segments: { fromSeq: number; hash: AuditHashFn }[] = known[0]!.fromSeq > 1 ? [{ fromSeq: 1, hash: trail.plainHash }] : [];
  for (const key of known) {
    if (key.fingerprint !== trail.keyFingerprint)
      throw new AuditKeyError(
        `audit entries of ${countyId} from #${key.fromSeq} were written with the key ${key.fingerprint}; set AUDIT_HMAC_KEY_FILE to that key file to verify them`,
      );
    segments.push({ fromSeq: key.fromSeq, hash: trail.hash });
  }
  return segments;
}

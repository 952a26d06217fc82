import { describe, expect, it } from 'vitest';
import {
  appendToChain,
  auditChainGenesis,
  canonicalAuditEntry,
  chainHash,
  verifyChain,
  type AuditEntry,
  type ChainedAuditEntry,
} from './audit-chain.js';

/** FNV-1a, 32 bits: enough to test the chaining; production injects SHA-256, SM3 or an HMAC. */
const fnv1a = (data: string) => {
  let h = 0x811c9dc5;
  for (const ch of data) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
};

const event = (n: number, overrides: Partial<AuditEntry> = {}): Omit<AuditEntry, 'seq'> => ({
  occurredAt: `2025-03-03T09:0${n}:00.000+08:00`,
  actorId: 'u-market',
  actorName: 'wang.fang',
  actorRoles: ['unit-reporter'],
  sourceIp: '10.32.1.17',
  userAgent: 'Mozilla/5.0',
  eventType: 'reports.submitted',
  objectType: 'report',
  objectId: `r-${n}`,
  outcome: 'success',
  reasonCode: null,
  requestId: `req-${n}`,
  details: { period: '2025-Q1', rows: n },
  ...overrides,
});

function chainOf(count: number): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  for (let n = 1; n <= count; n += 1) {
    const last = entries.at(-1);
    entries.push(appendToChain(last ? { seq: last.seq, hash: last.hash } : null, event(n), fnv1a));
  }
  return entries;
}

describe('canonicalAuditEntry', () => {
  it('DJ-AUD-03 serialises an entry as JSON with sorted keys and no spaces', () => {
    const entry: AuditEntry = {
      ...event(1, { details: { z: 1, a: { y: [1, 'b'], b: null } } }),
      seq: 7,
    };
    expect(canonicalAuditEntry(entry)).toBe(
      '{"actorId":"u-market","actorName":"wang.fang","actorRoles":["unit-reporter"],' +
        '"details":{"a":{"b":null,"y":[1,"b"]},"z":1},"eventType":"reports.submitted",' +
        '"objectId":"r-1","objectType":"report","occurredAt":"2025-03-03T09:01:00.000+08:00",' +
        '"outcome":"success","reasonCode":null,"requestId":"req-1","seq":7,"sourceIp":"10.32.1.17",' +
        '"userAgent":"Mozilla/5.0"}',
    );
  });

  it('DJ-AUD-03 gives the same hash after details come back from the database with their keys reordered', () => {
    const entry: AuditEntry = { ...event(1, { details: { rows: 3, period: '2025-Q1' } }), seq: 1 };
    const roundTripped: AuditEntry = { ...entry, details: { period: '2025-Q1', rows: 3 } };
    expect(chainHash(auditChainGenesis, roundTripped, fnv1a)).toBe(chainHash(auditChainGenesis, entry, fnv1a));
  });

  it('DJ-AUD-03 refuses values JSON cannot store, instead of hashing something that will not round-trip', () => {
    expect(() => canonicalAuditEntry({ ...event(1, { details: { rows: Number.NaN } }), seq: 1 })).toThrow(/non-finite/);
  });
});

describe('verifyChain', () => {
  it('DJ-AUD-03 accepts an untouched chain and reports its head', () => {
    const entries = chainOf(4);
    expect(entries[0]?.prevHash).toBe(auditChainGenesis);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
    expect(verifyChain(entries, fnv1a)).toEqual({
      ok: true,
      verified: 4,
      head: { seq: 4, hash: entries[3]?.hash },
    });
    expect(verifyChain([], fnv1a)).toEqual({ ok: true, verified: 0, head: null });
  });

  it('DJ-AUD-03 pinpoints the entry whose content was changed', () => {
    const entries = chainOf(5);
    const tampered = entries.map((e) => (e.seq === 3 ? { ...e, actorName: 'wang.fanh' } : e));
    expect(verifyChain(tampered, fnv1a)).toMatchObject({
      ok: false,
      verified: 2,
      broken: { index: 2, seq: 3, reason: 'hash-mismatch', zh: '审计记录 #3的内容已被修改' },
    });
    const outcomeFlipped = entries.map((e) => (e.seq === 4 ? { ...e, outcome: 'failure' as const } : e));
    expect(verifyChain(outcomeFlipped, fnv1a)).toMatchObject({ ok: false, broken: { seq: 4, reason: 'hash-mismatch' } });
  });

  it('DJ-AUD-03 finds a deleted entry and entries put out of order', () => {
    const entries = chainOf(5);
    expect(verifyChain(entries.filter((e) => e.seq !== 2), fnv1a)).toMatchObject({
      ok: false,
      broken: { index: 1, seq: 3, reason: 'sequence-gap' },
    });
    const swapped = [entries[0], entries[2], entries[1], entries[3]] as ChainedAuditEntry[];
    expect(verifyChain(swapped, fnv1a)).toMatchObject({ ok: false, broken: { index: 1, reason: 'sequence-gap' } });
  });

  it('DJ-AUD-03 still finds an edit whose own hash was recomputed, at the next entry', () => {
    const entries = chainOf(4);
    const second = entries[1] as ChainedAuditEntry;
    const edited = { ...second, objectId: 'r-99' };
    const rehashed = { ...edited, hash: chainHash(edited.prevHash, edited, fnv1a) };
    const forged = entries.map((e) => (e.seq === 2 ? rehashed : e));
    expect(verifyChain(forged, fnv1a)).toMatchObject({
      ok: false,
      broken: { index: 2, seq: 3, reason: 'prev-hash-mismatch' },
    });
  });

  it('DJ-AUD-03 catches entries cut off the end only against a head kept outside the database', () => {
    const entries = chainOf(5);
    const exported = { seq: 5, hash: (entries[4] as ChainedAuditEntry).hash };
    const cut = entries.slice(0, 3);
    expect(verifyChain(cut, fnv1a).ok).toBe(true);
    expect(verifyChain(cut, fnv1a, { knownHead: exported })).toMatchObject({
      ok: false,
      verified: 3,
      broken: { index: 2, seq: 3, reason: 'head-mismatch' },
    });
    expect(verifyChain(entries, fnv1a, { knownHead: exported }).ok).toBe(true);
    // Entries written after the export still verify.
    const longer = [...entries, appendToChain(exported, event(6), fnv1a)];
    expect(verifyChain(longer, fnv1a, { knownHead: exported })).toMatchObject({ ok: true, verified: 6 });
  });

  it('DJ-AUD-03 verifies the part kept after rotation from the head of the archived part', () => {
    const entries = chainOf(6);
    const archivedHead = { seq: 3, hash: (entries[2] as ChainedAuditEntry).hash };
    expect(verifyChain(entries.slice(3), fnv1a, { from: archivedHead })).toMatchObject({
      ok: true,
      verified: 3,
      head: { seq: 6 },
    });
    expect(verifyChain(entries.slice(3), fnv1a).ok).toBe(false);
  });
});

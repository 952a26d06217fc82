import { appendToChain, verifyChain, type ChainedAuditEntry } from '@ipcounty/domain';
import { describe, expect, it } from 'vitest';
import { auditHashFunction } from './audit-hash.js';

describe('auditHashFunction', () => {
  it('DJ-AUD-03 hashes with SHA-256, or SM3 in 密评 mode (published test vectors for "abc")', () => {
    expect(auditHashFunction({ algorithm: 'sha256' })('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // GB/T 32905-2016 Appendix A, example 1.
    expect(auditHashFunction({ algorithm: 'sm3' })('abc')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('DJ-INT-02 keys the hash as an HMAC (RFC 4231 test case 6) and refuses a short key', () => {
    const hmac = auditHashFunction({ algorithm: 'sha256', key: Buffer.alloc(131, 0xaa) });
    expect(hmac('Test Using Larger Than Block-Size Key - Hash Key First')).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
    expect(() => auditHashFunction({ algorithm: 'sha256', key: Buffer.alloc(16) })).toThrow(/32 bytes/);
  });

  it('DJ-INT-02 makes a chain rebuilt without the key fail verification', () => {
    const keyed = auditHashFunction({ algorithm: 'sm3', key: Buffer.alloc(32, 7) });
    const unkeyed = auditHashFunction({ algorithm: 'sm3' });
    const entries: ChainedAuditEntry[] = [];
    for (const n of [1, 2, 3]) {
      const last = entries.at(-1);
      entries.push(
        appendToChain(
          last ? { seq: last.seq, hash: last.hash } : null,
          {
            occurredAt: `2025-03-03T09:0${n}:00.000+08:00`,
            actorId: 'u-aud',
            actorName: 'audit.admin',
            actorRoles: ['audit-admin'],
            sourceIp: '10.32.1.9',
            userAgent: null,
            eventType: 'audit.searched',
            objectType: null,
            objectId: null,
            outcome: 'success',
            reasonCode: null,
            requestId: `req-${n}`,
            details: { query: 'auth.login' },
          },
          keyed,
        ),
      );
    }
    expect(verifyChain(entries, keyed)).toMatchObject({ ok: true, verified: 3 });
    // Someone with write access edits entry 2 and rebuilds the chain from there without the key.
    const forged: ChainedAuditEntry[] = [entries[0] as ChainedAuditEntry];
    for (const e of entries.slice(1)) {
      const prev = forged.at(-1) as ChainedAuditEntry;
      const { prevHash: _p, hash: _h, seq: _s, ...content } = e;
      const edited = e.seq === 2 ? { ...content, details: { query: 'nothing to see' } } : content;
      forged.push(appendToChain({ seq: prev.seq, hash: prev.hash }, edited, unkeyed));
    }
    expect(verifyChain(forged, keyed)).toMatchObject({ ok: false, broken: { seq: 2, reason: 'hash-mismatch' } });
  });
});

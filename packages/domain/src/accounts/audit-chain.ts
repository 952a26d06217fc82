import type { LocalizedText } from '../text/localized-text.js';

/** A JSON value as stored in the audit record's details. */
export type AuditJsonValue = string | number | boolean | null | AuditJsonValue[] | { [key: string]: AuditJsonValue };
export type AuditDetails = { [key: string]: AuditJsonValue };

/**
 * 审计记录 (GB/T 22239-2019 安全审计 b; ASVS 16.2.1): date and time, user, event type, outcome and
 * what else the event needs.
 */
export interface AuditEntry {
  /** Position in the chain, 1, 2, 3…, assigned by the writer as the previous entry's seq + 1. */
  seq: number;
  /** ISO 8601 with an offset, e.g. 2025-03-01T09:30:00.000+08:00 (ASVS 16.2.2), stored as text. */
  occurredAt: string;
  /** null only when no account is involved (a login attempt under an unknown name). */
  actorId: string | null;
  /** The login name, or the name typed at a failed login. */
  actorName: string;
  actorRoles: readonly string[];
  sourceIp: string | null;
  userAgent: string | null;
  /** One of `auditEventTypes`, e.g. 'auth.login'. */
  eventType: string;
  objectType: string | null;
  objectId: string | null;
  outcome: 'success' | 'failure';
  /** Why it failed ('bad-password', 'locked', 'forbidden'…), null on success. */
  reasonCode: string | null;
  requestId: string | null;
  details: AuditDetails | null;
}

/** An entry as stored: with the hash of the entry before it and its own hash. */
export interface ChainedAuditEntry extends AuditEntry {
  prevHash: string;
  hash: string;
}

/**
 * The hash used for the chain, injected so the domain stays pure: SHA-256 by default, SM3 in
 * 密评 mode, and preferably keyed (HMAC with the key outside the database, DJ-INT-02), so that
 * someone who can write to the table cannot simply recompute the chain after an edit.
 * Returns lower-case hex.
 */
export type AuditHashFn = (data: string) => string;

/** The `prevHash` of the first entry. */
export const auditChainGenesis = '0'.repeat(64);

/** The last entry verified, or the point an archived part of the chain ends at. */
export interface ChainHead {
  seq: number;
  hash: string;
}

function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`audit entry holds a non-finite number: ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new Error(`audit entry holds a ${typeof value}, which JSON cannot store`);
  }
}

/**
 * The exact text that is hashed for an entry: JSON with keys in code-point order and no
 * whitespace, over the entry's fields only (never its own hash). Key order and spacing can change
 * when details pass through a database (PostgreSQL jsonb reorders keys), so neither may change
 * the hash.
 */
export function canonicalAuditEntry(entry: AuditEntry): string {
  const fields: Record<keyof AuditEntry, unknown> = {
    seq: entry.seq,
    occurredAt: entry.occurredAt,
    actorId: entry.actorId,
    actorName: entry.actorName,
    actorRoles: [...entry.actorRoles],
    sourceIp: entry.sourceIp,
    userAgent: entry.userAgent,
    eventType: entry.eventType,
    objectType: entry.objectType,
    objectId: entry.objectId,
    outcome: entry.outcome,
    reasonCode: entry.reasonCode,
    requestId: entry.requestId,
    details: entry.details,
  };
  return canonicalJson(fields);
}

/** H(prevHash ‖ entry): each entry's hash covers the one before it. */
export function chainHash(prevHash: string, entry: AuditEntry, hashFn: AuditHashFn): string {
  return hashFn(`${prevHash}\n${canonicalAuditEntry(entry)}`);
}

/**
 * Links a new entry to the chain: its seq follows `head` and its hash covers `head.hash`.
 * `head` is null for the very first entry. The writer must read the head and insert the entry
 * in one transaction that serialises writers, or two entries would claim the same place.
 */
export function appendToChain(
  head: ChainHead | null,
  entry: Omit<AuditEntry, 'seq'>,
  hashFn: AuditHashFn,
): ChainedAuditEntry {
  const prevHash = head?.hash ?? auditChainGenesis;
  const linked: AuditEntry = { ...entry, seq: (head?.seq ?? 0) + 1 };
  return { ...linked, prevHash, hash: chainHash(prevHash, linked, hashFn) };
}

export type ChainBreakReason =
  /** An entry is missing (deleted) or extra (inserted) before this one. */
  | 'sequence-gap'
  /** The entry does not point at the hash of the entry before it. */
  | 'prev-hash-mismatch'
  /** The entry's content no longer matches its hash: it was changed. */
  | 'hash-mismatch'
  /** The chain does not pass through the head recorded outside the database: entries were cut off the end or rewritten. */
  | 'head-mismatch';

export interface ChainBreak extends LocalizedText {
  /** Index in the array passed in; for a cut-off end, the index of the last entry (-1 if none). */
  index: number;
  seq: number | null;
  reason: ChainBreakReason;
}

export type ChainVerification =
  | { ok: true; verified: number; head: ChainHead | null }
  | { ok: false; verified: number; broken: ChainBreak };

function breakAt(index: number, seq: number | null, reason: ChainBreakReason): ChainBreak {
  const at = seq === null ? '' : ` #${seq}`;
  const text: Record<ChainBreakReason, LocalizedText> = {
    'sequence-gap': { zh: `审计记录${at}之前有记录缺失或被插入`, en: `Entries are missing or inserted before entry${at}` },
    'prev-hash-mismatch': {
      zh: `审计记录${at}与前一条记录的链接被破坏`,
      en: `Entry${at} no longer links to the entry before it`,
    },
    'hash-mismatch': { zh: `审计记录${at}的内容已被修改`, en: `Entry${at} was changed after it was written` },
    'head-mismatch': {
      zh: `审计日志与外部保存的链头不一致，记录可能被删除或重写`,
      en: 'The log does not pass through the head recorded elsewhere; entries were cut off or rewritten',
    },
  };
  return { index, seq, reason, ...text[reason] };
}

/**
 * 审计记录保护 (DJ-AUD-03): checks entries in seq order and returns the first one that breaks the
 * chain. `from` is where the entries start: the genesis by default, or the head of an archived
 * part when the log was rotated. `knownHead` is a head recorded outside the database earlier
 * (the daily export): the chain must pass through it, which also catches entries cut off the
 * end, something no chain can show by itself.
 */
export function verifyChain(
  entries: readonly ChainedAuditEntry[],
  hashFn: AuditHashFn,
  options: { from?: ChainHead; knownHead?: ChainHead } = {},
): ChainVerification {
  const known = options.knownHead;
  let prevHash = options.from?.hash ?? auditChainGenesis;
  let nextSeq = (options.from?.seq ?? 0) + 1;
  let head: ChainHead | null = options.from ?? null;

  for (const [index, entry] of entries.entries()) {
    if (entry.seq !== nextSeq)
      return { ok: false, verified: index, broken: breakAt(index, entry.seq, 'sequence-gap') };
    if (entry.prevHash !== prevHash)
      return { ok: false, verified: index, broken: breakAt(index, entry.seq, 'prev-hash-mismatch') };
    if (chainHash(entry.prevHash, entry, hashFn) !== entry.hash)
      return { ok: false, verified: index, broken: breakAt(index, entry.seq, 'hash-mismatch') };
    if (known && entry.seq === known.seq && entry.hash !== known.hash)
      return { ok: false, verified: index, broken: breakAt(index, entry.seq, 'head-mismatch') };
    prevHash = entry.hash;
    nextSeq += 1;
    head = { seq: entry.seq, hash: entry.hash };
  }

  if (known && (head?.seq ?? 0) < known.seq)
    return {
      ok: false,
      verified: entries.length,
      broken: breakAt(entries.length - 1, head?.seq ?? null, 'head-mismatch'),
    };
  return { ok: true, verified: entries.length, head };
}

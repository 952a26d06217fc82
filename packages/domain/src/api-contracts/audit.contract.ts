/** 审计管理 over HTTP: what /api/audit answers with. */
import type { ChainBreak, ChainedAuditEntry, ChainHead } from '../accounts/audit-chain.js';

/** An entry as the auditor's search shows it: with its own hash; the link to the entry before stays on the server. */
export type AuditEntryView = Omit<ChainedAuditEntry, 'prevHash'>;

/** GET /api/audit/verify — whether the whole hash chain holds, and where it first breaks. */
export interface AuditChainReport {
  ok: boolean;
  /** Entries checked. */
  verified: number;
  head: ChainHead | null;
  broken: Pick<ChainBreak, 'seq' | 'reason' | 'zh' | 'en'> | null;
  /** The hash in use (SHA-256, or SM3 in 密评 mode). */
  algorithm: string;
  /** Whether the hash is keyed (HMAC with the key outside the database). */
  keyed: boolean;
}

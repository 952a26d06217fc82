/** 审计管理 over HTTP: what /api/audit answers with. */
import type { ChainBreak, ChainedAuditEntry, ChainHead } from '../accounts/audit-chain.js';
import type { LocalizedText } from '../text/localized-text.js';

/**
 * An entry as the auditor's search shows it: with its own hash (the link to the entry before stays on
 * the server), its object by name in each language when the server can name it, and the names of the
 * units and towns its details record by code (code → name, from the county's plan).
 */
export type AuditEntryView = Omit<ChainedAuditEntry, 'prevHash'> & { objectName: LocalizedText | null; valueNames: Record<string, string> };

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

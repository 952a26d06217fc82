import { appendToChain, buildAuditEntry, unlabelledAuditFields, type AuditDetails, type AuditEventType, type AuditJsonValue, type ChainedAuditEntry } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import type { AuditActor } from './audit-actor.js';
import { auditLogRepository } from './audit-log.repository.js';
import type { AuditTrail } from './audit-trail.js';

/** One thing that happened, as a command describes it. */
export interface AuditEvent {
  countyId: string;
  actor: AuditActor;
  /** What happened: one of the domain's `auditEventTypes` ('users.created', 'plan.changed'…). */
  action: AuditEventType;
  /** The kind of object it happened to ('user', 'plan', 'session'…). */
  entity?: string | null;
  entityId?: string | null;
  /** The object's state before and after a change; secrets are dropped and phone numbers masked. */
  before?: AuditJsonValue;
  after?: AuditJsonValue;
  details?: AuditDetails;
  /** Success unless given; a failure needs a `reason` code ('bad-password', 'forbidden'…). */
  outcome?: 'success' | 'failure';
  reason?: string | null;
  /** ISO instant; the trail's clock when left out. */
  at?: string;
}

/** A JSON round trip, so what is hashed is exactly what the database gives back (dates become text). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Appends an entry to the county's audit chain (DJ-AUD-01…04). Call it with the transaction that
 * makes the change, so no change is stored without its record and a failing record rolls the
 * change back (fail closed). On SQLite that transaction must come from `inWriteTransaction`
 * (BEGIN IMMEDIATE holds the write lock); on PostgreSQL the chain is locked here. Either way
 * seq = previous seq + 1 with no gaps, and no sequence object is involved.
 */
export async function recordAudit(tx: Executor, trail: AuditTrail, event: AuditEvent): Promise<ChainedAuditEntry> {
  const details: AuditDetails = { ...(event.details ?? {}) };
  if (event.before !== undefined) details.before = event.before;
  if (event.after !== undefined) details.after = event.after;
  requireFieldWords(event, details);
  const entry = buildAuditEntry({
    occurredAt: event.at ?? trail.clock.now().toISOString(),
    actorId: event.actor.id,
    actorName: event.actor.name,
    actorRoles: event.actor.roles,
    sourceIp: event.actor.sourceIp ?? null,
    userAgent: event.actor.userAgent ?? null,
    requestId: event.actor.requestId ?? null,
    eventType: event.action,
    objectType: event.entity ?? null,
    objectId: event.entityId ?? null,
    outcome: event.outcome ?? 'success',
    reasonCode: event.reason ?? null,
    details: Object.keys(details).length > 0 ? asJson(details) : null,
  });
  await auditLogRepository.lockChain(tx, event.countyId);
  const head = await auditLogRepository.head(tx, event.countyId);
  const chained = appendToChain(head, entry, trail.hash);
  await auditLogRepository.append(tx, event.countyId, chained);
  return chained;
}

/**
 * The audit page shows every field of an entry's details (and of its before → after) under its name
 * in the reader's language (`auditFieldWords`, or a register's or ledger's declaration). Under the
 * tests (AUDIT_FIELD_WORDS=required, set by vitest.config.ts) an entry with a field that has no words
 * is refused, so a command that starts recording a new field fails its tests until it is worded.
 */
function requireFieldWords(event: AuditEvent, details: AuditDetails): void {
  if (process.env.AUDIT_FIELD_WORDS !== 'required') return;
  const missing = unlabelledAuditFields(event.entity ?? null, details);
  if (missing.length > 0)
    throw new Error(`${event.action} records ${missing.join(', ')} without words: add ${missing.length > 1 ? 'them' : 'it'} to auditFieldWords (packages/domain/src/text/audit-field-words.ts) in Chinese and English`);
}

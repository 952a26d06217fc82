import { randomBytes } from 'node:crypto';
import { sessionsToEvict, type SecurityPolicy } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../database/transactions.js';
import type { Account } from './account.js';
import { generateCsrfToken } from './csrf.js';
import type { RequestMeta } from './request-meta.js';
import { sessionRepository, type SessionRestriction, type StoredSession } from './session.repository.js';
import { generateSessionToken, sessionTokenDigest } from './session-token.js';

export interface StartedSession {
  /** For the cookie only; never stored. */
  token: string;
  session: StoredSession;
}

/**
 * Opens a new session for an account that has just proved who it is (a new token every time,
 * ASVS 7.2.4), first ending its oldest sessions beyond the policy's limit (ASVS 7.1.2). Runs in
 * the caller's write transaction.
 */
export async function startSession(
  tx: Executor,
  props: {
    trail: AuditTrail;
    account: Account;
    actor: AuditActor;
    policy: SecurityPolicy;
    restriction: SessionRestriction | null;
    meta: RequestMeta;
    at: string;
  },
): Promise<StartedSession> {
  const { account, at } = props;
  const live = await sessionRepository.listForUser(tx, account.countyId, account.userId);
  const evict = sessionsToEvict(
    props.policy.session,
    live.map((s) => ({ ...s, id: s.sessionId, createdAt: Date.parse(s.createdAt) })),
  );
  for (const old of evict) {
    await sessionRepository.delete(tx, old.tokenDigest);
    await recordAudit(tx, props.trail, {
      countyId: account.countyId,
      actor: props.actor,
      action: 'auth.session-ended',
      entity: 'session',
      entityId: old.sessionId,
      details: { reason: 'evicted', limit: props.policy.session.maxConcurrentSessions },
      at,
    });
  }
  const token = generateSessionToken();
  const session: StoredSession = {
    countyId: account.countyId,
    tokenDigest: sessionTokenDigest(token),
    sessionId: randomBytes(12).toString('base64url'),
    userId: account.userId,
    csrfToken: generateCsrfToken(),
    createdAt: at,
    lastSeenAt: at,
    authenticatedAt: at,
    restriction: props.restriction,
    sourceIp: props.meta.sourceIp,
    userAgent: props.meta.userAgent?.slice(0, 512) ?? null,
  };
  await sessionRepository.insert(tx, session);
  return { token, session };
}

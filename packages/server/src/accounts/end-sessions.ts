import type { AuditActor } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandContext } from '../shared/command-context.js';
import { notFound } from '../shared/app-error.js';
import { sessionRepository, type StoredSession } from './session.repository.js';

/**
 * Ending sessions (DJ-RES-01, AS-SES-04/05): the row is deleted, so the cookie that named it can
 * never work again, and the ending is audited.
 */

/** 退出登录: the session the request came with. */
export async function signOut(ctx: CommandContext, session: StoredSession, actor: AuditActor): Promise<void> {
  await inWriteTransaction(ctx.handle, async (tx) => {
    await sessionRepository.delete(tx, session.tokenDigest);
    await recordAudit(tx, ctx.audit, { countyId: session.countyId, actor, action: 'auth.logout', entity: 'session', entityId: session.sessionId });
  });
}

/** "Sign out everywhere": every session of the account, this one included. */
export async function signOutEverywhere(ctx: CommandContext, session: StoredSession, actor: AuditActor): Promise<number> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const ended = await sessionRepository.deleteForUser(tx, session.countyId, session.userId);
    await recordAudit(tx, ctx.audit, {
      countyId: session.countyId,
      actor,
      action: 'auth.logout',
      entity: 'user',
      entityId: session.userId,
      details: { everywhere: true, sessionsEnded: ended },
    });
    return ended;
  });
}

/**
 * Ends one session by its public id: the user's own (`ownerId` given) or, for the security
 * administrator, anyone's in the county. Another user's session id answers 404, as if unknown.
 */
export async function endSession(
  ctx: CommandContext,
  props: { countyId: string; sessionId: string; ownerId?: string; actor: AuditActor },
): Promise<void> {
  await inWriteTransaction(ctx.handle, async (tx) => {
    const session = await sessionRepository.findById(tx, props.sessionId);
    if (!session || session.countyId !== props.countyId || (props.ownerId !== undefined && session.userId !== props.ownerId))
      throw notFound('session');
    await sessionRepository.delete(tx, session.tokenDigest);
    await recordAudit(tx, ctx.audit, {
      countyId: session.countyId,
      actor: props.actor,
      action: 'auth.session-ended',
      entity: 'session',
      entityId: session.sessionId,
      details: { reason: props.ownerId !== undefined ? 'ended-by-user' : 'ended-by-administrator', userId: session.userId },
    });
  });
}

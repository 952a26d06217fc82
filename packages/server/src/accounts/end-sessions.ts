import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { notFound } from '../common/app-error.js';
import { sessionRepository, type StoredSession } from './session.repository.js';

/**
 * Ending sessions (DJ-RES-01, AS-SES-04/05): the row is deleted, so the cookie that named it can
 * never work again, and the ending is audited.
 */

/** 退出登录: the session the request came with. */
export async function signOut({ ctx, countyId, user, session }: CommandProps & { session: StoredSession }): Promise<void> {
  await inWriteTransaction(ctx.handle, async (tx) => {
    await sessionRepository.delete(tx, session.tokenDigest);
    await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'auth.logout', entity: 'session', entityId: session.sessionId });
  });
}

/** "Sign out everywhere": every session of the account, this one included. */
export async function signOutEverywhere({ ctx, countyId, user, session }: CommandProps & { session: StoredSession }): Promise<number> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const ended = await sessionRepository.deleteForUser(tx, countyId, session.userId);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
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
export async function endSession({ ctx, countyId, user, sessionId, ownerId }: CommandProps & { sessionId: string; ownerId?: string }): Promise<void> {
  await inWriteTransaction(ctx.handle, async (tx) => {
    const session = await sessionRepository.findById(tx, sessionId);
    if (!session || session.countyId !== countyId || (ownerId !== undefined && session.userId !== ownerId))
      throw notFound('session');
    await sessionRepository.delete(tx, session.tokenDigest);
    await recordAudit(tx, ctx.audit, {
      countyId: session.countyId,
      actor: user.audit,
      action: 'auth.session-ended',
      entity: 'session',
      entityId: session.sessionId,
      details: { reason: ownerId !== undefined ? 'ended-by-user' : 'ended-by-administrator', userId: session.userId },
    });
  });
}

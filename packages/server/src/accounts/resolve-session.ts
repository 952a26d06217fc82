import { sessionState } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandContext } from '../common/command-context.js';
import type { Account } from './account.js';
import { accountActor } from './account-actor.js';
import type { RequestMeta } from './request-meta.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import { sessionLookupCache, sessionTimesOf, type SessionLookup } from './session-lookup-cache.js';
import { sessionRepository, type StoredSession } from './session.repository.js';
import { sessionTokenDigest } from './session-token.js';
import { userRepository } from './user.repository.js';

export type ResolvedSession =
  | { kind: 'active'; account: Account; session: Readonly<StoredSession>; expiresAt: number }
  /** No such session, or one that has just ended: the request goes on as anonymous. */
  | { kind: 'none' };

/** Touch the session at most once a second: enough for idle timeouts counted in minutes. */
const touchEveryMs = 1000;

/**
 * The session a cookie names, checked on every request (DJ-AUTH-02, AS-SES-03): idle too long or
 * past its absolute lifetime, or its account disabled, and the row is deleted (the cookie never
 * works again) and the ending audited; otherwise its last-seen time moves on.
 */
export async function resolveSession(ctx: CommandContext, token: string, meta: RequestMeta): Promise<ResolvedSession> {
  const db = ctx.handle.db;
  const digest = sessionTokenDigest(token);
  const lookup = sessionLookupCache.get(ctx.handle, digest) ?? (await sharedLookUp(ctx, digest));
  if (!lookup) return { kind: 'none' };
  const { session, account, policy, times } = lookup;
  const now = ctx.clock.now().getTime();
  const state = sessionState(policy.session, times, now);
  const endReason = !account || account.status !== 'active' ? 'account-disabled' : state.state !== 'active' ? state.state : null;
  if (endReason !== null || !account) {
    await inWriteTransaction(ctx.handle, async (tx) => {
      // Another request of the same browser may have ended it a moment ago.
      if ((await sessionRepository.delete(tx, session.tokenDigest)) === 0) return;
      await recordAudit(tx, ctx.audit, {
        countyId: session.countyId,
        actor: account ? accountActor(account, meta) : { id: session.userId, name: session.userId, roles: [], ...meta },
        action: 'auth.session-ended',
        entity: 'session',
        entityId: session.sessionId,
        details: { reason: endReason ?? 'account-missing' },
        at: new Date(now).toISOString(),
      });
    });
    return { kind: 'none' };
  }
  const expiresAt = state.state === 'active' ? state.expiresAt : now;
  if (now - times.lastSeenAt < touchEveryMs) return { kind: 'active', account, session, expiresAt };
  const at = new Date(now).toISOString();
  // Concurrent requests of one session touch it once: the others go on with the time it is being set to.
  const touching = pendingOf(touches, ctx);
  if (!touching.has(digest)) {
    const touch = sessionRepository.touch(db, session.tokenDigest, at).finally(() => touching.delete(digest));
    touching.set(digest, touch);
    await touch;
    sessionLookupCache.touched(ctx.handle, digest, at);
  }
  return { kind: 'active', account, session: { ...session, lastSeenAt: at }, expiresAt };
}

const lookUps = new WeakMap<CommandContext['handle'], Map<string, Promise<SessionLookup | undefined>>>();
const touches = new WeakMap<CommandContext['handle'], Map<string, Promise<void>>>();

function pendingOf<T>(pending: WeakMap<CommandContext['handle'], Map<string, Promise<T>>>, ctx: CommandContext): Map<string, Promise<T>> {
  let byDigest = pending.get(ctx.handle);
  if (!byDigest) pending.set(ctx.handle, (byDigest = new Map()));
  return byDigest;
}

/**
 * One read for the requests of a session that arrive together when its cached lookup has lapsed
 * (a hundred at once under load would otherwise each read the same three rows).
 */
async function sharedLookUp(ctx: CommandContext, digest: string): Promise<SessionLookup | undefined> {
  const pending = pendingOf(lookUps, ctx);
  let read = pending.get(digest);
  if (!read) {
    read = lookUp(ctx, digest).finally(() => pending.delete(digest));
    pending.set(digest, read);
  }
  return read;
}

/** The session, its account and the policy, read afresh (and kept a moment for the next request). */
async function lookUp(ctx: CommandContext, digest: string): Promise<SessionLookup | undefined> {
  const db = ctx.handle.db;
  const generation = sessionLookupCache.generation();
  const session = await sessionRepository.findByDigest(db, digest);
  if (!session) return undefined;
  const account = await userRepository.findById(db, session.countyId, session.userId);
  const policy = await securityPolicyRepository.get(db, session.countyId);
  const lookup = { session, account, policy, times: sessionTimesOf(session) };
  sessionLookupCache.put(ctx.handle, digest, lookup, generation);
  return lookup;
}

import { isMfaRequired, loginThrottle } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { AppError } from '../common/app-error.js';
import type { Account } from './account.js';
import { loginThrottleRepository } from './login-throttle.repository.js';
import { hashPassword, verifyPassword } from './password-hashing.js';
import { assertAcceptablePassword } from './password-rules.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import { sessionRepository, type SessionRestriction, type StoredSession } from './session.repository.js';
import { userRepository } from './user.repository.js';

/** `user` is the signed-in `account` itself, `countyId` its county. */
export interface ChangePasswordProps extends CommandProps {
  account: Account;
  session: StoredSession;
  currentPassword: string;
  newPassword: string;
}

/**
 * 修改口令 by the user (定期更换, and the forced change of a temporary password). The current
 * password is asked again (ASVS 7.5.1); a wrong one counts toward the account lock. The user's
 * other sessions end (ASVS 7.4.3); this one carries on, no longer restricted, or restricted to
 * enrolling an authenticator when the policy requires one.
 */
export async function changeOwnPassword(props: ChangePasswordProps): Promise<{ restriction: SessionRestriction | null; sessionsEnded: number }> {
  const { ctx, countyId, user, account, session } = props;
  const db = ctx.handle.db;
  const now = ctx.clock.now().getTime();
  const at = new Date(now).toISOString();
  const policy = await securityPolicyRepository.get(db, countyId);
  const actor = user.audit;

  if (!(await verifyPassword(account.passwordHash, props.currentPassword))) {
    await inWriteTransaction(ctx.handle, async (tx) => {
      const key = { countyId, kind: 'account' as const, key: account.userId };
      await loginThrottleRepository.lock(tx, [key]);
      const step = loginThrottle(policy.lockout.account, await loginThrottleRepository.get(tx, key), { type: 'failure', at: now });
      await loginThrottleRepository.put(tx, key, step.state, at);
      await recordAudit(tx, ctx.audit, {
        countyId, actor, action: 'auth.password-changed', entity: 'user', entityId: account.userId, outcome: 'failure', reason: 'bad-current-password', at,
      });
      if (step.blockedNow)
        await recordAudit(tx, ctx.audit, { countyId, actor, action: 'auth.account-locked', entity: 'user', entityId: account.userId, at });
    });
    throw new AppError(400, 'wrong_current_password', `The current password is not correct`);
  }

  await assertAcceptablePassword(db, policy.password, account, props.newPassword);
  const hash = await hashPassword(props.newPassword);
  const restriction: SessionRestriction | null = isMfaRequired(policy.mfa, account.roles) && account.totpSecret === null ? 'enrol-mfa' : null;

  return inWriteTransaction(ctx.handle, async (tx) => {
    await userRepository.setPassword(tx, countyId, account.userId, hash, false, at);
    const sessionsEnded = await sessionRepository.deleteForUser(tx, countyId, account.userId, session.tokenDigest);
    await sessionRepository.setRestriction(tx, session.tokenDigest, restriction, at);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor,
      action: 'auth.password-changed',
      entity: 'user',
      entityId: account.userId,
      details: { wasTemporary: account.passwordTemporary, otherSessionsEnded: sessionsEnded },
      at,
    });
    return { restriction, sessionsEnded };
  });
}

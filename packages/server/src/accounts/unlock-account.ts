import { loginThrottle } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { notFound } from '../common/app-error.js';
import { stewardOf } from './account-steward.js';
import { assertMayChangeAccount } from './administrator-guard.js';
import { loginThrottleRepository } from './login-throttle.repository.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import { userRepository } from './user.repository.js';

/** 解除锁定 (security administrator, DJ-AUTH-02): clears the account's failures and lock; audited. */
export async function unlockAccount({ ctx, countyId, user, userId }: CommandProps & { userId: string }): Promise<void> {
  const now = ctx.clock.now().getTime();
  const at = new Date(now).toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const account = await userRepository.findById(tx, countyId, userId);
    if (!account) throw notFound('account');
    assertMayChangeAccount(stewardOf(user), account, 'unlock');
    const key = { countyId, kind: 'account' as const, key: userId };
    await loginThrottleRepository.lock(tx, [key]);
    const before = await loginThrottleRepository.get(tx, key);
    const policy = await securityPolicyRepository.get(tx, countyId);
    await loginThrottleRepository.put(tx, key, loginThrottle(policy.lockout.account, before, { type: 'unlock', at: now }).state, at);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'auth.account-unlocked',
      entity: 'user',
      entityId: userId,
      details: { login: account.login, wasLockedUntil: before.blockedUntil === null ? null : new Date(before.blockedUntil).toISOString(), failures: before.failures.length },
      at,
    });
  });
}

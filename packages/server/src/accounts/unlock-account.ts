import { loginThrottle, type AccountSteward } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandContext } from '../shared/command-context.js';
import { notFound } from '../shared/app-error.js';
import { assertMayChangeAccount } from './administrator-guard.js';
import { loginThrottleRepository } from './login-throttle.repository.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import { userRepository } from './user.repository.js';

/** 解除锁定 (security administrator, DJ-AUTH-02): clears the account's failures and lock; audited. */
export async function unlockAccount(ctx: CommandContext, props: { countyId: string; userId: string; actor: AuditActor; steward: AccountSteward }): Promise<void> {
  const now = ctx.clock.now().getTime();
  const at = new Date(now).toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const account = await userRepository.findById(tx, props.countyId, props.userId);
    if (!account) throw notFound('account');
    assertMayChangeAccount(props.steward, account, 'unlock');
    const key = { countyId: props.countyId, kind: 'account' as const, key: props.userId };
    await loginThrottleRepository.lock(tx, [key]);
    const before = await loginThrottleRepository.get(tx, key);
    const policy = await securityPolicyRepository.get(tx, props.countyId);
    await loginThrottleRepository.put(tx, key, loginThrottle(policy.lockout.account, before, { type: 'unlock', at: now }).state, at);
    await recordAudit(tx, ctx.audit, {
      countyId: props.countyId,
      actor: props.actor,
      action: 'auth.account-unlocked',
      entity: 'user',
      entityId: props.userId,
      details: { login: account.login, wasLockedUntil: before.blockedUntil === null ? null : new Date(before.blockedUntil).toISOString(), failures: before.failures.length },
      at,
    });
  });
}

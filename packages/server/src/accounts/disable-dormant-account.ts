import { adminRoleIds } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandContext } from '../common/command-context.js';
import type { Account } from './account.js';
import { accountSnapshot } from './account-snapshot.js';
import { sessionRepository } from './session.repository.js';
import { userRepository } from './user.repository.js';

/**
 * 停用长期未使用的账户 (DJ-AC-03): the sign-in of an account unused past the policy's days disables
 * it instead, audited as done by the system. The last active holder of an administrator role is
 * kept (returns false), as a manual disable would be refused.
 */
export async function disableDormantAccount(ctx: CommandContext, props: { account: Account; actor: AuditActor; at: string }): Promise<boolean> {
  const { account } = props;
  return inWriteTransaction(ctx.handle, async (tx) => {
    for (const role of adminRoleIds)
      if (account.roles.includes(role) && (await userRepository.countActiveHolders(tx, account.countyId, role)) <= 1) return false;
    await userRepository.setStatus(tx, account.countyId, account.userId, 'disabled', props.at);
    const ended = await sessionRepository.deleteForUser(tx, account.countyId, account.userId);
    const after = (await userRepository.findById(tx, account.countyId, account.userId))!;
    await recordAudit(tx, ctx.audit, {
      countyId: account.countyId,
      actor: { ...props.actor, id: null, name: 'system', roles: [] },
      action: 'users.disabled',
      entity: 'user',
      entityId: account.userId,
      before: accountSnapshot(account),
      after: accountSnapshot(after),
      details: { reason: 'dormant', lastLoginAt: account.lastLoginAt, sessionsEnded: ended },
      at: props.at,
    });
    return true;
  });
}

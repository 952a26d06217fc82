import { adminRoleIds } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { AppError, notFound } from '../common/app-error.js';
import type { Account } from './account.js';
import { accountSnapshot } from './account-snapshot.js';
import { stewardOf } from './account-steward.js';
import { assertMayChangeAccount } from './administrator-guard.js';
import { hashPassword } from './password-hashing.js';
import { sessionRepository } from './session.repository.js';
import { generateTemporaryPassword } from './temporary-password.js';
import { userRepository } from './user.repository.js';

/** The system administrator's changes to an account: profile, status, a new one-time password. */

/**
 * The account changed (`userId`) and who changes it (`user`): a signed-in administrator, or the
 * installation's recovery command (the 三权分立 guard tells them apart, `stewardOf`).
 */
interface TargetProps extends CommandProps {
  userId: string;
}

const accountNotFound = () => notFound('account');

/**
 * `phone` left out keeps the number (the administrator sees it masked and cannot retype it); `email`
 * left out keeps the address, null removes it.
 */
export async function updateUserProfile(target: TargetProps & { profile: { displayName: string; phone?: string | null; email?: string | null } }): Promise<Account> {
  const { ctx, user, profile } = target;
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const before = await userRepository.findById(tx, target.countyId, target.userId);
    if (!before) throw accountNotFound();
    assertMayChangeAccount(stewardOf(user), before, 'edit-profile');
    const phone = profile.phone === undefined ? before.phone : profile.phone?.trim() || null;
    const email = profile.email === undefined ? before.email : profile.email?.trim() || null;
    await userRepository.updateProfile(tx, target.countyId, target.userId, { displayName: profile.displayName.trim(), phone, email }, at);
    const after = (await userRepository.findById(tx, target.countyId, target.userId))!;
    await recordAudit(tx, ctx.audit, {
      countyId: target.countyId, actor: user.audit, action: 'users.changed', entity: 'user', entityId: target.userId,
      before: accountSnapshot(before), after: accountSnapshot(after), at,
    });
    return after;
  });
}

/**
 * 停用 / 启用. Disabling ends every session of the account at once (DJ-AC-03, ASVS 7.4.2). Nobody
 * disables their own account, and the last active holder of an administrator role stays, so the
 * installation never loses its system, security or audit administrator.
 */
export async function setUserStatus(target: TargetProps & { status: 'active' | 'disabled' }): Promise<Account> {
  const { ctx, user, status } = target;
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const before = await userRepository.findById(tx, target.countyId, target.userId);
    if (!before) throw accountNotFound();
    if (status === 'disabled') {
      if (user.audit.id === target.userId) throw new AppError(409, 'own_account', `You cannot disable your own account`);
      for (const role of adminRoleIds)
        if (before.status === 'active' && before.roles.includes(role) && (await userRepository.countActiveHolders(tx, target.countyId, role)) <= 1)
          throw new AppError(409, 'last_administrator', `This is the last active holder of an administrator role`);
    }
    if (before.status === status) return before;
    await userRepository.setStatus(tx, target.countyId, target.userId, status, at);
    const ended = status === 'disabled' ? await sessionRepository.deleteForUser(tx, target.countyId, target.userId) : 0;
    const after = (await userRepository.findById(tx, target.countyId, target.userId))!;
    await recordAudit(tx, ctx.audit, {
      countyId: target.countyId, actor: user.audit, action: status === 'disabled' ? 'users.disabled' : 'users.enabled',
      entity: 'user', entityId: target.userId, before: accountSnapshot(before), after: accountSnapshot(after),
      details: { sessionsEnded: ended }, at,
    });
    return after;
  });
}

/** 重置口令: a new one-time password, made up by the system; the account's sessions end. */
export async function resetPassword(target: TargetProps): Promise<{ temporaryPassword: string }> {
  const { ctx, user } = target;
  const temporaryPassword = generateTemporaryPassword();
  const hash = await hashPassword(temporaryPassword);
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const account = await userRepository.findById(tx, target.countyId, target.userId);
    if (!account) throw accountNotFound();
    assertMayChangeAccount(stewardOf(user), account, 'reset-password');
    await userRepository.setPassword(tx, target.countyId, target.userId, hash, true, at);
    const ended = await sessionRepository.deleteForUser(tx, target.countyId, target.userId);
    await recordAudit(tx, ctx.audit, {
      countyId: target.countyId, actor: user.audit, action: 'auth.password-reset', entity: 'user', entityId: target.userId,
      details: { login: account.login, sessionsEnded: ended }, at,
    });
  });
  return { temporaryPassword };
}

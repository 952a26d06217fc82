import { isMfaRequired, type MfaEnrolment } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { AppError, notFound } from '../common/app-error.js';
import type { Account } from './account.js';
import { stewardOf } from './account-steward.js';
import { assertMayChangeAccount } from './administrator-guard.js';
import { verifyPassword } from './password-hashing.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import { sessionRepository, type StoredSession } from './session.repository.js';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp.js';
import { userRepository } from './user.repository.js';

/**
 * 动态口令 (DJ-AUTH-04): enrolment in two steps, so a secret the user's app never received cannot
 * lock them out: the server makes a secret and shows it (as an otpauth:// URI and as text); it
 * counts only once a first code from the app confirms it.
 */

/** A command on the signed-in user's own account: `user` is that `account`, `countyId` its county. */
type OwnAccountProps = CommandProps & { account: Account };

export async function beginMfaEnrolment({ ctx, countyId, account }: OwnAccountProps): Promise<MfaEnrolment> {
  if (account.totpSecret !== null) throw new AppError(409, 'mfa_enrolled', `An authenticator is already enrolled`);
  const county = await ctx.handle.db.selectFrom('counties').select('name').where('county_id', '=', countyId).executeTakeFirst();
  const issuer = `IPCounty ${county?.name ?? countyId}`;
  const secret = generateTotpSecret();
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, (tx) =>
    userRepository.setTotp(tx, countyId, account.userId, { secret: null, pendingSecret: secret, lastStep: null, enrolledAt: null }, at),
  );
  return { secret, otpauthUri: otpauthUri(issuer, account.login, secret), issuer };
}

/** The first code confirms the secret; a session held back for enrolment becomes a full one. */
export async function confirmMfaEnrolment({ ctx, countyId, user, account, session, code }: OwnAccountProps & { session: StoredSession; code: string }): Promise<void> {
  const now = ctx.clock.now().getTime();
  const at = new Date(now).toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const current = await userRepository.findById(tx, countyId, account.userId);
    if (!current?.totpPendingSecret) throw new AppError(409, 'no_enrolment', `Start the enrolment first`);
    const check = verifyTotp(current.totpPendingSecret, code, now);
    if (!check.valid) throw new AppError(400, 'wrong_code', `The code is not correct; check the phone’s clock and try again`);
    await userRepository.setTotp(tx, countyId, account.userId, { secret: current.totpPendingSecret, pendingSecret: null, lastStep: check.step, enrolledAt: at }, at);
    if (session.restriction === 'enrol-mfa') await sessionRepository.setRestriction(tx, session.tokenDigest, null);
    await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'auth.mfa-enrolled', entity: 'user', entityId: account.userId, at });
  });
}

/**
 * The user removes their authenticator: only with the password entered again (DJ-AUTH-04), and
 * never while the policy requires a second factor for their roles.
 */
export async function removeOwnMfa({ ctx, countyId, user, account, password }: OwnAccountProps & { password: string }): Promise<void> {
  if (account.totpSecret === null) throw new AppError(409, 'mfa_not_enrolled', `No authenticator is enrolled`);
  const policy = await securityPolicyRepository.get(ctx.handle.db, countyId);
  if (isMfaRequired(policy.mfa, account.roles))
    throw new AppError(409, 'mfa_required', `The security policy requires a second factor for your role`);
  if (!(await verifyPassword(account.passwordHash, password)))
    throw new AppError(400, 'wrong_current_password', `The current password is not correct`);
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    await userRepository.setTotp(tx, countyId, account.userId, { secret: null, pendingSecret: null, lastStep: null, enrolledAt: null }, at);
    await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'auth.mfa-removed', entity: 'user', entityId: account.userId, at });
  });
}

/**
 * The security administrator removes a user's authenticator (a lost phone). The user's sessions
 * end; at the next sign-in a policy that requires a second factor asks them to enrol again.
 */
export async function resetUserMfa({ ctx, countyId, user, userId }: CommandProps & { userId: string }): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const account = await userRepository.findById(tx, countyId, userId);
    if (!account) throw notFound('account');
    assertMayChangeAccount(stewardOf(user), account, 'reset-mfa');
    await userRepository.setTotp(tx, countyId, userId, { secret: null, pendingSecret: null, lastStep: null, enrolledAt: null }, at);
    const ended = await sessionRepository.deleteForUser(tx, countyId, userId);
    await recordAudit(tx, ctx.audit, {
      countyId, actor: user.audit, action: 'auth.mfa-removed', entity: 'user', entityId: userId,
      details: { login: account.login, byAdministrator: true, sessionsEnded: ended }, at,
    });
  });
}

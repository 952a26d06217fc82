import { randomUUID } from 'node:crypto';
import { checkLoginName, normalizeLoginName } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { AppError } from '../common/app-error.js';
import type { Account } from './account.js';
import { accountSnapshot } from './account-snapshot.js';
import { hashPassword } from './password-hashing.js';
import { generateTemporaryPassword } from './temporary-password.js';
import { userRepository } from './user.repository.js';

export interface CreateUserProps extends CommandProps {
  login: string;
  displayName: string;
  phone?: string | null;
  /** 电子邮箱 (already checked by the route's schema). */
  email?: string | null;
}

/**
 * 创建账户 (system administrator). The account starts with no role (the security administrator
 * grants them) and a one-time password the system makes up (ASVS 6.4.1/6.4.6: the administrator
 * never chooses it), shown once to hand over and changed at the first sign-in.
 */
export async function createUser(props: CreateUserProps): Promise<{ account: Account; temporaryPassword: string }> {
  const { ctx, user } = props;
  const login = props.login.normalize('NFKC').trim();
  const problems = checkLoginName(login);
  if (problems.length > 0) throw new AppError(400, 'invalid_login', `The login name is not acceptable`, problems);
  const loginKey = normalizeLoginName(login);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const at = ctx.clock.now().toISOString();
  const userId = randomUUID();

  const account = await inWriteTransaction(ctx.handle, async (tx) => {
    if (await userRepository.loginKeyTaken(tx, loginKey))
      throw new AppError(409, 'login_taken', `The login name “${login}” is taken`, undefined, { login });
    await userRepository.insert(tx, {
      countyId: props.countyId,
      userId,
      login,
      loginKey,
      displayName: props.displayName.trim(),
      phone: props.phone?.trim() || null,
      email: props.email?.trim() || null,
      passwordHash,
      passwordTemporary: true,
      at,
      createdBy: user.audit.name,
    });
    const created = (await userRepository.findById(tx, props.countyId, userId))!;
    await recordAudit(tx, ctx.audit, {
      countyId: props.countyId,
      actor: user.audit,
      action: 'users.created',
      entity: 'user',
      entityId: userId,
      before: null,
      after: accountSnapshot(created),
      at,
    });
    return created;
  });
  return { account, temporaryPassword };
}

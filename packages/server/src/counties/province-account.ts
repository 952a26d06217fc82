import { randomUUID } from 'node:crypto';
import { normalizeLoginName } from '@ipcounty/domain';
import { accountSnapshot } from '../accounts/account-snapshot.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { generateTemporaryPassword } from '../accounts/temporary-password.js';
import { userRepository } from '../accounts/user.repository.js';
import type { AuditActor } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandContext } from '../common/command-context.js';

/**
 * The provincial office's first account (省级管理, login `province`) in the installation's county,
 * with a one-time password, made when the demo counties are loaded so a newcomer can open the
 * comparison at once. Later accounts of the role are made and granted like any other, in that
 * county, by its system and security administrators. Nothing is made when the login is taken.
 */
export async function createProvinceAccount(ctx: CommandContext, countyId: string, actor: AuditActor): Promise<{ login: string; temporaryPassword: string } | undefined> {
  const login = 'province';
  const temporaryPassword = generateTemporaryPassword();
  const hash = await hashPassword(temporaryPassword);
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    if (await userRepository.loginKeyTaken(tx, normalizeLoginName(login))) return undefined;
    const userId = randomUUID();
    await userRepository.insert(tx, {
      countyId, userId, login, loginKey: normalizeLoginName(login), displayName: '省知识产权局', phone: null,
      passwordHash: hash, passwordTemporary: true, at, createdBy: actor.name,
    });
    await userRepository.setRoles(tx, countyId, userId, { roles: ['provincial'], unitCode: null, regionCode: null }, at, actor.name);
    const created = (await userRepository.findById(tx, countyId, userId))!;
    await recordAudit(tx, ctx.audit, { countyId, actor, action: 'users.created', entity: 'user', entityId: userId, before: null, after: accountSnapshot(created), details: { demoCounties: true }, at });
    return { login, temporaryPassword };
  });
}

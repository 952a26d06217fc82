import { randomUUID } from 'node:crypto';
import { normalizeLoginName, roles, type AdminRoleId } from '@ipcounty/domain';
import { systemActor } from '../audit/audit-actor.js';
import { auditLogRepository } from '../audit/audit-log.repository.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { recordAudit } from '../audit/record-audit.js';
import type { DatabaseHandle } from '../database/connection.js';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { accountSnapshot } from './account-snapshot.js';
import { hashPassword } from './password-hashing.js';
import { generateTemporaryPassword } from './temporary-password.js';
import { userRepository } from './user.repository.js';

export interface BootstrapAdministrator {
  login: string;
  role: AdminRoleId;
  /** Shown once, at the start that created the account; stored only as its hash. */
  temporaryPassword: string;
}

/**
 * The first three accounts of 三权分立 (DJ-AC-02): no `admin/admin` and no default password. The
 * system administrator creates accounts but may not grant roles; only the security administrator
 * grants them, so the first security administrator cannot come from anyone but the installation
 * itself, and the audit administrator is made alongside to keep the three duties apart from the
 * first day. Each gets a random one-time password that must be changed at its first sign-in.
 */
export const bootstrapLogins: readonly { login: string; role: AdminRoleId }[] = [
  { login: 'admin', role: 'system-admin' },
  { login: 'secadmin', role: 'security-admin' },
  { login: 'auditor', role: 'audit-admin' },
];

/** Creates the three administrators when the database has no account at all; otherwise nothing. */
export async function bootstrapAdministrators(
  handle: DatabaseHandle,
  trail: AuditTrail,
  countyId: string,
): Promise<BootstrapAdministrator[]> {
  if ((await userRepository.count(handle.db)) > 0) return [];
  return createAdministrators(handle, trail, countyId, (login) => login, async (tx) => (await userRepository.count(tx)) > 0);
}

/**
 * The three administrators of a county, each with a one-time password; the logins are made unique
 * across the installation by `loginOf` (a county added later gets `admin.<county>`…). Nothing is
 * made when `alreadyDone` says so inside the transaction (another start, or the county had them).
 */
export async function createAdministrators(
  handle: DatabaseHandle,
  trail: AuditTrail,
  countyId: string,
  loginOf: (login: string) => string,
  alreadyDone: (tx: Executor) => Promise<boolean>,
): Promise<BootstrapAdministrator[]> {
  const prepared = await Promise.all(
    bootstrapLogins.map(async ({ login, role }) => {
      const admin = { login: loginOf(login), role };
      const temporaryPassword = generateTemporaryPassword();
      return { ...admin, temporaryPassword, hash: await hashPassword(temporaryPassword) };
    }),
  );
  const at = trail.clock.now().toISOString();
  return inWriteTransaction(handle, async (tx) => {
    await auditLogRepository.lockChain(tx, countyId);
    // Another instance starting at the same moment may have been first.
    if (await alreadyDone(tx)) return [];
    for (const admin of prepared) {
      const userId = randomUUID();
      await userRepository.insert(tx, {
        countyId,
        userId,
        login: admin.login,
        loginKey: normalizeLoginName(admin.login),
        displayName: roles[admin.role].nameZh,
        phone: null,
        passwordHash: admin.hash,
        passwordTemporary: true,
        at,
        createdBy: systemActor.name,
      });
      await userRepository.setRoles(tx, countyId, userId, { roles: [admin.role], unitCode: null, regionCode: null }, at, systemActor.name);
      const created = (await userRepository.findById(tx, countyId, userId))!;
      await recordAudit(tx, trail, {
        countyId, actor: systemActor, action: 'users.created', entity: 'user', entityId: userId,
        before: null, after: accountSnapshot(created), details: { bootstrap: true }, at,
      });
    }
    return prepared.map(({ login, role, temporaryPassword }) => ({ login, role, temporaryPassword }));
  });
}

import type { LocalizedProblem } from '../text/localized-text.js';
import { isAdminRole, isRoleId, roles, type AdminRoleId } from './roles.js';

/**
 * Who changes an account: a signed-in user of the web app, or the operator at the server's
 * terminal (`ipcounty accounts …`), who holds the installation itself and is audited as `cli:<os user>`.
 */
export type AccountSteward = { kind: 'user'; id: string } | { kind: 'installation' };

/** The changes one account makes to another that would hand over its credentials or its duty. */
export type AccountChange = 'reset-password' | 'edit-profile' | 'unlock' | 'reset-mfa' | 'change-roles';

export type AdministratorAccountProblem = LocalizedProblem<'administrator-account' | 'last-administrator' | 'administrator-needs-own-password'>;

const heldAdminRoles = (held: readonly string[]): AdminRoleId[] => held.filter(isRoleId).filter(isAdminRole) as AdminRoleId[];

/**
 * 三权分立 held against takeover (GB/T 22239-2019 8.1.4.2 d, 8.1.5; ASVS 6.4.6): no administrator
 * resets the password, edits the profile, unlocks, removes the authenticator of, or changes the roles
 * of another administrator's account. With a one-time password of the auditor's account the system
 * administrator would otherwise sign in as the auditor and read the audit log. Only the installation
 * itself (the recovery command on the server) does these to an administrator account. The account's
 * own holder is no "another" and uses the self-service routes.
 */
export function checkAdministratorAccountChange(
  steward: AccountSteward,
  target: { id: string; roles: readonly string[] },
  change: AccountChange,
): AdministratorAccountProblem | null {
  if (steward.kind === 'installation' || steward.id === target.id) return null;
  const admin = heldAdminRoles(target.roles);
  if (admin.length === 0) return null;
  const what = { 'reset-password': ['重置口令', 'reset the password of'], 'edit-profile': ['修改资料', 'edit'], unlock: ['解除锁定', 'unlock'], 'reset-mfa': ['重置动态口令', 'remove the authenticator of'], 'change-roles': ['修改角色', 'change the roles of'] }[change];
  return {
    code: 'administrator-account',
    zh: `三权分立：不能${what[0]}其他管理员（${admin.map((r) => roles[r].nameZh).join('、')}）的账户；请在服务器上使用 ipcounty accounts 命令`,
    en: `Separation of duties: you cannot ${what[1]} another administrator's account (${admin.join(', ')}); use the ipcounty accounts command on the server`,
  };
}

/**
 * The last active holder of each administrator role keeps it (as disabling that account is refused):
 * an installation without its auditor has nobody to read the audit log. `holders` counts the active
 * accounts holding each role now, the target included.
 */
export function checkAdministratorRolesKept(
  before: { roles: readonly string[]; active: boolean },
  after: readonly string[],
  holders: Readonly<Partial<Record<AdminRoleId, number>>>,
): AdministratorAccountProblem | null {
  if (!before.active) return null;
  const lost = heldAdminRoles(before.roles).filter((role) => !after.includes(role) && (holders[role] ?? 0) <= 1);
  if (lost.length === 0) return null;
  return {
    code: 'last-administrator',
    zh: `不能收回最后一个${lost.map((r) => roles[r].nameZh).join('、')}的角色`,
    en: `This is the last active ${lost.join(', ')}; the role cannot be taken away`,
  };
}

/**
 * An administrator role goes only to an account whose holder has set their own password. While the
 * password is still the one-time password the system administrator issued, the system administrator
 * knows it, and granting the account the audit role would hand them the audit duty.
 */
export function checkAdministratorGrant(
  target: { roles: readonly string[]; passwordTemporary: boolean },
  requested: readonly string[],
): AdministratorAccountProblem | null {
  const gained = heldAdminRoles(requested).filter((role) => !target.roles.includes(role));
  if (gained.length === 0 || !target.passwordTemporary) return null;
  return {
    code: 'administrator-needs-own-password',
    zh: '该账户仍在使用系统管理员发放的临时口令；本人修改口令后才能授予管理员角色',
    en: 'The account still has the one-time password the system administrator issued; grant an administrator role once its holder has set their own password',
  };
}

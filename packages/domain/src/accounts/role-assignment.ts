import type { LocalizedProblem } from '../text/localized-text.js';
import { can, defaultPermissionTable, type PermissionTable, type Principal } from './permissions.js';
import { validateRoleSet, type RoleHolder, type RoleId, type RoleSetProblem } from './roles.js';

export type RoleAssignmentProblem =
  | RoleSetProblem
  | (LocalizedProblem<'not-permitted' | 'own-roles'> & { roles: string[] });

export type RoleAssignmentCheck =
  | { ok: true; roles: RoleId[] }
  | { ok: false; problems: RoleAssignmentProblem[] };

/**
 * May `actor` give `target` exactly the roles `requested` (replacing what it holds)?
 * Only the security administrator grants roles (GB/T 22239-2019 8.1.5.3 安全管理: 对主体进行授权),
 * nobody changes their own roles, and the new set must respect 三权分立.
 */
export function checkRoleAssignment(
  actor: Principal,
  target: { id: string } & RoleHolder,
  requested: readonly string[],
  table: PermissionTable = defaultPermissionTable,
): RoleAssignmentCheck {
  const problems: RoleAssignmentProblem[] = [];
  if (!can(actor, 'roles.assign', undefined, table))
    problems.push({
      code: 'not-permitted',
      roles: [],
      zh: '只有安全管理员可以授予角色',
      en: 'Only the security administrator grants roles',
    });
  if (actor.id === target.id)
    problems.push({
      code: 'own-roles',
      roles: [],
      zh: '不能修改自己的角色',
      en: 'Nobody changes their own roles',
    });
  const roleSet = validateRoleSet(requested, target);
  if (!roleSet.ok) problems.push(...roleSet.problems);
  return roleSet.ok && problems.length === 0 ? { ok: true, roles: roleSet.roles } : { ok: false, problems };
}

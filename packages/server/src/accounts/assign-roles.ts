import { checkRoleAssignment } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { planRepository } from '../plan/plan.repository.js';
import { AppError, notFound } from '../common/app-error.js';
import type { Account } from './account.js';
import { assertAdministratorGrantAllowed, assertAdministratorRolesHold, assertMayChangeAccount } from './administrator-guard.js';
import { userRepository } from './user.repository.js';

/** `user` is the security administrator who grants. */
export interface AssignRolesProps extends CommandProps {
  userId: string;
  roles: readonly string[];
  /** 所属单位: a unit code of the county's plan. */
  unitCode: string | null;
  /** 所属镇（街道、开发区）: a region code of the county's plan. */
  regionCode: string | null;
}

/**
 * 授权 (GB/T 22239-2019 8.1.5.3, DJ-AC-04/05): replaces an account's roles and data scope. The
 * domain's checkRoleAssignment decides: only the security administrator grants, nobody changes
 * their own roles, 三权分立 holds. The change takes effect on the account's next request, since
 * roles are read afresh for every request.
 */
export async function assignRoles(props: AssignRolesProps): Promise<Account> {
  const { ctx, user } = props;
  const grantor = user.principal;
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const before = await userRepository.findById(tx, props.countyId, props.userId);
    if (!before) throw notFound('account');
    const plan = (await planRepository.current(tx, props.countyId))?.plan;
    const scopeProblems = [];
    if (props.unitCode && !plan?.units.some((u) => u.code === props.unitCode))
      scopeProblems.push({ code: 'unknown-unit', zh: `方案中没有单位 ${props.unitCode}`, en: `The plan has no unit ${props.unitCode}` });
    if (props.regionCode && !plan?.regions.some((r) => r.code === props.regionCode && r.kind !== 'county'))
      scopeProblems.push({ code: 'unknown-region', zh: `方案中没有镇（街道、开发区）${props.regionCode}`, en: `The plan has no town ${props.regionCode}` });
    if (scopeProblems.length > 0) throw new AppError(400, 'invalid_scope', `Invalid data scope`, scopeProblems);
    // The last holder first: its message says more than the general refusal that follows.
    await assertAdministratorRolesHold(tx, before, props.roles);
    assertMayChangeAccount({ kind: 'user', id: grantor.id }, before, 'change-roles');

    const check = checkRoleAssignment(grantor, { id: props.userId, unitCode: props.unitCode, regionCode: props.regionCode }, props.roles);
    if (!check.ok) {
      const refusedByRule = check.problems.every((p) => p.code !== 'not-permitted');
      throw new AppError(refusedByRule ? 422 : 403, refusedByRule ? 'roles_refused' : 'forbidden', 'The role assignment was refused', check.problems);
    }
    // After the domain's check: two administrator roles at once are refused for that reason, whatever the password.
    assertAdministratorGrantAllowed(before, props.roles);
    await userRepository.setRoles(tx, props.countyId, props.userId, { roles: check.roles, unitCode: props.unitCode, regionCode: props.regionCode }, at, user.audit.name);
    const after = (await userRepository.findById(tx, props.countyId, props.userId))!;
    await recordAudit(tx, ctx.audit, {
      countyId: props.countyId,
      actor: user.audit,
      action: 'roles.changed',
      entity: 'user',
      entityId: props.userId,
      before: { roles: before.roles, unitCode: before.unitCode, regionCode: before.regionCode },
      after: { roles: after.roles, unitCode: after.unitCode, regionCode: after.regionCode },
      details: { login: after.login },
      at,
    });
    return after;
  });
}

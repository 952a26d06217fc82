import {
  checkAdministratorAccountChange,
  checkAdministratorGrant,
  checkAdministratorRolesKept,
  adminRoleIds,
  type AccountChange,
  type AccountSteward,
  type AdministratorAccountProblem,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { Account } from './account.js';
import { userRepository } from './user.repository.js';

const refusal = (status: number, problem: AdministratorAccountProblem) =>
  new AppError(status, problem.code.replaceAll('-', '_'), problem.en, [problem], { reason: { zh: problem.zh, en: problem.en } });

/** 三权分立 on every account command: 403 when one administrator reaches for another's account. */
export function assertMayChangeAccount(steward: AccountSteward, target: Account, change: AccountChange): void {
  const problem = checkAdministratorAccountChange(steward, { id: target.userId, roles: target.roles }, change);
  if (problem) throw refusal(403, problem);
}

/** The last active holder of an administrator role keeps it. */
export async function assertAdministratorRolesHold(tx: Executor, before: Account, requested: readonly string[]): Promise<void> {
  const holders: Partial<Record<(typeof adminRoleIds)[number], number>> = {};
  for (const role of adminRoleIds) if (before.roles.includes(role)) holders[role] = await userRepository.countActiveHolders(tx, before.countyId, role);
  const problem = checkAdministratorRolesKept({ roles: before.roles, active: before.status === 'active' }, requested, holders);
  if (problem) throw refusal(409, problem);
}

/** A new administrator has set their own password. */
export function assertAdministratorGrantAllowed(before: Account, requested: readonly string[]): void {
  const problem = checkAdministratorGrant({ roles: before.roles, passwordTemporary: before.passwordTemporary }, requested);
  if (problem) throw refusal(409, problem);
}

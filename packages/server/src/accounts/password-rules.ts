import { checkPassword, type PasswordPolicy, type PasswordProblem } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { Account } from './account.js';
import { verifyPassword } from './password-hashing.js';
import { userRepository } from './user.repository.js';

/**
 * Checks a new password against the policy (DJ-AUTH-01, AS-AUTH-02/03): length, classes, the
 * login name, common passwords, words tied to the county and the person, and the last
 * `historySize` passwords (at least the current one, whatever the profile). Throws 400 with every
 * problem, each in Chinese and English.
 */
export async function assertAcceptablePassword(
  db: Executor,
  policy: PasswordPolicy,
  account: Account,
  password: string,
): Promise<void> {
  const county = await db.selectFrom('counties').select('name').where('county_id', '=', account.countyId).executeTakeFirst();
  const countyWords = county ? [county.name, county.name.replace(/[县市区]$/, ''), account.countyId] : [account.countyId];
  const recent = await userRepository.recentPasswordHashes(db, account.countyId, account.userId, Math.max(policy.historySize, 1));
  const matches = await Promise.all(recent.map((entry) => verifyPassword(entry.hash, password)));
  const problems: PasswordProblem[] = checkPassword(policy, password, {
    username: account.login,
    contextWords: [...countyWords, account.displayName],
    reusesRecentPassword: matches.some(Boolean),
  });
  if (problems.length > 0)
    throw new AppError(400, 'password_rejected', `The new password does not meet the password policy`, problems);
}

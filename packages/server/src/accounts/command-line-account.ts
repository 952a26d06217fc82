import { normalizeLoginName, variantParam } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import type { DatabaseHandle } from '../database/connection.js';
import { AppError, notFound } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { authorisedPrincipal, type Account } from './account.js';
import { accountActor } from './account-actor.js';
import { permissionTableRepository } from './permission-table.repository.js';
import { userRepository } from './user.repository.js';

/** An account the command line acts as (`ipcounty --as LOGIN`), and the user its commands run as. */
export interface CommandLineAccount {
  account: Account;
  user: ActingUser;
}

/**
 * `ipcounty --as LOGIN`: the command line acting as an account of one county instead of as the
 * installation's operator. Its commands are checked as the account's requests are: its roles
 * through its county's permission table (DJ-AC-05), its county by the county resolver. The audit
 * log names the account, and the operating-system user who ran it as the "browser"
 * (`ipcounty cli:<os user>`). It is a narrowing, not a sign-in: whoever runs the command line on
 * the server owns the installation, so no password is asked.
 */
export async function commandLineAccount(handle: DatabaseHandle, login: string, operator: AuditActor): Promise<CommandLineAccount> {
  const account = await userRepository.findByLoginKey(handle.db, normalizeLoginName(login));
  if (!account) throw notFound('account', login);
  if (account.status !== 'active') throw new AppError(403, 'forbidden', `The account ${account.login} is disabled`, undefined, { [variantParam]: 'disabled-account' });
  const principal = authorisedPrincipal(account, await permissionTableRepository.forAuthorisation(handle, account.countyId));
  const audit: AuditActor = accountActor(account, { sourceIp: null, userAgent: `ipcounty ${operator.name}`, requestId: null });
  return { account, user: { principal, audit } };
}

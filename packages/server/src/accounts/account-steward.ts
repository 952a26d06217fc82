import type { AccountSteward } from '@ipcounty/domain';
import type { ActingUser } from '../common/command-context.js';

/**
 * Who looks after the accounts a command changes, for the 三权分立 guard: a signed-in
 * administrator acts as themself; the command line, which runs without an account, acts for the
 * installation (its recovery of an account nobody can sign in to any more).
 */
export function stewardOf(user: ActingUser): AccountSteward {
  return user.audit.id === null ? { kind: 'installation' } : { kind: 'user', id: user.principal.id };
}

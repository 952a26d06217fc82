import type { AuditActor } from '../audit/audit-actor.js';
import type { Account } from './account.js';
import type { RequestMeta } from './request-meta.js';

/** The account as the actor of an audit record, with where its request came from. */
export function accountActor(account: Pick<Account, 'userId' | 'login' | 'roles'>, meta: RequestMeta): AuditActor {
  return { id: account.userId, name: account.login, roles: account.roles, ...meta };
}

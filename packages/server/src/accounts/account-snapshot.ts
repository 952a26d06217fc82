import type { AuditJsonValue } from '@ipcounty/domain';
import type { Account } from './account.js';

/** What an audit record keeps of an account before and after a change: never a secret. */
export function accountSnapshot(account: Account): { [key: string]: AuditJsonValue } {
  return {
    login: account.login,
    displayName: account.displayName,
    phone: account.phone,
    email: account.email,
    status: account.status,
    roles: account.roles,
    unitCode: account.unitCode,
    regionCode: account.regionCode,
    mfaEnrolled: account.totpSecret !== null,
  };
}

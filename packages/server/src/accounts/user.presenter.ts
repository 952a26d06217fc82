import { can, maskPhone, type Principal, type UserView } from '@ipcounty/domain';
import type { Account } from './account.js';

/** An account as lists show it. Secrets never leave; phone numbers leave masked unless permitted. */
export function presentUser(account: Account, viewer: Principal, lockedUntil: string | null = null): UserView {
  const unmask = can(viewer, 'pii.unmask');
  return {
    id: account.userId,
    login: account.login,
    displayName: account.displayName,
    phone: account.phone === null ? null : unmask ? account.phone : maskPhone(account.phone),
    phoneMasked: account.phone !== null && !unmask,
    email: account.email,
    unitCode: account.unitCode,
    regionCode: account.regionCode,
    roles: account.roles,
    status: account.status,
    mfaEnrolled: account.totpSecret !== null,
    passwordTemporary: account.passwordTemporary,
    createdAt: account.createdAt,
    lastLoginAt: account.lastLoginAt,
    lockedUntil,
  };
}

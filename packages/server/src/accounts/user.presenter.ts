import { can, maskPhone, type Principal } from '@ipcounty/domain';
import type { Account } from './account.js';

export interface UserView {
  id: string;
  login: string;
  displayName: string;
  /** 138****1234 unless the viewer holds pii.unmask (DJ-PI-02). */
  phone: string | null;
  phoneMasked: boolean;
  unitCode: string | null;
  regionCode: string | null;
  roles: string[];
  status: 'active' | 'disabled';
  mfaEnrolled: boolean;
  passwordTemporary: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** Locked after failed sign-ins until this time; null when not locked. */
  lockedUntil: string | null;
}

/** An account as lists show it. Secrets never leave; phone numbers leave masked unless permitted. */
export function presentUser(account: Account, viewer: Principal, lockedUntil: string | null = null): UserView {
  const unmask = can(viewer, 'pii.unmask');
  return {
    id: account.userId,
    login: account.login,
    displayName: account.displayName,
    phone: account.phone === null ? null : unmask ? account.phone : maskPhone(account.phone),
    phoneMasked: account.phone !== null && !unmask,
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

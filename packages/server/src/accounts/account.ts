import type { PermissionTable, Principal } from '@ipcounty/domain';
import type { UsersTable } from '../database/schema.js';
import { openField } from './field-encryption.js';

/** An account as the server works with it: the stored row and the roles granted to it. */
export interface Account {
  countyId: string;
  userId: string;
  login: string;
  displayName: string;
  phone: string | null;
  /** 电子邮箱, where reminders reach the account; kept in plain text like the login name. */
  email: string | null;
  unitCode: string | null;
  regionCode: string | null;
  status: 'active' | 'disabled';
  roles: string[];
  passwordHash: string;
  /** Epoch ms. */
  passwordChangedAt: number;
  passwordTemporary: boolean;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  totpLastStep: number | null;
  totpEnrolledAt: string | null;
  createdAt: string;
  /** When an administrator last changed the account (created, enabled, edited). */
  updatedAt: string;
  createdBy: string;
  lastLoginAt: string | null;
}

export function toAccount(row: UsersTable, roles: string[]): Account {
  return {
    countyId: row.county_id,
    userId: row.user_id,
    login: row.login,
    displayName: row.display_name,
    phone: openField(row.phone, { column: 'phone', countyId: row.county_id, userId: row.user_id }),
    email: row.email ?? null,
    unitCode: row.unit_code,
    regionCode: row.region_code,
    status: row.status,
    roles: [...roles].sort(),
    passwordHash: row.password_hash,
    passwordChangedAt: Date.parse(row.password_changed_at),
    passwordTemporary: Number(row.password_temporary) === 1,
    totpSecret: openField(row.totp_secret, { column: 'totp_secret', countyId: row.county_id, userId: row.user_id }),
    totpPendingSecret: openField(row.totp_pending_secret, { column: 'totp_pending_secret', countyId: row.county_id, userId: row.user_id }),
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    totpEnrolledAt: row.totp_enrolled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    lastLoginAt: row.last_login_at,
  };
}

/** The account as authorisation sees it. */
export function principalOfAccount(account: Pick<Account, 'userId' | 'roles' | 'unitCode' | 'regionCode'>): Principal {
  return { id: account.userId, roles: account.roles, unitCode: account.unitCode, regionCode: account.regionCode };
}

const authorised = new WeakMap<Account, Principal>();

/**
 * The account as authorisation sees it under its county's permission table (DJ-AC-05). Made once
 * while the account and the table are the same objects (the session and permission caches hand out
 * the same ones until a read or a commit replaces them), rather than on every request.
 */
export function authorisedPrincipal(account: Account, permissionTable: PermissionTable): Principal {
  const known = authorised.get(account);
  if (known?.permissionTable === permissionTable) return known;
  const principal = { ...principalOfAccount(account), permissionTable };
  authorised.set(account, principal);
  return principal;
}

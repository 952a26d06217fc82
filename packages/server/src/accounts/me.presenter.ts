import { can, isMfaRequired, passwordStatus, permissionIds, sessionState, type Me } from '@ipcounty/domain';
import { z } from 'zod';
import type { Executor } from '../database/transactions.js';
import { countyRepository } from '../counties/county.repository.js';
import { planRepository } from '../plan/plan.repository.js';
import { principalOfAccount, type Account } from './account.js';
import { permissionTableRepository } from './permission-table.repository.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import type { StoredSession } from './session.repository.js';

const named = z.object({ code: z.string(), name: z.string() }).nullable();

/** Me as the response schema serialises it; `satisfies` keeps the two alike. */
export const meSchema = z.object({
  user: z.object({ id: z.string(), login: z.string(), displayName: z.string(), phone: z.string().nullable() }),
  county: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  unit: named,
  region: named,
  mustChangePassword: z.boolean(),
  restriction: z.enum(['change-password', 'enrol-mfa']).nullable(),
  password: z.object({
    state: z.enum(['current', 'expiring', 'expired', 'temporary', 'temporary-expired']),
    expiresAt: z.string().nullable(),
    daysLeft: z.number().nullable(),
    minLength: z.number(),
    maxLength: z.number(),
    minCharacterClasses: z.number(),
  }),
  mfa: z.object({ enrolled: z.boolean(), required: z.boolean(), pending: z.boolean() }),
  session: z.object({ id: z.string(), createdAt: z.string(), expiresAt: z.string() }),
}) satisfies z.ZodType<Me>;

/** GET /api/session: who is signed in, what they may do, and what they must do first. */
export async function presentMe(db: Executor, account: Account, session: StoredSession, now: number): Promise<Me> {
  const policy = await securityPolicyRepository.get(db, account.countyId);
  // The menus follow the county's permission table as authorisation does (DJ-AC-05).
  const principal = { ...principalOfAccount(account), permissionTable: (await permissionTableRepository.get(db, account.countyId)).table };
  const plan = (await planRepository.current(db, account.countyId))?.plan;
  const county = await countyRepository.names(db, account.countyId);
  const unit = account.unitCode ? (plan?.units.find((u) => u.code === account.unitCode) ?? null) : null;
  const region = account.regionCode ? (plan?.regions.find((r) => r.code === account.regionCode) ?? null) : null;
  const status = passwordStatus(policy.password, { changedAt: account.passwordChangedAt, temporary: account.passwordTemporary }, now);
  const state = sessionState(
    policy.session,
    { createdAt: Date.parse(session.createdAt), lastSeenAt: Date.parse(session.lastSeenAt), authenticatedAt: Date.parse(session.authenticatedAt) },
    now,
  );
  const expiresAt = state.state === 'active' ? state.expiresAt : state.expiredAt;
  return {
    user: { id: account.userId, login: account.login, displayName: account.displayName, phone: account.phone },
    county: { id: account.countyId, name: county?.name ?? account.countyId, nameEn: county?.nameEn ?? account.countyId },
    roles: account.roles,
    permissions: permissionIds.filter((p) => can(principal, p)),
    unit: unit ? { code: unit.code, name: unit.name } : account.unitCode ? { code: account.unitCode, name: account.unitCode } : null,
    region: region ? { code: region.code, name: region.name } : account.regionCode ? { code: account.regionCode, name: account.regionCode } : null,
    mustChangePassword: session.restriction === 'change-password',
    restriction: session.restriction,
    password: {
      state: status.state,
      expiresAt: status.expiresAt === null ? null : new Date(status.expiresAt).toISOString(),
      daysLeft: status.state === 'expiring' ? status.daysLeft : null,
      minLength: policy.password.minLength,
      maxLength: policy.password.maxLength,
      minCharacterClasses: policy.password.minCharacterClasses,
    },
    mfa: { enrolled: account.totpSecret !== null, required: isMfaRequired(policy.mfa, account.roles), pending: account.totpPendingSecret !== null },
    session: { id: session.sessionId, createdAt: session.createdAt, expiresAt: new Date(expiresAt).toISOString() },
  };
}

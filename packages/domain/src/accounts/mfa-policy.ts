import { z } from 'zod';
import { adminRoleIds, isRoleId, roleIds, type RoleId } from './roles.js';

/**
 * 双因素认证 (GB/T 22239-2019 身份鉴别 d, level 3; ASVS 6.3.2). Off by default for a level-2
 * deployment; once switched on it always covers the three administrator roles, and the security
 * administrator may add business roles.
 */
export const mfaPolicySchema = z.object({
  enabled: z.boolean(),
  /** Business roles that must use a second factor too; administrators always must when enabled. */
  alsoRequiredFor: z.array(z.enum(roleIds)).default([]),
});
export type MfaPolicy = z.infer<typeof mfaPolicySchema>;

export const defaultMfaPolicy: MfaPolicy = { enabled: false, alsoRequiredFor: [] };

/** Whether an account holding `roles` must pass a second factor to get a session. */
export function isMfaRequired(policy: MfaPolicy, roles: readonly string[]): boolean {
  if (!policy.enabled) return false;
  const required = new Set<RoleId>([...adminRoleIds, ...policy.alsoRequiredFor]);
  return roles.some((r) => isRoleId(r) && required.has(r));
}

/**
 * What happens after a correct password. With a second factor required the password alone gives
 * no session: the user enters a code, or first enrols an authenticator app.
 */
export type LoginStep = 'session' | 'verify-totp' | 'enrol-totp';

export function loginStepAfterPassword(
  policy: MfaPolicy,
  account: { roles: readonly string[]; totpEnrolled: boolean },
): LoginStep {
  if (account.totpEnrolled) return 'verify-totp';
  return isMfaRequired(policy, account.roles) ? 'enrol-totp' : 'session';
}

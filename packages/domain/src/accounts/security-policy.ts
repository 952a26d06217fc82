import { z } from 'zod';
import { administratorNetworksSchema } from './administrator-networks.js';
import { defaultDormancyPolicy, dormancyPolicySchema } from './dormant-accounts.js';
import { defaultLockoutPolicy, lockoutPolicySchema } from './lockout.js';
import { defaultMfaPolicy, mfaPolicySchema } from './mfa-policy.js';
import { dengbaoPasswordPolicy, passwordPolicySchema } from './password-policy.js';
import { defaultSessionPolicy, sessionPolicySchema } from './session-rules.js';

/**
 * Everything the security administrator sets ('security.policy'), validated as one document so a
 * setting outside the bounds (a 4-character minimum, a 2-hour idle timeout) is refused before it
 * is stored.
 */
export const securityPolicySchema = z.object({
  password: passwordPolicySchema,
  lockout: lockoutPolicySchema,
  session: sessionPolicySchema,
  mfa: mfaPolicySchema,
  /** Added later: a policy stored before reads as the defaults. */
  dormancy: dormancyPolicySchema.default(defaultDormancyPolicy),
  /** Networks the three administrator roles may sign in from (CIDR); empty: anywhere. */
  administratorNetworks: administratorNetworksSchema.default([]),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

/** The 等保 defaults a fresh installation starts with. */
export const defaultSecurityPolicy: SecurityPolicy = {
  password: dengbaoPasswordPolicy,
  lockout: defaultLockoutPolicy,
  session: defaultSessionPolicy,
  mfa: defaultMfaPolicy,
  dormancy: defaultDormancyPolicy,
  administratorNetworks: [],
};

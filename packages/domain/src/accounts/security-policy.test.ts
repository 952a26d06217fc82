import { describe, expect, it } from 'vitest';
import { defaultSecurityPolicy, securityPolicySchema } from './security-policy.js';

describe('securityPolicySchema', () => {
  it('DJ-AUTH-01 DJ-AUTH-02 starts a fresh installation on the 等保 defaults', () => {
    expect(securityPolicySchema.parse(defaultSecurityPolicy)).toEqual(defaultSecurityPolicy);
    expect(defaultSecurityPolicy.password.profile).toBe('dengbao');
    expect(defaultSecurityPolicy.lockout.account).toMatchObject({ maxFailures: 5, windowMs: 900_000, blockMs: 900_000 });
    expect(defaultSecurityPolicy.session.idleTimeoutMs).toBe(1_800_000);
  });

  it('DJ-AC-05 refuses a setting outside the bounds before it is stored', () => {
    const weak = { ...defaultSecurityPolicy, password: { ...defaultSecurityPolicy.password, minLength: 4 } };
    const result = securityPolicySchema.safeParse(weak);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['password.minLength']);
  });
});

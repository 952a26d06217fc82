import { describe, expect, it } from 'vitest';
import { isMfaRequired, loginStepAfterPassword, mfaPolicySchema } from './mfa-policy.js';
import { adminRoleIds } from './roles.js';

const on = { enabled: true, alsoRequiredFor: [] };

describe('second factor', () => {
  it('DJ-AUTH-04 requires a second factor of every administrator once switched on', () => {
    for (const role of adminRoleIds) {
      expect(isMfaRequired(on, [role]), role).toBe(true);
      expect(isMfaRequired({ enabled: false, alsoRequiredFor: [] }, [role]), role).toBe(false);
    }
    expect(isMfaRequired(on, ['leader'])).toBe(false);
    expect(isMfaRequired({ enabled: true, alsoRequiredFor: ['leader'] }, ['leader', 'expert'])).toBe(true);
  });

  it('DJ-AUTH-04 gives no session for a correct password alone when a second factor is required', () => {
    expect(loginStepAfterPassword(on, { roles: ['audit-admin'], totpEnrolled: true })).toBe('verify-totp');
    expect(loginStepAfterPassword(on, { roles: ['audit-admin'], totpEnrolled: false })).toBe('enrol-totp');
    expect(loginStepAfterPassword(on, { roles: ['unit-reporter'], totpEnrolled: false })).toBe('session');
  });

  it('DJ-AUTH-04 still asks for the code of a user who enrolled, whatever the policy', () => {
    expect(loginStepAfterPassword({ enabled: false, alsoRequiredFor: [] }, { roles: ['leader'], totpEnrolled: true })).toBe(
      'verify-totp',
    );
  });

  it('DJ-AUTH-04 refuses a policy naming a role that does not exist', () => {
    expect(mfaPolicySchema.safeParse({ enabled: true, alsoRequiredFor: ['root'] }).success).toBe(false);
  });
});

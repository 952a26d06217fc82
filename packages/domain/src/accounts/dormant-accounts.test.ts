import { describe, expect, it } from 'vitest';
import { defaultDormancyPolicy, dormancyPolicySchema, isDormant } from './dormant-accounts.js';

const at = (iso: string) => Date.parse(iso);

describe('isDormant', () => {
  const account = { lastLoginAt: '2026-01-10T09:00:00+08:00', createdAt: '2025-06-01T09:00:00+08:00', updatedAt: '2025-06-01T09:00:00+08:00' };

  it('DJ-AC-03 disables after 90 unused days: on day 90 still in use, a moment past it dormant', () => {
    expect(isDormant(defaultDormancyPolicy, account, at('2026-04-10T09:00:00+08:00'))).toBe(false);
    expect(isDormant(defaultDormancyPolicy, account, at('2026-04-10T09:00:01+08:00'))).toBe(true);
  });

  it('DJ-AC-03 counts from creation for an account never signed in, and from the last enabling', () => {
    const fresh = { lastLoginAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    expect(isDormant(defaultDormancyPolicy, fresh, at('2026-04-02T00:00:00Z'))).toBe(true);
    expect(isDormant(defaultDormancyPolicy, { ...fresh, updatedAt: '2026-03-30T00:00:00Z' }, at('2026-04-02T00:00:00Z'))).toBe(false);
  });

  it('is off at 0 days and refuses settings between 1 and 29 or over a year', () => {
    expect(isDormant({ disableAfterDays: 0 }, account, at('2030-01-01T00:00:00Z'))).toBe(false);
    expect(dormancyPolicySchema.safeParse({ disableAfterDays: 7 }).success).toBe(false);
    expect(dormancyPolicySchema.safeParse({ disableAfterDays: 400 }).success).toBe(false);
  });
});

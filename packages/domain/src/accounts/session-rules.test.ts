import { describe, expect, it } from 'vitest';
import {
  defaultSessionPolicy,
  needsReauthentication,
  sessionPolicySchema,
  sessionState,
  sessionsToEvict,
} from './session-rules.js';

const minute = 60_000;
const hour = 60 * minute;
const t0 = Date.UTC(2025, 2, 3, 0, 30); // 08:30 in Jinhu

describe('sessionState', () => {
  it('DJ-AUTH-02 ends a session left idle for 30 minutes', () => {
    const session = { createdAt: t0, lastSeenAt: t0 + 10 * minute, authenticatedAt: t0 };
    expect(sessionState(defaultSessionPolicy, session, t0 + 39 * minute)).toEqual({
      state: 'active',
      expiresAt: t0 + 69 * minute,
    });
    expect(sessionState(defaultSessionPolicy, session, t0 + 40 * minute)).toEqual({
      state: 'idle-expired',
      expiredAt: t0 + 40 * minute,
    });
    expect(sessionState(defaultSessionPolicy, session, t0 + 41 * minute).state).toBe('idle-expired');
  });

  it('AS-SES-03 ends a session after its 12-hour lifetime even while it is in use', () => {
    const busy = { createdAt: t0, lastSeenAt: t0 + 12 * hour - minute, authenticatedAt: t0 };
    expect(sessionState(defaultSessionPolicy, busy, t0 + 12 * hour - 1).state).toBe('active');
    expect(sessionState(defaultSessionPolicy, busy, t0 + 12 * hour)).toEqual({
      state: 'absolute-expired',
      expiredAt: t0 + 12 * hour,
    });
  });

  it('AS-SES-03 never promises more time than the lifetime has left', () => {
    const late = { createdAt: t0, lastSeenAt: t0 + 11 * hour + 50 * minute, authenticatedAt: t0 };
    expect(sessionState(defaultSessionPolicy, late, t0 + 11 * hour + 50 * minute)).toEqual({
      state: 'active',
      expiresAt: t0 + 12 * hour,
    });
  });
});

describe('sessionsToEvict', () => {
  it('AS-SES-06 ends the oldest sessions so a new login keeps the account at 3', () => {
    const live = [
      { id: 'b', createdAt: t0 + 2 * hour },
      { id: 'a', createdAt: t0 },
      { id: 'c', createdAt: t0 + 3 * hour },
    ];
    expect(sessionsToEvict(defaultSessionPolicy, live).map((s) => s.id)).toEqual(['a']);
    expect(sessionsToEvict(defaultSessionPolicy, live.slice(0, 2))).toEqual([]);
    expect(sessionsToEvict({ ...defaultSessionPolicy, maxConcurrentSessions: 1 }, live).map((s) => s.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('needsReauthentication', () => {
  it('AS-SES-07 asks for the password again before a sensitive change 5 minutes after login', () => {
    const session = { createdAt: t0, lastSeenAt: t0 + 20 * minute, authenticatedAt: t0 };
    expect(needsReauthentication(defaultSessionPolicy, session, t0 + 4 * minute)).toBe(false);
    expect(needsReauthentication(defaultSessionPolicy, session, t0 + 5 * minute)).toBe(true);
  });
});

describe('sessionPolicySchema', () => {
  it('DJ-AUTH-02 refuses an idle timeout above 30 minutes or a lifetime shorter than the idle timeout', () => {
    expect(sessionPolicySchema.safeParse(defaultSessionPolicy).success).toBe(true);
    expect(sessionPolicySchema.safeParse({ ...defaultSessionPolicy, idleTimeoutMs: 2 * hour }).success).toBe(false);
    expect(
      sessionPolicySchema.safeParse({ ...defaultSessionPolicy, idleTimeoutMs: 30 * minute, absoluteLifetimeMs: 20 * minute })
        .success,
    ).toBe(false);
  });
});

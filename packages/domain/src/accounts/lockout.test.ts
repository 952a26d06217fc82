import { describe, expect, it } from 'vitest';
import {
  defaultLockoutPolicy,
  loginFailureMessage,
  loginGate,
  loginThrottle,
  openThrottleState,
  recordLoginOutcome,
  releaseAttempt,
  type LoginThrottleState,
  type ThrottleState,
} from './lockout.js';

const minute = 60_000;
const t0 = Date.UTC(2025, 2, 3, 1, 0); // 09:00 in Jinhu
const rule = defaultLockoutPolicy.account;

/** Feeds failures at the given minutes past t0 through the account rule. */
function failAt(minutes: number[], start: ThrottleState = openThrottleState) {
  let state = start;
  const lockedAt: number[] = [];
  for (const m of minutes) {
    const step = loginThrottle(rule, state, { type: 'failure', at: t0 + m * minute });
    state = step.state;
    if (step.blockedNow) lockedAt.push(m);
  }
  return { state, lockedAt };
}

describe('account lockout', () => {
  it('DJ-AUTH-02 locks the account after 5 failures within 15 minutes', () => {
    const { state, lockedAt } = failAt([0, 2, 4, 6, 8]);
    expect(lockedAt).toEqual([8]);
    expect(state.blockedUntil).toBe(t0 + 23 * minute);
    expect(failAt([0, 2, 4, 6]).state.blockedUntil).toBeNull();
  });

  it('DJ-AUTH-02 does not lock when the 5 failures spread over more than 15 minutes', () => {
    // At minute 15 the failure at minute 0 has left the window: only 4 remain.
    const { state, lockedAt } = failAt([0, 4, 8, 12, 15]);
    expect(lockedAt).toEqual([]);
    expect(state.failures).toEqual([4, 8, 12, 15].map((m) => t0 + m * minute));
    expect(failAt([0, 4, 8, 12, 15, 16]).lockedAt).toEqual([16]);
  });

  it('DJ-AUTH-02 refuses the 6th attempt, even with the right password, until the lock expires after 15 minutes', () => {
    const { state } = failAt([0, 1, 2, 3, 4]);
    const both: LoginThrottleState = { account: state, source: openThrottleState };
    expect(loginGate(both, t0 + 5 * minute)).toEqual({
      allowed: false,
      reason: 'account-locked',
      retryAfterMs: 14 * minute,
    });
    expect(loginGate(both, t0 + 19 * minute - 1).allowed).toBe(false);
    expect(loginGate(both, t0 + 19 * minute)).toEqual({ allowed: true });
  });

  it('AS-AUTH-01 does not extend a lock on attempts made while locked, so nobody can keep a victim out', () => {
    const locked = failAt([0, 1, 2, 3, 4]).state;
    const during = failAt([5, 6, 7, 8, 9, 10], locked);
    expect(during.state).toEqual(locked);
    expect(during.lockedAt).toEqual([]);
  });

  it('DJ-AUTH-02 counts afresh once a lock has expired', () => {
    const { lockedAt } = failAt([0, 1, 2, 3, 4, 20, 21, 22, 23, 24]);
    expect(lockedAt).toEqual([4, 24]);
  });

  it('DJ-AUTH-02 clears the account counter on a successful login and on an administrator’s unlock', () => {
    const four = failAt([0, 1, 2, 3]).state;
    const afterSuccess = loginThrottle(rule, four, { type: 'success', at: t0 + 4 * minute }).state;
    expect(failAt([5], afterSuccess).lockedAt).toEqual([]);
    const locked = failAt([0, 1, 2, 3, 4]).state;
    expect(loginThrottle(rule, locked, { type: 'unlock', at: t0 + 5 * minute }).state).toEqual(openThrottleState);
  });

  it('DJ-AUTH-02 keeps only the failures inside the window: one every 4 minutes for two hours never locks', () => {
    const minutes = Array.from({ length: 30 }, (_, i) => i * 4);
    const { state, lockedAt } = failAt(minutes);
    expect(lockedAt).toEqual([]);
    expect(state.failures).toEqual([104, 108, 112, 116].map((m) => t0 + m * minute));
  });
});

describe('source-address throttling', () => {
  it('AS-AUTH-01 throttles an address after 10 failures in a minute across several accounts', () => {
    let state: LoginThrottleState = { account: openThrottleState, source: openThrottleState };
    const throttledAt: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      // Ten accounts, each tried once: no account reaches its own limit.
      const now = t0 + i * 5_000;
      if (!loginGate(state, now).allowed) continue;
      const step = recordLoginOutcome(defaultLockoutPolicy, { ...state, account: openThrottleState }, { type: 'failure', at: now });
      state = step.state;
      if (step.sourceThrottledNow) throttledAt.push(i);
      expect(step.accountLockedNow).toBe(false);
    }
    expect(throttledAt).toEqual([9]);
    expect(loginGate(state, t0 + 60_000)).toEqual({
      allowed: false,
      reason: 'source-throttled',
      retryAfterMs: 15 * minute - 15_000,
    });
  });

  it('AS-AUTH-01 does not let one successful login reset an address’s failures', () => {
    let state: LoginThrottleState = { account: openThrottleState, source: openThrottleState };
    for (let i = 0; i < 9; i += 1)
      state = recordLoginOutcome(defaultLockoutPolicy, state, { type: 'failure', at: t0 + i * 1000 }).state;
    state = recordLoginOutcome(defaultLockoutPolicy, state, { type: 'success', at: t0 + 9_000 }).state;
    expect(state.account).toEqual(openThrottleState);
    expect(state.source.failures).toHaveLength(9);
    const tenth = recordLoginOutcome(defaultLockoutPolicy, state, { type: 'failure', at: t0 + 10_000 });
    expect(tenth.sourceThrottledNow).toBe(true);
  });
});

it('AS-AUTH-07 has one failure message for unknown names, wrong passwords and locked accounts', () => {
  expect(loginFailureMessage.zh).toBe('用户名或口令错误，或因多次失败暂时无法登录。请稍后再试，或联系管理员。');
  expect(loginFailureMessage.en).not.toMatch(/locked|not exist|unknown/i);
});

describe('releaseAttempt', () => {
  const counted = (before: ThrottleState, m: number) => loginThrottle(rule, before, { type: 'failure', at: t0 + m * minute }).state;

  it('DJ-AUTH-02 takes back an attempt counted in advance once its password proves right', () => {
    const before = failAt([0, 2]).state;
    const after = counted(before, 3);
    expect(after.failures).toHaveLength(3);
    expect(releaseAttempt(rule, after, { at: t0 + 3 * minute, before })).toEqual(before);
  });

  it('DJ-AUTH-02 reopens a key that the released attempt itself closed, with the four failures it held before', () => {
    const before = failAt([0, 2, 4, 6]).state;
    const closed = counted(before, 8);
    expect(closed.blockedUntil).toBe(t0 + 23 * minute);
    expect(releaseAttempt(rule, closed, { at: t0 + 8 * minute, before })).toEqual(before);
  });

  it('DJ-AUTH-02 leaves a key closed by other attempts closed', () => {
    const closedByOthers = failAt([0, 1, 2, 3, 4]).state;
    expect(releaseAttempt(rule, closedByOthers, { at: t0 + 4.5 * minute, before: failAt([0, 1, 2]).state })).toEqual(closedByOthers);
  });
});

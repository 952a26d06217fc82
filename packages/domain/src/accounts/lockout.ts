import { z } from 'zod';
import type { LocalizedText } from '../text/localized-text.js';

/**
 * 登录失败处理 (GB/T 22239-2019 身份鉴别 b). One rule, applied twice: to each account (lock it) and
 * to each source address (throttle it, ASVS 6.3.1), each with its own counter.
 */
export const throttleRuleSchema = z.object({
  /** This many failures inside `windowMs` close the key. */
  maxFailures: z.number().int().min(1).max(100),
  windowMs: z.number().int().positive(),
  /** How long the key stays closed. */
  blockMs: z.number().int().positive(),
  /**
   * Whether a successful login clears the earlier failures. True for accounts. False for source
   * addresses, or an attacker holding one valid account could reset the counter between guesses.
   */
  resetOnSuccess: z.boolean(),
});
export type ThrottleRule = z.infer<typeof throttleRuleSchema>;

export const lockoutPolicySchema = z.object({ account: throttleRuleSchema, source: throttleRuleSchema });
export type LockoutPolicy = z.infer<typeof lockoutPolicySchema>;

const minute = 60_000;

/**
 * 5 failures within 15 minutes lock the account for 15 minutes (等保 practice; DHIS2 uses the same
 * numbers). 10 failures a minute from one address, across any accounts, throttle it for 15
 * minutes. Counting failures, not attempts, keeps an office behind one NAT address usable.
 */
export const defaultLockoutPolicy: LockoutPolicy = {
  account: { maxFailures: 5, windowMs: 15 * minute, blockMs: 15 * minute, resetOnSuccess: true },
  source: { maxFailures: 10, windowMs: 1 * minute, blockMs: 15 * minute, resetOnSuccess: false },
};

/** The stored state of one key (an account or a source address). Times are epoch ms. */
export interface ThrottleState {
  /** Recent failures, oldest first; never more than `maxFailures` are kept. */
  failures: readonly number[];
  /** Closed until this time, or null when open. */
  blockedUntil: number | null;
}

export const openThrottleState: ThrottleState = { failures: [], blockedUntil: null };

export type ThrottleEvent =
  /** A wrong password, a wrong or reused one-time code, or a login for an unknown account name. */
  | { type: 'failure'; at: number }
  | { type: 'success'; at: number }
  /** An administrator lifts the block (audited by the caller). */
  | { type: 'unlock'; at: number };

export interface ThrottleStep {
  state: ThrottleState;
  /** True exactly when this event closed the key: the moment to write the lock's audit record. */
  blockedNow: boolean;
}

export type ThrottleStatus = { open: true } | { open: false; retryAfterMs: number };

/** Whether the key is open at `now`. A login is refused, before any password check, while closed. */
export function throttleStatus(state: ThrottleState, now: number): ThrottleStatus {
  return state.blockedUntil !== null && now < state.blockedUntil
    ? { open: false, retryAfterMs: state.blockedUntil - now }
    : { open: true };
}

/**
 * The state machine of one key. Failures that arrive while the key is closed change nothing:
 * the service must refuse those attempts without checking the password, and extending the block
 * on them would let anyone keep a victim locked out for good (ASVS 6.1.1 malicious lockout).
 */
export function loginThrottle(rule: ThrottleRule, state: ThrottleState, event: ThrottleEvent): ThrottleStep {
  switch (event.type) {
    case 'unlock':
      return { state: openThrottleState, blockedNow: false };
    case 'success':
      return {
        state: rule.resetOnSuccess ? openThrottleState : state,
        blockedNow: false,
      };
    case 'failure': {
      if (!throttleStatus(state, event.at).open) return { state, blockedNow: false };
      const recent = [...state.failures.filter((t) => t > event.at - rule.windowMs), event.at];
      if (recent.length >= rule.maxFailures)
        return { state: { failures: [], blockedUntil: event.at + rule.blockMs }, blockedNow: true };
      return { state: { failures: recent.slice(-rule.maxFailures), blockedUntil: null }, blockedNow: false };
    }
  }
}

/**
 * Takes back an attempt that was counted as a failure before its password was checked, once it
 * turns out to be none (a right password). Counting first is what makes parallel attempts count:
 * the count and the gate are one step under the database's lock, so a burst of 30 attempts gets
 * exactly `maxFailures` password checks. `before` is the state the attempt was counted on.
 * When that attempt closed the key, the key opens again with the failures it held before; otherwise
 * one failure at the attempt's time is removed. A key closed by others stays closed.
 */
export function releaseAttempt(rule: ThrottleRule, state: ThrottleState, attempt: { at: number; before: ThrottleState }): ThrottleState {
  if (state.blockedUntil !== null)
    return state.blockedUntil === attempt.at + rule.blockMs && attempt.before.blockedUntil === null
      ? { failures: attempt.before.failures.filter((t) => t > attempt.at - rule.windowMs), blockedUntil: null }
      : state;
  const index = state.failures.lastIndexOf(attempt.at);
  return index === -1 ? state : { failures: state.failures.filter((_, i) => i !== index), blockedUntil: null };
}

/** The state of an account and of the address the attempt comes from. */
export interface LoginThrottleState {
  account: ThrottleState;
  source: ThrottleState;
}

export type LoginGate =
  | { allowed: true }
  /** Answer with `loginFailureMessage` (never say the account is locked: that would reveal it exists). */
  | { allowed: false; reason: 'account-locked'; retryAfterMs: number }
  /** Answer 429 with Retry-After. */
  | { allowed: false; reason: 'source-throttled'; retryAfterMs: number };

/** Whether a login attempt may go on to the password check. */
export function loginGate(state: LoginThrottleState, now: number): LoginGate {
  const source = throttleStatus(state.source, now);
  if (!source.open) return { allowed: false, reason: 'source-throttled', retryAfterMs: source.retryAfterMs };
  const account = throttleStatus(state.account, now);
  if (!account.open) return { allowed: false, reason: 'account-locked', retryAfterMs: account.retryAfterMs };
  return { allowed: true };
}

/**
 * Records one login outcome on both keys. A failed one-time code counts as a failure too
 * (DJ-AUTH-04). For an unknown login name the caller records the failure on the source only.
 */
export function recordLoginOutcome(
  policy: LockoutPolicy,
  state: LoginThrottleState,
  event: Extract<ThrottleEvent, { type: 'failure' | 'success' }>,
): { state: LoginThrottleState; accountLockedNow: boolean; sourceThrottledNow: boolean } {
  const account = loginThrottle(policy.account, state.account, event);
  const source = loginThrottle(policy.source, state.source, event);
  return {
    state: { account: account.state, source: source.state },
    accountLockedNow: account.blockedNow,
    sourceThrottledNow: source.blockedNow,
  };
}

/**
 * The one message for every failed login: unknown name, wrong password, wrong code, locked
 * account. Identical text means the response does not tell an attacker which it was (ASVS 6.3.8).
 */
export const loginFailureMessage: LocalizedText = {
  zh: '用户名或口令错误，或因多次失败暂时无法登录。请稍后再试，或联系管理员。',
  en: 'Incorrect login name or password, or too many failed attempts. Try again later or contact an administrator.',
};

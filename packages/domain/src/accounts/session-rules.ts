import { z } from 'zod';

const minute = 60_000;

/**
 * 会话策略: server-side sessions end after a quiet spell (登录连接超时自动退出, GB/T 22239-2019
 * 身份鉴别 b; ASVS 7.3.1) and after a fixed lifetime however busy they are (ASVS 7.3.2).
 */
export const sessionPolicySchema = z
  .object({
    /** 等保 practice: at most 30 minutes. */
    idleTimeoutMs: z.number().int().min(minute).max(30 * minute),
    absoluteLifetimeMs: z.number().int().min(15 * minute).max(24 * 60 * minute),
    /** Sessions one account may hold at once (ASVS 7.1.2); the oldest is ended to admit a new one. */
    maxConcurrentSessions: z.number().int().min(1).max(20),
    /** How recent a login (or re-entered password) must be for a sensitive change (ASVS 7.5.1). */
    reauthenticationMs: z.number().int().min(minute).max(60 * minute),
  })
  .refine((p) => p.absoluteLifetimeMs >= p.idleTimeoutMs, {
    message: 'absoluteLifetimeMs must not be below idleTimeoutMs',
  });
export type SessionPolicy = z.infer<typeof sessionPolicySchema>;

export const defaultSessionPolicy: SessionPolicy = {
  idleTimeoutMs: 30 * minute,
  /** A long working day; a session opened at 8:00 ends by 20:00 whatever happens. */
  absoluteLifetimeMs: 12 * 60 * minute,
  maxConcurrentSessions: 3,
  reauthenticationMs: 5 * minute,
};

/** What the session store keeps about one session. Times are epoch ms. */
export interface SessionTimes {
  createdAt: number;
  /** The last request that used the session. */
  lastSeenAt: number;
  /** When the user last proved who they are (login, or password entered again). */
  authenticatedAt: number;
}

export type SessionState =
  | { state: 'active'; expiresAt: number }
  | { state: 'idle-expired'; expiredAt: number }
  | { state: 'absolute-expired'; expiredAt: number };

/**
 * Whether a session still works at `now`. It works while `now` is before both deadlines; at
 * either deadline it is over (delete the row, answer 401). When both have passed, the absolute
 * one is reported.
 */
export function sessionState(policy: SessionPolicy, session: SessionTimes, now: number): SessionState {
  const absoluteEnd = session.createdAt + policy.absoluteLifetimeMs;
  const idleEnd = session.lastSeenAt + policy.idleTimeoutMs;
  if (now >= absoluteEnd) return { state: 'absolute-expired', expiredAt: absoluteEnd };
  if (now >= idleEnd) return { state: 'idle-expired', expiredAt: idleEnd };
  return { state: 'active', expiresAt: Math.min(absoluteEnd, now + policy.idleTimeoutMs) };
}

/**
 * Whether a sensitive change (password, MFA, phone number; turning MFA off) needs the password
 * entered again first (ASVS 7.5.1; DJ-AUTH-04 "disabling MFA needs re-authentication").
 */
export function needsReauthentication(policy: SessionPolicy, session: SessionTimes, now: number): boolean {
  return now - session.authenticatedAt >= policy.reauthenticationMs;
}

/**
 * The sessions to end so that a new login keeps the account within `maxConcurrentSessions`:
 * the oldest first.
 */
export function sessionsToEvict<S extends { id: string; createdAt: number }>(
  policy: SessionPolicy,
  liveSessions: readonly S[],
): S[] {
  const excess = liveSessions.length + 1 - policy.maxConcurrentSessions;
  if (excess <= 0) return [];
  return [...liveSessions].sort((a, b) => a.createdAt - b.createdAt).slice(0, excess);
}

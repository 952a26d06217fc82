/** Why a session may use only its own password and authenticator routes until the user acts. */
export type SessionRestriction = 'change-password' | 'enrol-mfa';

/** A signed-in session as stored: its cookie's digest, its account, and when it was last used. */
export interface StoredSession {
  countyId: string;
  tokenDigest: string;
  sessionId: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  authenticatedAt: string;
  restriction: SessionRestriction | null;
  sourceIp: string | null;
  userAgent: string | null;
}

/** With the account's login, for lists. */
export type ListedSession = StoredSession & { login: string; displayName: string };

/**
 * Accounts over HTTP: what /api/session, /api/users and /api/security answer with. The server's
 * response schemas are checked against these (`satisfies z.ZodType<…>`), the web reads them.
 */

/** An account as the administrators' lists show it. Secrets never leave; phone numbers leave masked unless permitted. */
export interface UserView {
  id: string;
  login: string;
  displayName: string;
  /** 138****1234 unless the viewer holds pii.unmask (DJ-PI-02). */
  phone: string | null;
  phoneMasked: boolean;
  /** 电子邮箱: where reminders reach the account. */
  email: string | null;
  unitCode: string | null;
  regionCode: string | null;
  roles: string[];
  status: 'active' | 'disabled';
  mfaEnrolled: boolean;
  passwordTemporary: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** Locked after failed sign-ins until this time; null when not locked. */
  lockedUntil: string | null;
}

/** A unit or town of the county's plan that a data scope can name (GET /api/security/scopes). */
export interface ScopeOption {
  code: string;
  name: string;
  kind: string;
}

/** A signed-in session: since when, last seen when, from where and with which browser. */
export interface OpenSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  sourceIp: string | null;
  userAgent: string | null;
}

/** One open session of the county, as the security administrator sees it (GET /api/security/sessions). */
export interface CountySession extends OpenSession {
  userId: string;
  login: string;
  displayName: string;
  /** Held back until the password is changed or an authenticator enrolled. */
  restricted: boolean;
}

/** GET /api/session: who is signed in, what they may do, and what they must do first. */
export interface Me {
  user: { id: string; login: string; displayName: string; phone: string | null };
  /** The account's county: 金湖县, and its English name (counties/county-name.ts). */
  county: { id: string; name: string; nameEn: string };
  roles: string[];
  permissions: string[];
  /** 所属单位 and 所属镇（街道、开发区）: the data scope of the account's roles. */
  unit: { code: string; name: string } | null;
  region: { code: string; name: string } | null;
  /** The session is held back until the password is changed (temporary or expired). */
  mustChangePassword: boolean;
  restriction: 'change-password' | 'enrol-mfa' | null;
  password: {
    state: 'current' | 'expiring' | 'expired' | 'temporary' | 'temporary-expired';
    expiresAt: string | null;
    daysLeft: number | null;
    minLength: number;
    maxLength: number;
    minCharacterClasses: number;
  };
  mfa: { enrolled: boolean; required: boolean; pending: boolean };
  session: { id: string; createdAt: string; expiresAt: string };
}

/** One of the signed-in user's own sessions (GET /api/session/all). */
export interface MySession extends OpenSession {
  /** The session this request came with. */
  current: boolean;
}

/** A new authenticator secret, as an otpauth:// URI and as text (POST /api/session/mfa). */
export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  issuer: string;
}

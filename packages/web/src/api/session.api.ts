import { apiRequest } from './client.js';

/** GET /api/session: who is signed in and what they may and must do. */
export interface Me {
  user: { id: string; login: string; displayName: string; phone: string | null };
  county: { id: string; name: string };
  roles: string[];
  permissions: string[];
  unit: { code: string; name: string } | null;
  region: { code: string; name: string } | null;
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

export interface MySession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  sourceIp: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  issuer: string;
}

/** A reason the server refused something, in both languages (password policy, role grants). */
export interface LocalizedProblem {
  code: string;
  zh: string;
  en: string;
}

export const fetchMe = (signal?: AbortSignal) => apiRequest<Me>('/api/session', { signal, quiet: true });

export const signIn = (body: { login: string; password: string; totp?: string }) =>
  apiRequest<Me>('/api/session', { method: 'POST', body, quiet: true });

export const signOut = () => apiRequest<void>('/api/session', { method: 'DELETE', quiet: true });

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  apiRequest<Me>('/api/session/password', { method: 'POST', body, quiet: true });

export const fetchMySessions = (signal?: AbortSignal) => apiRequest<{ sessions: MySession[] }>('/api/session/all', { signal });

export const endMySession = (id: string) => apiRequest<void>(`/api/session/all/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const signOutEverywhere = () => apiRequest<void>('/api/session/all', { method: 'DELETE' });

export const beginMfaEnrolment = () => apiRequest<MfaEnrolment>('/api/session/mfa', { method: 'POST' });

export const confirmMfaEnrolment = (code: string) =>
  apiRequest<Me>('/api/session/mfa/confirm', { method: 'POST', body: { code }, quiet: true });

export const removeMfa = (password: string) =>
  apiRequest<Me>('/api/session/mfa/remove', { method: 'POST', body: { password }, quiet: true });

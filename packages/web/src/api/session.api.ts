import type { Me, MfaEnrolment, MySession } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** /api/session: the shapes are the domain's API contracts; LocalizedProblem is the server's reason for a refusal. */
export type { LocalizedProblem, Me, MfaEnrolment, MySession } from '@ipcounty/domain';

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

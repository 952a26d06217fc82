import type { CountySession, ScopeOption, SecurityPolicy, UserView } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** /api/users and /api/security: the shapes are the domain's API contracts. */
export type { CountySession, ScopeOption, UserView } from '@ipcounty/domain';

// 系统管理员
export const fetchUsers = (signal?: AbortSignal) => apiRequest<{ users: UserView[] }>('/api/users', { signal });
export const createUser = (body: { login: string; displayName: string; phone?: string | null; email?: string | null }) =>
  apiRequest<{ user: UserView; temporaryPassword: string }>('/api/users', { method: 'POST', body });
export const updateUser = (id: string, body: { displayName: string; phone?: string | null; email?: string | null }) =>
  apiRequest<{ user: UserView }>(`/api/users/${id}`, { method: 'PATCH', body });
export const setUserEnabled = (id: string, enabled: boolean) =>
  apiRequest<{ user: UserView }>(`/api/users/${id}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' });
export const resetUserPassword = (id: string) =>
  apiRequest<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`, { method: 'POST' });

// 安全管理员
export const fetchSecurityUsers = (signal?: AbortSignal) => apiRequest<{ users: UserView[] }>('/api/security/users', { signal });
export const fetchScopes = (signal?: AbortSignal) =>
  apiRequest<{ units: ScopeOption[]; regions: ScopeOption[] }>('/api/security/scopes', { signal });
export const assignRoles = (id: string, body: { roles: string[]; unitCode: string | null; regionCode: string | null }) =>
  apiRequest<{ user: UserView }>(`/api/security/users/${id}/roles`, { method: 'PUT', body, quiet: true });
export const unlockUser = (id: string) => apiRequest<void>(`/api/security/users/${id}/unlock`, { method: 'POST' });
export const resetUserMfa = (id: string) => apiRequest<void>(`/api/security/users/${id}/mfa-reset`, { method: 'POST' });
export const fetchSecurityPolicy = (signal?: AbortSignal) =>
  apiRequest<{ policy: SecurityPolicy; passwordProfiles: Record<string, SecurityPolicy['password']> }>('/api/security/policy', { signal });
export const saveSecurityPolicy = (policy: SecurityPolicy) =>
  apiRequest<{ policy: SecurityPolicy }>('/api/security/policy', { method: 'PUT', body: policy, quiet: true });
export const fetchCountySessions = (signal?: AbortSignal) => apiRequest<{ sessions: CountySession[] }>('/api/security/sessions', { signal });
export const endCountySession = (id: string) => apiRequest<void>(`/api/security/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** 访问控制策略: the role → permission table authorisation uses, the defaults, and who changed it last. */
export interface PermissionTableView {
  table: Record<string, Record<string, string>>;
  defaults: Record<string, Record<string, string>>;
  edited: { at: string; by: string } | null;
}
export const fetchPermissionTable = (signal?: AbortSignal) => apiRequest<PermissionTableView>('/api/security/permissions', { signal });
export const savePermissionTable = (table: Record<string, Record<string, string>>) =>
  apiRequest<PermissionTableView>('/api/security/permissions', { method: 'PUT', body: { table }, quiet: true });

import type { AuditChainReport, AuditEntryView } from '@ipcounty/domain';
import { apiRequest, pageLanguage } from './client.js';

/** /api/audit: the shapes are the domain's API contracts. */
export type { AuditChainReport, AuditEntryView } from '@ipcounty/domain';

export interface AuditFilters {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entity?: string;
  outcome?: 'success' | 'failure';
}

export function auditQuery(filters: AuditFilters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra }))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
}

export const searchAudit = (filters: AuditFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  apiRequest<{ total: number; page: number; pageSize: number; entries: AuditEntryView[] }>(`/api/audit?${auditQuery(filters, { page, pageSize })}`, { signal });

export const auditExportUrl = (filters: AuditFilters, format: 'xlsx' | 'csv') => `/api/audit/export?${auditQuery(filters, { format, lang: pageLanguage() })}`;

export const verifyAudit = () => apiRequest<AuditChainReport>('/api/audit/verify');

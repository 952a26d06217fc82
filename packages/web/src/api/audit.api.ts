import { apiRequest } from './client.js';

export interface AuditEntryView {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  actorRoles: string[];
  sourceIp: string | null;
  userAgent: string | null;
  eventType: string;
  objectType: string | null;
  objectId: string | null;
  outcome: 'success' | 'failure';
  reasonCode: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
  hash: string;
}

export interface AuditFilters {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entity?: string;
  outcome?: 'success' | 'failure';
}

export interface AuditVerification {
  ok: boolean;
  verified: number;
  head: { seq: number; hash: string } | null;
  broken: { seq: number | null; reason: string; zh: string; en: string } | null;
  algorithm: string;
  keyed: boolean;
}

export function auditQuery(filters: AuditFilters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra }))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
}

export const searchAudit = (filters: AuditFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  apiRequest<{ total: number; page: number; pageSize: number; entries: AuditEntryView[] }>(`/api/audit?${auditQuery(filters, { page, pageSize })}`, { signal });

export const auditExportUrl = (filters: AuditFilters, format: 'xlsx' | 'csv') => `/api/audit/export?${auditQuery(filters, { format })}`;

export const verifyAudit = () => apiRequest<AuditVerification>('/api/audit/verify');

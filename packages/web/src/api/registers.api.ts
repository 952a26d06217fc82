import type { ImportKind, LegalEvent, LocalizedText, RegisterKind } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** GET /api/registers/:kind — one record as the server presents it. */
export interface RecordView {
  key: string;
  region: string | null;
  regionName: string | null;
  attribution: 'attributed' | 'excluded' | 'unresolved' | 'none';
  attributionNote: string | null;
  placement: LocalizedText | null;
  address: string | null;
  category: string | null;
  date: string | null;
  demo: boolean;
  importId: string | null;
  updatedAt: string;
  updatedBy: string;
  /** Values as stored: dates ISO, amounts in 分, enum values. */
  document: Record<string, unknown>;
  /** The record as template rows, the strings the edit form starts from. */
  cells: Record<string, string>[];
  patent?: {
    grantDate: string | null;
    applicantType: string | null;
    effectiveFrom: string | null;
    effectiveUntil: string | null;
    status: 'in-force' | 'pending' | 'ended' | 'never';
  };
}

export interface RecordPage {
  total: number;
  page: number;
  pageSize: number;
  records: RecordView[];
  version: string;
  /** Population only: the county's figure by year, its own row or the sum of its towns. */
  countyTotals?: { year: number; persons: number; basis: 'resident' | 'registered'; source: string }[];
}

export interface RegisterSummary {
  kind: RegisterKind;
  total: number;
  demo: number;
  unresolved: number;
}

/** A problem with a row of an imported file (or with a field of the edit form). */
export interface RowProblem {
  row: number;
  column?: string;
  value?: string;
  reason: LocalizedText;
  severity: 'error' | 'warning';
}

export interface ImportRecord {
  importId: string;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  status: 'running' | 'committed' | 'refused' | 'failed' | 'removed';
  demo: boolean;
  actorName: string;
  startedAt: string;
  finishedAt: string | null;
  rowsRead: number;
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  warningCount: number;
  message: LocalizedText | null;
}

export interface ImportProgress {
  phase: 'reading' | 'writing' | 'done';
  rowsRead: number;
  rowsExpected: number | null;
  written: number;
  toWrite: number;
}

export interface ImportStatus {
  import: ImportRecord;
  progress: ImportProgress | null;
  problems: RowProblem[];
  problemsTotal: number;
}

export interface UnresolvedAddress {
  addressKey: string;
  address: string;
  reason: LocalizedText | null;
  records: number;
  registers: Partial<Record<RegisterKind, number>>;
}

export interface AddressAssignment {
  addressKey: string;
  address: string;
  region: string;
  assignedAt: string;
  assignedBy: string;
}

export interface DemoStatus {
  present: boolean;
  records: Partial<Record<ImportKind, number>>;
  total: number;
  loadedAt: string | null;
}

/** Query parameters of a register list, as the page keeps them in its URL. */
export type RecordQuery = Record<string, string>;

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const registersApi = {
  summary: (signal?: AbortSignal) => apiRequest<{ registers: RegisterSummary[]; keyIndustries: string[]; version: string }>('/api/registers', { signal }),
  list: (kind: RegisterKind, params: RecordQuery, signal?: AbortSignal) => apiRequest<RecordPage>(`/api/registers/${kind}${query(params)}`, { signal }),
  record: (kind: RegisterKind, key: string, signal?: AbortSignal) =>
    apiRequest<{ record: RecordView; events?: LegalEvent[] }>(`/api/registers/${kind}/${encodeURIComponent(key)}`, { signal }),
  save: (kind: RegisterKind, key: string | null, cells: Record<string, string>) =>
    key === null
      ? apiRequest<{ key: string; created: boolean }>(`/api/registers/${kind}`, { method: 'POST', body: { cells }, quiet: true })
      : apiRequest<{ key: string; created: boolean }>(`/api/registers/${kind}/${encodeURIComponent(key)}`, { method: 'PUT', body: { cells }, quiet: true }),
  remove: (kind: RegisterKind, key: string) => apiRequest<void>(`/api/registers/${kind}/${encodeURIComponent(key)}`, { method: 'DELETE' }),
  exportUrl: (kind: RegisterKind, params: RecordQuery) => {
    const { page: _page, pageSize: _size, ...filters } = params;
    return `/api/registers/${kind}/export.xlsx${query(filters)}`;
  },
  saveKeyIndustries: (keyIndustries: string[]) => apiRequest<{ keyIndustries: string[] }>('/api/registers/settings/key-industries', { method: 'PUT', body: { keyIndustries } }),

  templateUrl: (kind: ImportKind) => `/api/imports/templates/${kind}`,
  upload: (kind: ImportKind, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return apiRequest<{ importId: string }>('/api/imports', { method: 'POST', formData: form });
  },
  importStatus: (importId: string, signal?: AbortSignal) => apiRequest<ImportStatus>(`/api/imports/${importId}`, { signal, quiet: true }),
  problemsUrl: (importId: string) => `/api/imports/${importId}/problems.xlsx`,
  history: (page: number, pageSize: number, signal?: AbortSignal) =>
    apiRequest<{ total: number; imports: ImportRecord[] }>(`/api/imports${query({ page, pageSize })}`, { signal }),

  unresolved: (params: { page: number; pageSize: number; q?: string }, signal?: AbortSignal) =>
    apiRequest<{ total: number; records: number; addresses: UnresolvedAddress[] }>(`/api/addresses/unresolved${query(params)}`, { signal }),
  assignments: (signal?: AbortSignal) => apiRequest<{ assignments: AddressAssignment[]; outside: string }>('/api/addresses/assignments', { signal }),
  assign: (address: string, region: string) => apiRequest<{ records: number }>('/api/addresses/assignments', { method: 'PUT', body: { address, region } }),
  unassign: (address: string) => apiRequest<{ records: number }>(`/api/addresses/assignments${query({ address })}`, { method: 'DELETE' }),

  demo: (signal?: AbortSignal) => apiRequest<DemoStatus>('/api/demo', { signal, quiet: true }),
  removeDemo: () => apiRequest<{ removed: number; status: DemoStatus }>('/api/demo', { method: 'DELETE' }),
};

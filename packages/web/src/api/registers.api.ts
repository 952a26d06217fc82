import type {
  AddressAssignments,
  DemoStatus,
  ImportHistory,
  ImportKind,
  ImportPreview,
  ImportReport,
  PresumedLapses,
  LegalEvent,
  RecordPage,
  RecordView,
  RegisterKind,
  RegistersOverview,
  UnresolvedAddresses,
} from '@ipcounty/domain';
import { apiRequest, pageLanguage } from './client.js';

/** /api/registers, /api/imports, /api/addresses and /api/demo: the shapes are the domain's API contracts. */
export type { AddressAssignment, ColumnReading, ImportPreview, ImportRecord, ImportReport, RecordView, RowProblem, UnresolvedAddressGroup } from '@ipcounty/domain';

/** Query parameters of a register list, as the page keeps them in its URL. */
export type RecordQuery = Record<string, string>;

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const registersApi = {
  summary: (signal?: AbortSignal) => apiRequest<RegistersOverview>('/api/registers', { signal }),
  list: (kind: RegisterKind, params: RecordQuery, signal?: AbortSignal) => apiRequest<RecordPage>(`/api/registers/${kind}${query(params)}`, { signal }),
  record: (kind: RegisterKind, key: string, signal?: AbortSignal) =>
    apiRequest<{ record: RecordView; events?: LegalEvent[] }>(`/api/registers/${kind}/${encodeURIComponent(key)}`, { signal }),
  save: (kind: RegisterKind, key: string | null, cells: Record<string, string>) =>
    key === null
      ? apiRequest<{ key: string; created: boolean }>(`/api/registers/${kind}`, { method: 'POST', body: { cells }, quiet: true })
      : apiRequest<{ key: string; created: boolean }>(`/api/registers/${kind}/${encodeURIComponent(key)}`, { method: 'PUT', body: { cells }, quiet: true }),
  remove: (kind: RegisterKind, key: string) => apiRequest<void>(`/api/registers/${kind}/${encodeURIComponent(key)}`, { method: 'DELETE' }),
  /** The register with the list's filters, in the page's language (a link's request carries the browser's language, not the page's). */
  exportUrl: (kind: RegisterKind, params: RecordQuery) => {
    const { page: _page, pageSize: _size, ...filters } = params;
    return `/api/registers/${kind}/export.xlsx${query({ ...filters, lang: pageLanguage() })}`;
  },
  saveKeyIndustries: (keyIndustries: string[]) => apiRequest<{ keyIndustries: string[] }>('/api/registers/settings/key-industries', { method: 'PUT', body: { keyIndustries } }),

  templateUrl: (kind: ImportKind, layout?: string) => `/api/imports/templates/${kind}${query({ layout })}`,
  /** What the importer will make of the file: nothing is imported. */
  preview: (kind: ImportKind, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return apiRequest<ImportPreview>('/api/imports/preview', { method: 'POST', formData: form });
  },
  /** The export date (导出日期) the user confirmed, and `confirmed` for a file the guard rails paused. */
  upload: (kind: ImportKind, file: File, options: { exportDate?: string; confirmed?: boolean } = {}) => {
    const form = new FormData();
    form.append('kind', kind);
    if (options.exportDate) form.append('exportDate', options.exportDate);
    if (options.confirmed) form.append('confirmed', 'true');
    form.append('file', file, file.name);
    return apiRequest<{ importId: string }>('/api/imports', { method: 'POST', formData: form });
  },
  importStatus: (importId: string, signal?: AbortSignal) => apiRequest<ImportReport>(`/api/imports/${importId}`, { signal, quiet: true }),
  /** The problem report, in the page's language (a link's request carries the browser's language, not the page's). */
  problemsUrl: (importId: string) => `/api/imports/${importId}/problems.xlsx?lang=${pageLanguage()}`,
  /** Effective inventions counted at a date whose lapse is dated by an export date only (推定). */
  presumedLapses: (asOf: string, signal?: AbortSignal) => apiRequest<PresumedLapses>(`/api/presumed-lapses${query({ asOf })}`, { signal, quiet: true }),
  history: (page: number, pageSize: number, signal?: AbortSignal) =>
    apiRequest<ImportHistory>(`/api/imports${query({ page, pageSize })}`, { signal }),

  unresolved: (params: { page: number; pageSize: number; q?: string }, signal?: AbortSignal) =>
    apiRequest<UnresolvedAddresses>(`/api/addresses/unresolved${query(params)}`, { signal }),
  assignments: (signal?: AbortSignal) => apiRequest<AddressAssignments>('/api/addresses/assignments', { signal }),
  assign: (address: string, region: string) => apiRequest<{ records: number }>('/api/addresses/assignments', { method: 'PUT', body: { address, region } }),
  unassign: (address: string) => apiRequest<{ records: number }>(`/api/addresses/assignments${query({ address })}`, { method: 'DELETE' }),

  demo: (signal?: AbortSignal) => apiRequest<DemoStatus>('/api/demo', { signal, quiet: true }),
  removeDemo: () => apiRequest<{ removed: number; status: DemoStatus }>('/api/demo', { method: 'DELETE' }),
};

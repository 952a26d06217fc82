import type { BudgetExecutionView, LedgerImportOutcome, LedgerKind, LedgerPage, LedgerRecordView, LedgersOverview, SavedWorkItem, TaskLedgers } from '@ipcounty/domain';
import { apiRequest, pageLanguage } from './client.js';

/** /api/ledgers: the shapes are the domain's API contracts. */
export type { BudgetExecutionView, LedgerImportOutcome, LedgerPage, LedgerRecordView, LedgersOverview, TaskLedgers } from '@ipcounty/domain';

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const ledgersApi = {
  overview: (signal?: AbortSignal) => apiRequest<LedgersOverview>('/api/ledgers/overview', { signal }),
  execution: (params: { year?: number; asOf?: string }, signal?: AbortSignal) => apiRequest<BudgetExecutionView>(`/api/ledgers/funds/execution${query(params)}`, { signal }),
  byTask: (taskNumber: number, signal?: AbortSignal) => apiRequest<TaskLedgers>(`/api/ledgers/by-task/${taskNumber}`, { signal }),
  list: (kind: LedgerKind, params: Record<string, string>, signal?: AbortSignal) => apiRequest<LedgerPage>(`/api/ledgers/${kind}${query(params)}`, { signal }),
  /** The sheet with the list's filters, in the page's language. */
  exportUrl: (kind: LedgerKind, params: Record<string, string>) => {
    const { page: _page, pageSize: _size, ...filters } = params;
    return `/api/ledgers/${kind}/export.xlsx${query({ ...filters, lang: pageLanguage() })}`;
  },
  templateUrl: (kind: LedgerKind) => `/api/ledgers/templates/${kind}`,
  upload: (kind: LedgerKind, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<LedgerImportOutcome>(`/api/ledgers/${kind}/import`, { method: 'POST', formData: form, quiet: true });
  },
  save: (kind: LedgerKind, id: string | null, cells: Record<string, string>) =>
    id === null
      ? apiRequest<{ id: string }>(`/api/ledgers/${kind}`, { method: 'POST', body: { cells }, quiet: true })
      : apiRequest<{ id: string }>(`/api/ledgers/${kind}/${id}`, { method: 'PUT', body: { cells }, quiet: true }),
  remove: (kind: LedgerKind, id: string) => apiRequest<void>(`/api/ledgers/${kind}/${id}`, { method: 'DELETE' }),
  toWorkItem: (decisionId: string, input: { taskNumber?: number; leadUnit?: string; deadline?: string }) =>
    apiRequest<SavedWorkItem>(`/api/ledgers/decisions/${decisionId}/work-item`, { method: 'POST', body: input }),
  toRectification: (decisionId: string, input: { taskNumber?: number; ownerUnit?: string; deadline?: string }) =>
    apiRequest<{ id: string; number: string }>(`/api/ledgers/decisions/${decisionId}/rectification`, { method: 'POST', body: input }),
  uploadMinutes: (meetingId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<{ fileId: string; fileName: string }>(`/api/ledgers/meetings/${meetingId}/minutes`, { method: 'POST', formData: form });
  },
  fileUrl: (fileId: string) => `/api/ledgers/files/${fileId}`,
};

export type { LedgerKind, LedgerRecordView as LedgerRecord };

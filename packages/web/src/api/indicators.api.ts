import type {
  Dashboard,
  EvidenceKind,
  Granularity,
  IndicatorDetail,
  IndicatorSettings,
  RecordsBehind,
  SplitDimension,
  StoredManualValue,
  StoredOfficialValue,
} from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** GET /api/indicators and friends: the shapes are the domain's API contracts, which the server's indicator views build. */
export type { Granularity, IndicatorDetail, OfficialComparison, SettingView, SplitDimension, SplitRow, StoredManualValue, TargetSummary, TrendPoint } from '@ipcounty/domain';

/** Which records a number stands for: a region (exact = the county's own row), an industry, an enterprise, or a denominator. */
export interface RecordsSelection {
  region?: string;
  exact?: boolean;
  industry?: string;
  enterprise?: string;
  part?: 'numerator' | 'denominator';
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const base = (code: string) => `/api/indicators/${encodeURIComponent(code)}`;

export const fetchDashboard = (asOf: string | undefined, signal?: AbortSignal) => apiRequest<Dashboard>(`/api/indicators${query({ asOf })}`, { signal });

export interface DetailQuery {
  asOf?: string;
  region?: string;
  by?: SplitDimension;
  granularity: Granularity;
  offset?: number;
  limit?: number;
}

export const fetchIndicator = (code: string, q: DetailQuery, signal?: AbortSignal) =>
  apiRequest<IndicatorDetail>(`${base(code)}${query({ ...q })}`, { signal });

export const fetchRecords = (code: string, asOf: string, selection: RecordsSelection, page: { offset: number; limit: number }, signal?: AbortSignal) =>
  apiRequest<RecordsBehind>(`${base(code)}/records${query({ asOf, ...selection, ...page })}`, { signal });

export const saveSettings = (code: string, settings: Record<string, unknown>) =>
  apiRequest<IndicatorSettings>(`${base(code)}/settings`, { method: 'PUT', body: { settings } });

export interface OfficialValueInput {
  region?: string;
  asOf: string;
  value: number;
  decimals?: number;
  sourceDocument: string;
  publishedOn: string;
  publisher?: string;
  note?: string;
}

export const saveOfficialValue = (code: string, input: OfficialValueInput, id?: string) =>
  apiRequest<StoredOfficialValue>(`${base(code)}/official-values${id ? `/${encodeURIComponent(id)}` : ''}`, { method: id ? 'PUT' : 'POST', body: input });

export const deleteOfficialValue = (code: string, id: string) => apiRequest<void>(`${base(code)}/official-values/${encodeURIComponent(id)}`, { method: 'DELETE' });

export interface ManualValueInput {
  region?: string;
  asOf: string;
  value: number;
  source: string;
  evidence: { kind: EvidenceKind; text: string };
  note?: string;
}

export const saveManualValue = (code: string, input: ManualValueInput, id?: string) =>
  apiRequest<StoredManualValue>(`${base(code)}/manual-values${id ? `/${encodeURIComponent(id)}` : ''}`, { method: id ? 'PUT' : 'POST', body: input });

export const deleteManualValue = (code: string, id: string) => apiRequest<void>(`${base(code)}/manual-values/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Excel downloads: plain links, the browser saves the file. */
export const indicatorDownloads = {
  dashboard: (asOf: string) => `/api/indicators/export.xlsx${query({ asOf })}`,
  table: (code: string, table: 'trend' | 'split' | 'official' | 'manual' | 'settings', q: DetailQuery) => `${base(code)}/export.xlsx${query({ table, ...q })}`,
  records: (code: string, asOf: string, selection: RecordsSelection) => `${base(code)}/records.xlsx${query({ asOf, ...selection })}`,
};

import type { BilingualText, Comparison, ForecastStatus, IndicatorKind, Prediction, Reconciliation, SettingUse, TargetForecast, YearOnYear } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** GET /api/indicators and friends: the shapes the server's indicator views return. */

export type ValueSource = 'computed' | 'manual' | 'official' | 'none';

export interface OfficialValue {
  id: string;
  indicatorKey: string;
  region: string;
  asOf: string;
  value: number;
  unit: string;
  decimals: number | null;
  sourceDocument: string;
  publishedOn: string;
  publisher: string | null;
  note: string | null;
  updatedAt: string;
  updatedBy: string;
}

export interface OfficialComparison {
  official: OfficialValue;
  computed: number | null;
  reconciliation: Reconciliation;
}

export interface ManualValue {
  id: string;
  indicatorKey: string;
  region: string;
  asOf: string;
  value: number;
  unit: string;
  source: string;
  evidence: { kind: 'text' | 'url' | 'document'; text: string };
  note: string | null;
  updatedAt: string;
  updatedBy: string;
}

export interface TargetSummary {
  code: string;
  name: string;
  nameEn: string | null;
  group: { code: string; title: string };
  planText: string;
  unit: string;
  target: number;
  comparison: Comparison;
  kind: IndicatorKind;
  definition: { key: string; unit: string; ruleVersion: string; unconfirmedSettings: number; reported: boolean };
  value: number | null;
  numerator: number;
  denominator: number | null;
  valueSource: ValueSource;
  attainedPercent: number | null;
  status: ForecastStatus;
  /** [month-end date, value]…, then [asOf, value]. */
  sparkline: [string, number][];
  forecast: Omit<TargetForecast, 'method' | 'thresholds'>;
  official: OfficialComparison | null;
}

export interface Dashboard {
  countyId: string;
  asOf: string;
  today: string;
  planEnd: string;
  registersVersion: string;
  seriesComputedAt: string;
  groups: { code: string; title: string }[];
  targets: TargetSummary[];
}

export interface SettingView {
  key: string;
  value: unknown;
  default: unknown;
  overridden: boolean;
  confirmed: boolean;
  options: (string | number | boolean | null)[] | null;
  description: BilingualText;
}

export type Granularity = 'month' | 'quarter' | 'year';
export type SplitDimension = 'region' | 'industry' | 'enterprise';
export type EngineDimension = 'region' | 'key-industry' | 'enterprise';

export type RecordKind =
  | 'patents'
  | 'trademarks'
  | 'copyrights'
  | 'pledges'
  | 'enterprise-certifications'
  | 'enterprise-titles'
  | 'ip-intensive-recognitions'
  | 'service-agencies'
  | 'talent'
  | 'training-sessions'
  | 'reported-values';

export interface RuleStatement {
  text: BilingualText;
  source: string;
  ruleVersion: string;
  unit: string;
  formula: 'count' | 'sum' | 'ratio' | 'per10k' | 'reported';
  basis: 'stock-at-date' | 'annual-flow' | 'cumulative' | 'new-since-baseline' | 'reported';
  statisticalYear: 'calendar' | 'trademark-statistical' | null;
  records: RecordKind;
  register: string | null;
  dimensions: EngineDimension[];
}

export interface TrendPoint {
  label: string;
  from: string;
  to: string;
  partial: boolean;
  value: number | null;
  numerator: number;
  denominator: number | null;
  yearOnYear: YearOnYear;
}

export interface SplitRow {
  key: string;
  name: string;
  countyLevelOnly: boolean;
  value: number | null;
  numerator: number;
  denominator: number | null;
  previous: { value: number | null; numerator: number };
  yearOnYear: YearOnYear;
}

export interface Split {
  by: SplitDimension;
  asOf: string;
  previousAsOf: string;
  total: number;
  offset: number;
  rows: SplitRow[];
}

export interface IndicatorDetail {
  asOf: string;
  summary: TargetSummary;
  region: { code: string; name: string };
  current: {
    value: number | null;
    numerator: number;
    denominator: number | null;
    population: { year: number; persons: number; source: string; fallback: boolean } | null;
    window: { from: string; to: string } | null;
    unattributed: number;
    note: string | null;
  };
  rule: RuleStatement;
  settings: SettingView[];
  series: { date: string; value: number | null }[];
  granularity: Granularity;
  trend: TrendPoint[];
  band: (Prediction & { date: string })[];
  split: Split | null;
  officialValues: OfficialComparison[];
  manualValues: ManualValue[];
}

export interface RecordsBehind {
  indicator: string;
  asOf: string;
  region: string;
  part: 'numerator' | 'denominator';
  kind: string;
  register: string | null;
  ids: string[];
  count: number;
  total: number;
  link: string | null;
  columns: { key: string; zh: string; en: string }[];
  rows: Record<string, string | number | null>[];
  rule: BilingualText;
  ruleVersion: string;
  settings: SettingUse[];
  window: { from: string; to: string } | null;
}

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
  apiRequest<{ settings: SettingView[] }>(`${base(code)}/settings`, { method: 'PUT', body: { settings } });

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
  apiRequest<OfficialValue>(`${base(code)}/official-values${id ? `/${encodeURIComponent(id)}` : ''}`, { method: id ? 'PUT' : 'POST', body: input });

export const deleteOfficialValue = (code: string, id: string) => apiRequest<void>(`${base(code)}/official-values/${encodeURIComponent(id)}`, { method: 'DELETE' });

export interface ManualValueInput {
  region?: string;
  asOf: string;
  value: number;
  source: string;
  evidence: { kind: 'text' | 'url' | 'document'; text: string };
  note?: string;
}

export const saveManualValue = (code: string, input: ManualValueInput, id?: string) =>
  apiRequest<ManualValue>(`${base(code)}/manual-values${id ? `/${encodeURIComponent(id)}` : ''}`, { method: id ? 'PUT' : 'POST', body: input });

export const deleteManualValue = (code: string, id: string) => apiRequest<void>(`${base(code)}/manual-values/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Excel downloads: plain links, the browser saves the file. */
export const indicatorDownloads = {
  dashboard: (asOf: string) => `/api/indicators/export.xlsx${query({ asOf })}`,
  table: (code: string, table: 'trend' | 'split' | 'official' | 'manual' | 'settings', q: DetailQuery) => `${base(code)}/export.xlsx${query({ table, ...q })}`,
  records: (code: string, asOf: string, selection: RecordsSelection) => `${base(code)}/records.xlsx${query({ asOf, ...selection })}`,
};

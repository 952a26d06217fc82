import type { CountyChoices, ProvinceComparison } from '@ipcounty/domain';
import { apiRequest, pageLanguage } from './client.js';

export type { CountyChoices, ProvinceComparison } from '@ipcounty/domain';

/** The counties the signed-in account may work in, and the one it works in now (the header's switch). */
export const fetchCounties = (signal?: AbortSignal) => apiRequest<CountyChoices>('/api/counties', { signal, quiet: true });

const asOfQuery = (asOf: string | undefined) => (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');

/** 全省对比 at a date (today by default). */
export const fetchProvinceComparison = (asOf: string | undefined, signal?: AbortSignal) =>
  apiRequest<ProvinceComparison>(`/api/province/comparison${asOfQuery(asOf)}`, { signal });

/** The comparison as Excel: a plain link, the browser saves the file. */
export const provinceComparisonXlsx = (asOf: string | undefined) => {
  // In the page's language: the server writes headers, statuses and county names in it.
  const query = new URLSearchParams({ ...(asOf ? { asOf } : {}), lang: pageLanguage() });
  return `/api/province/comparison.xlsx?${query.toString()}`;
};

/** What adding a county answers: its three administrators with one-time passwords, shown this once. */
export interface AddedCounty {
  countyId: string;
  name: string;
  nameEn: string;
  planCode: string;
  administrators: { login: string; role: string; temporaryPassword: string }[];
}

/** 新增县（市） from its plan file (YAML or JSON), read by the server as `ipcounty county add --plan` reads it. */
export const addCounty = (planFile: { name: string; text: string }) => apiRequest<AddedCounty>('/api/counties', { method: 'POST', body: { planFile } });

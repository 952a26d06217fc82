import type { CountyChoices, ProvinceComparison } from '@ipcounty/domain';
import { apiRequest } from './client.js';

export type { CountyChoices, ProvinceComparison } from '@ipcounty/domain';

/** The counties the signed-in account may work in, and the one it works in now (the header's switch). */
export const fetchCounties = (signal?: AbortSignal) => apiRequest<CountyChoices>('/api/counties', { signal, quiet: true });

const asOfQuery = (asOf: string | undefined) => (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');

/** 全省对比 at a date (today by default). */
export const fetchProvinceComparison = (asOf: string | undefined, signal?: AbortSignal) =>
  apiRequest<ProvinceComparison>(`/api/province/comparison${asOfQuery(asOf)}`, { signal });

/** The comparison as Excel: a plain link, the browser saves the file. */
export const provinceComparisonXlsx = (asOf: string | undefined) => `/api/province/comparison.xlsx${asOfQuery(asOf)}`;

import type { Plan, PlanChange } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** GET /api/health */
export interface Health {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  /** The server's date in Asia/Shanghai, YYYY-MM-DD. */
  today: string;
  version: string;
}

export interface PlanMeta {
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

export interface PlanRevision {
  revision: number;
  at: string;
  by: string;
  summary: string;
  changes: PlanChange[];
}

export const planDownloads = {
  responsibilityMatrix: '/api/plan/responsibility-matrix.xlsx',
  planJson: '/api/plan/export',
} as const;

export const fetchHealth = (signal?: AbortSignal) => apiRequest<Health>('/api/health', { signal });

export const fetchPlan = (signal?: AbortSignal) =>
  apiRequest<{ plan: Plan; meta: PlanMeta }>('/api/plan', { signal });

export const fetchPlanRevisions = (signal?: AbortSignal) =>
  apiRequest<{ revisions: PlanRevision[] }>('/api/plan/revisions', { signal });

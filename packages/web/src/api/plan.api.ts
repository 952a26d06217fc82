import type { Health, PlanInForce, PlanRevision } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** /api/health and /api/plan: the shapes are the domain's API contracts. */
export type { Health, PlanMeta, PlanRevision } from '@ipcounty/domain';

export const planDownloads = {
  responsibilityMatrix: '/api/plan/responsibility-matrix.xlsx',
  planJson: '/api/plan/export',
} as const;

export const fetchHealth = (signal?: AbortSignal) => apiRequest<Health>('/api/health', { signal });

export const fetchPlan = (signal?: AbortSignal) => apiRequest<PlanInForce>('/api/plan', { signal });

export const fetchPlanRevisions = (signal?: AbortSignal) =>
  apiRequest<{ revisions: PlanRevision[] }>('/api/plan/revisions', { signal });

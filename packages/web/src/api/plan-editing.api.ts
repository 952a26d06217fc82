import type { PlanChange, PlanDependents, PlanDocumentDraft, PlanInput } from '@ipcounty/domain';
import { apiRequest } from './client.js';

export interface RevisionSaved {
  revision: number;
  changed: boolean;
  changes: PlanChange[];
  dependents: PlanDependents | null;
}

/** POST /api/plan/document: a .docx or .txt read into a draft; nothing is stored. */
export function uploadPlanDocument(file: File): Promise<PlanDocumentDraft> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return apiRequest<PlanDocumentDraft>('/api/plan/document', { method: 'POST', formData });
}

/** POST /api/plan/dependents: what points at what a changed plan removes or changes. Quiet: the caller shows the problems. */
export const fetchPlanDependents = (plan: PlanInput) =>
  apiRequest<PlanDependents>('/api/plan/dependents', { method: 'POST', body: { plan }, quiet: true });

export interface RevisionRequest {
  plan: PlanInput;
  reason: string;
  source: 'document' | 'editor';
  baseRevision: number | null;
  acknowledgeDependents?: boolean;
}

/** POST /api/plan/revisions: save the plan as its next revision. Quiet: the save dialog shows refusals itself. */
export const savePlanRevision = (request: RevisionRequest) =>
  apiRequest<RevisionSaved>('/api/plan/revisions', { method: 'POST', body: request, quiet: true });

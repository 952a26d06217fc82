import type { ArchiveView, ArchivedDocument, GeneratedDocumentKind, NarrativeVersion, NarrativesView } from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** /api/documents: the shapes are the domain's API contracts. */
export type { ArchiveView, ArchivedDocument, ArchivedFile, GeneratedDocumentKind, NarrativeSectionView, NarrativeVersion, NarrativesView } from '@ipcounty/domain';

export const documentsApi = {
  narratives: (signal?: AbortSignal) => apiRequest<NarrativesView>('/api/documents/narratives', { signal }),
  saveNarrative: (section: string, text: string) => apiRequest<NarrativeVersion>(`/api/documents/narratives/${encodeURIComponent(section)}`, { method: 'PUT', body: { text }, quiet: true }),
  generatePackage: (asOf: string) => apiRequest<ArchivedDocument>('/api/documents/acceptance-packages', { method: 'POST', body: { asOf } }),
  generateEvaluationReport: (evaluationId: string) => apiRequest<ArchivedDocument>('/api/documents/evaluation-reports', { method: 'POST', body: { evaluationId } }),
  generateReports: (period: string) => apiRequest<{ documents: ArchivedDocument[]; delivered: number }>('/api/documents/statistical-reports', { method: 'POST', body: { period } }),
  archive: (kind: GeneratedDocumentKind | undefined, signal?: AbortSignal) => apiRequest<ArchiveView>(`/api/documents/archive${kind ? `?kind=${kind}` : ''}`, { signal }),
  document: (id: string, signal?: AbortSignal) => apiRequest<ArchivedDocument>(`/api/documents/archive/${encodeURIComponent(id)}`, { signal }),
  fileUrl: (id: string, name: string) => `/api/documents/archive/${encodeURIComponent(id)}/files/${encodeURIComponent(name)}`,
  stratmlUrl: (asOf: string) => `/api/documents/stratml.xml?asOf=${asOf}`,
};

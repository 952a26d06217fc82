import type {
  CompletionRating,
  DrawOutcome,
  EvaluationConclusion,
  EvaluationDetail,
  EvaluationFile,
  EvaluationKind,
  EvaluationOverview,
  EvaluationSummary,
  EvaluationTemplate,
  EvidenceCandidate,
  EvidenceRef,
  Expert,
  ExpertImportResult,
  IndexItem,
  NoticeAnswers,
  PhaseTimeline,
  RectificationDetail,
  RectificationRow,
  RectificationSource,
  SelfCheckDetail,
  SelfCheckSummary,
  SupervisionAnswer,
  TaskDossier,
} from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** /api/evaluation: the shapes are the domain's API contracts, built by the server's evaluation views. */
export type {
  DrawOutcome,
  EvaluationDetail,
  EvaluationFile,
  EvaluationOverview,
  EvaluationSummary,
  EvidenceRef,
  Expert,
  IndexItem,
  NoticeAnswers,
  PhaseTimeline,
  RectificationDetail,
  RectificationRow,
  SelfCheckDetail,
  SelfCheckSummary,
  SupervisionAnswer,
  TaskDossier,
} from '@ipcounty/domain';

export type ExpertInput = Omit<Expert, 'id'>;
export interface EvaluationInput {
  kind: EvaluationKind;
  title: string;
  heldOn: string;
  scope: string;
  scopeUnits: string[];
  scopeEnterprises: string[];
  indexItems?: IndexItem[];
  panelSize: number;
  reserveSize: number;
}
export interface RectificationInput {
  source: RectificationSource;
  sourceId: string | null;
  sourceLabel: string;
  taskNumber: number | null;
  problem: string;
  ownerUnit: string;
  requiredMeasures: string;
  deadline: string;
}
export type AnswerSubject = { kind: 'rectification' | 'notice'; id: string };

const e = encodeURIComponent;
const base = '/api/evaluation';
const subjectPath = (s: AnswerSubject) => (s.kind === 'notice' ? `/api/supervision/notices/${e(s.id)}` : `${base}/rectifications/${e(s.id)}`);

export const evaluationApi = {
  overview: (signal?: AbortSignal) => apiRequest<EvaluationOverview>(`${base}/overview`, { signal }),
  phases: (signal?: AbortSignal) => apiRequest<PhaseTimeline>(`${base}/phases`, { signal }),
  saveDeliverable: (id: string, body: { ownerUnit: string | null; dueOn: string; doneOn: string | null; evidence: EvidenceRef[]; note: string }) =>
    apiRequest(`${base}/phases/deliverables/${e(id)}`, { method: 'PUT', body }),
  upload: async (owner: { kind: EvaluationFile['ownerKind']; id: string }, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<EvaluationFile>(`${base}/files?ownerKind=${owner.kind}&ownerId=${e(owner.id)}`, { method: 'POST', formData: form });
  },
  fileUrl: (id: string) => `${base}/files/${e(id)}`,
  /** What the user may cite from the app: a task's approved reports and 督办单, meetings, generated documents. */
  evidenceCandidates: (taskNumber: number | null, signal?: AbortSignal) =>
    apiRequest<{ candidates: EvidenceCandidate[] }>(`${base}/evidence-candidates${taskNumber !== null ? `?task=${taskNumber}` : ''}`, { signal }),

  selfChecks: (signal?: AbortSignal) => apiRequest<{ selfChecks: SelfCheckSummary[] }>(`${base}/self-checks`, { signal }),
  openSelfCheck: (body: { title: string; year: number | null; dueOn: string }) => apiRequest<{ id: string }>(`${base}/self-checks`, { method: 'POST', body }),
  selfCheck: (id: string, signal?: AbortSignal) => apiRequest<SelfCheckDetail>(`${base}/self-checks/${e(id)}`, { signal }),
  savePart: (id: string, taskNumber: number, unitCode: string, body: { summary: string; problems: string[]; proposedRating: CompletionRating | null; evidence: EvidenceRef[]; submit: boolean }) =>
    apiRequest(`${base}/self-checks/${e(id)}/tasks/${taskNumber}/parts/${e(unitCode)}`, { method: 'PUT', body }),
  rate: (id: string, taskNumber: number, body: { rating: CompletionRating; comment: string }) => apiRequest(`${base}/self-checks/${e(id)}/tasks/${taskNumber}/rating`, { method: 'PUT', body }),
  closeSelfCheck: (id: string) => apiRequest(`${base}/self-checks/${e(id)}/close`, { method: 'POST' }),

  rectifications: (signal?: AbortSignal) => apiRequest<{ items: RectificationRow[] }>(`${base}/rectifications`, { signal }),
  recordRectification: (body: RectificationInput) => apiRequest<{ id: string; number: string }>(`${base}/rectifications`, { method: 'POST', body }),
  rectification: (id: string, signal?: AbortSignal) => apiRequest<RectificationDetail>(`${base}/rectifications/${e(id)}`, { signal }),
  closeRectification: (id: string, body: { note: string; evidence: EvidenceRef[] }) => apiRequest(`${base}/rectifications/${e(id)}/close`, { method: 'POST', body }),
  noticeAnswers: (id: string, signal?: AbortSignal) => apiRequest<NoticeAnswers>(`/api/supervision/notices/${e(id)}/answers`, { signal }),
  answer: (subject: AnswerSubject, body: { measures: string; evidence: EvidenceRef[] }) => apiRequest<SupervisionAnswer>(`${subjectPath(subject)}/answer`, { method: 'POST', body }),
  decide: (subject: AnswerSubject, body: { decision: 'accept' | 'return'; note: string }) => apiRequest(`${subjectPath(subject)}/decision`, { method: 'POST', body }),

  experts: (signal?: AbortSignal) => apiRequest<{ experts: Expert[] }>(`${base}/experts`, { signal }),
  addExpert: (body: ExpertInput) => apiRequest<Expert>(`${base}/experts`, { method: 'POST', body }),
  saveExpert: (id: string, body: ExpertInput) => apiRequest<Expert>(`${base}/experts/${e(id)}`, { method: 'PUT', body }),
  expertTemplateUrl: `${base}/experts/template.xlsx`,
  importExperts: async (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<ExpertImportResult>(`${base}/experts/import`, { method: 'POST', formData: form });
  },

  indexTemplates: (signal?: AbortSignal) => apiRequest<{ fromPlan: IndexItem[]; templates: EvaluationTemplate[] }>(`${base}/index-templates`, { signal }),
  saveTemplate: (body: { name: string; items: IndexItem[] }) => apiRequest<EvaluationTemplate>(`${base}/index-templates`, { method: 'POST', body }),
  evaluations: (signal?: AbortSignal) => apiRequest<{ evaluations: EvaluationSummary[] }>(`${base}/evaluations`, { signal }),
  createEvaluation: (body: EvaluationInput) => apiRequest<EvaluationDetail>(`${base}/evaluations`, { method: 'POST', body }),
  evaluation: (id: string, signal?: AbortSignal) => apiRequest<EvaluationDetail>(`${base}/evaluations/${e(id)}`, { signal }),
  updateEvaluation: (id: string, body: EvaluationInput) => apiRequest<EvaluationDetail>(`${base}/evaluations/${e(id)}`, { method: 'PUT', body }),
  draw: (id: string) => apiRequest<DrawOutcome>(`${base}/evaluations/${e(id)}/draw`, { method: 'POST' }),
  callInReserve: (id: string, body: { expertId: string; reason: string }) => apiRequest<DrawOutcome>(`${base}/evaluations/${e(id)}/reserve-call-in`, { method: 'POST', body }),
  score: (id: string, body: { scores: { itemCode: string; score: number; comment: string }[]; submit: boolean }) =>
    apiRequest<EvaluationDetail>(`${base}/evaluations/${e(id)}/scores`, { method: 'PUT', body }),
  ask: (id: string, body: { itemCode: string | null; question: string }) => apiRequest(`${base}/evaluations/${e(id)}/questions`, { method: 'POST', body }),
  answerQuestion: (id: string, questionId: string, answer: string) => apiRequest(`${base}/evaluations/${e(id)}/questions/${e(questionId)}/answer`, { method: 'PUT', body: { answer } }),
  recordFinding: (id: string, body: { itemCode: string | null; text: string }) => apiRequest(`${base}/evaluations/${e(id)}/findings`, { method: 'POST', body }),
  signOff: (id: string, body: { conclusion: EvaluationConclusion; opinion: string }) => apiRequest(`${base}/evaluations/${e(id)}/sign-off`, { method: 'POST', body }),
  closeEvaluation: (id: string) => apiRequest(`${base}/evaluations/${e(id)}/close`, { method: 'POST' }),

  dossier: (taskNumber: number, evaluationId: string | null, signal?: AbortSignal) =>
    apiRequest<TaskDossier>(`${base}/dossiers/${taskNumber}${evaluationId ? `?evaluation=${e(evaluationId)}` : ''}`, { signal }),
  dossierExportUrl: (taskNumber: number, evaluationId: string | null) => `${base}/dossiers/${taskNumber}/export${evaluationId ? `?evaluation=${e(evaluationId)}` : ''}`,
};

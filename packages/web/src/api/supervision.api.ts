import type {
  AssessmentView,
  CopyYearResult,
  DashboardView,
  LadderThresholds,
  Milestone,
  NoticeDocument,
  NoticeDraft,
  OpenRoundResult,
  ReminderRow,
  ReportAttachment,
  ReportContent,
  ReportView,
  RoundsView,
  RunPreview,
  RunSummary,
  SavedWorkItem,
  StoredAdjustment,
  StoredNotice,
  StoredNotification,
  StoredWorkItem,
  TargetWarning,
  UnitContact,
  UnreachableUnit,
  WorkPlanView,
  YearSettings,
} from '@ipcounty/domain';
import { apiRequest, pageLanguage } from './client.js';

/** /api/supervision: the shapes are the domain's API contracts, which the server's supervision views and repositories build. */
export type {
  AssessmentView,
  DashboardItem,
  DashboardView,
  FigureRow,
  LadderRules,
  ReminderRow,
  ReportRow,
  ReportView,
  RoundRow,
  RoundsView,
  RunSummary,
  RunPreview,
  NoticeDraft,
  UnreachableUnit,
  StoredNotice as Notice,
  StoredNotification as Notification,
  UnitContact,
  WorkItemRow,
  WorkPlanView,
} from '@ipcounty/domain';

export interface WorkItemInput {
  year: number;
  taskNumber: number;
  title: string;
  leadUnit?: string;
  cooperatingUnits: string[];
  deadline: string;
  expectedOutput: string;
  milestones: Milestone[];
  figures: string[];
  servesTargets: string[];
}

const q = (year?: number) => (year === undefined ? '' : `?year=${year}`);
const reportPath = (id: string, action = '') => `/api/supervision/reports/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const supervisionApi = {
  dashboard: (year: number | undefined, signal?: AbortSignal) => apiRequest<DashboardView>(`/api/supervision/dashboard${q(year)}`, { signal }),
  workPlan: (year: number, signal?: AbortSignal) => apiRequest<WorkPlanView>(`/api/supervision/work-plan${q(year)}`, { signal }),
  createItem: (input: WorkItemInput) => apiRequest<SavedWorkItem>('/api/supervision/work-items', { method: 'POST', body: input }),
  updateItem: (id: string, input: WorkItemInput) =>
    apiRequest<SavedWorkItem>(`/api/supervision/work-items/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
  deleteItem: (id: string) => apiRequest<void>(`/api/supervision/work-items/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  recordProgress: (id: string, body: { completedOn: string | null; milestonesCompleted: Record<string, string> }) =>
    apiRequest<StoredWorkItem>(`/api/supervision/work-items/${encodeURIComponent(id)}/progress`, { method: 'PUT', body }),
  copyYear: (fromYear: number, toYear: number) => apiRequest<CopyYearResult>('/api/supervision/work-plan/copy', { method: 'POST', body: { fromYear, toYear } }),
  saveTarget: (year: number, indicatorCode: string, body: { countyTarget: number; regionTargets: Record<string, number> }) =>
    apiRequest<{ warnings: TargetWarning[] }>(`/api/supervision/targets/${year}/${encodeURIComponent(indicatorCode)}`, { method: 'PUT', body }),
  deleteTarget: (year: number, indicatorCode: string) => apiRequest<void>(`/api/supervision/targets/${year}/${encodeURIComponent(indicatorCode)}`, { method: 'DELETE' }),
  saveSettings: (year: number, body: { reportingCycle?: unknown; assessmentScheme?: unknown; ladderThresholds?: LadderThresholds | null }) =>
    apiRequest<YearSettings>(`/api/supervision/years/${year}/settings`, { method: 'PUT', body }),
  rounds: (year: number, signal?: AbortSignal) => apiRequest<RoundsView>(`/api/supervision/rounds${q(year)}`, { signal }),
  openRound: (body: { year: number; roundId: string } | { adHoc: { id: string; label: string; periodStart: string; periodEnd: string; opens: string; closes: string } }) =>
    apiRequest<OpenRoundResult>('/api/supervision/rounds', { method: 'POST', body }),
  report: (id: string, signal?: AbortSignal) => apiRequest<ReportView>(reportPath(id), { signal }),
  saveReport: (id: string, content: ReportContent) => apiRequest<ReportView>(reportPath(id), { method: 'PUT', body: { content } }),
  reportAction: (id: string, action: 'submit' | 'withdraw' | 'approve' | 'return' | 'reopen', body: Record<string, unknown> = {}) =>
    apiRequest<ReportView>(reportPath(id, action), { method: 'POST', body }),
  uploadAttachment: async (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<ReportAttachment>(reportPath(id, 'attachments'), { method: 'POST', formData: form });
  },
  attachmentUrl: (id: string) => `/api/supervision/attachments/${id}`,
  run: (asOf?: string) => apiRequest<RunSummary>('/api/supervision/run', { method: 'POST', body: asOf ? { asOf } : {} }),
  preview: (asOf?: string, signal?: AbortSignal) => apiRequest<RunPreview>(`/api/supervision/run/preview${asOf ? `?asOf=${asOf}` : ''}`, { signal }),
  drafts: (signal?: AbortSignal) => apiRequest<{ drafts: NoticeDraft[] }>('/api/supervision/notice-drafts', { signal }),
  editDraft: (id: string, body: { reason: string; units: string[]; respondBy: string }) => apiRequest<NoticeDraft>(`/api/supervision/notice-drafts/${id}`, { method: 'PUT', body }),
  draftStep: (id: string, step: 'submit' | 'return' | 'withdraw' | 'approve', body?: Record<string, unknown>) =>
    apiRequest<NoticeDraft>(`/api/supervision/notice-drafts/${id}/${step}`, { method: 'POST', body: body ?? {} }),
  unreachable: (signal?: AbortSignal) => apiRequest<{ units: UnreachableUnit[] }>('/api/supervision/unreachable', { signal }),
  generateWorkPlan: (year: number) => apiRequest<{ year: number; created: string[] }>('/api/supervision/work-plan/generate', { method: 'POST', body: { year } }),
  notifications: (signal?: AbortSignal) => apiRequest<{ notifications: StoredNotification[] }>('/api/supervision/notifications', { signal }),
  markRead: (id: string) => apiRequest<void>(`/api/supervision/notifications/${id}/read`, { method: 'POST', quiet: true }),
  reminders: (signal?: AbortSignal) => apiRequest<{ reminders: ReminderRow[] }>('/api/supervision/reminders', { signal }),
  notices: (signal?: AbortSignal) => apiRequest<{ notices: StoredNotice[] }>('/api/supervision/notices', { signal }),
  notice: (id: string, signal?: AbortSignal) =>
apiRequest<NoticeDocument>(`/api/supervision/notices/${id}`, { signal }),
  noticeDocxUrl: (id: string) => `/api/supervision/notices/${id}/document.docx`,
  contacts: (signal?: AbortSignal) => apiRequest<{ contacts: UnitContact[] }>('/api/supervision/contacts', { signal }),
  saveContact: (unitCode: string, body: Omit<UnitContact, 'unitCode' | 'updatedAt' | 'updatedBy'>) => apiRequest<UnitContact>(`/api/supervision/contacts/${unitCode}`, { method: 'PUT', body }),
  assessment: (year: number, signal?: AbortSignal) => apiRequest<AssessmentView>(`/api/supervision/assessment${q(year)}`, { signal }),
  assessmentXlsxUrl: (year: number) => `/api/supervision/assessment.xlsx?year=${year}&lang=${pageLanguage()}`,
  addAdjustment: (body: { year: number; unitCode: string; kind: 'bonus' | 'penalty'; code: string; count: number; note: string }) =>
    apiRequest<StoredAdjustment>('/api/supervision/adjustments', { method: 'POST', body }),
  removeAdjustment: (id: string) => apiRequest<void>(`/api/supervision/adjustments/${id}`, { method: 'DELETE' }),
};

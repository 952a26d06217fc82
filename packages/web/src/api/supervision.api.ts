import type {
  AnnualIndicatorTargets,
  AssessmentScheme,
  DeadlineStatus,
  EscalationLevel,
  FieldChange,
  FigureWarning,
  FormTimeliness,
  LadderThresholds,
  Milestone,
  PaceAssessment,
  PaceFigures,
  Ranking,
  ReportableFigure,
  ReportActionType,
  ReportContent,
  ReportEvent,
  ReportingCounts,
  ReportingCycle,
  ReportState,
  ReportVersion,
  StatusCell,
  TargetWarning,
  UnitFacts,
  UnservedTargetWarning,
  UnitScore,
  WorkItemWarning,
} from '@ipcounty/domain';
import { apiRequest } from './client.js';

/** The shapes the server's /api/supervision answers with (see packages/server/src/supervision/views). */

export interface WorkItemRow {
  id: string;
  year: number;
  taskNumber: number;
  title: string;
  leadUnit?: string;
  cooperatingUnits: string[];
  deadline: string;
  expectedOutput: string;
  milestones: Milestone[];
  figures: string[];
  /** 支撑指标: the plan's targets the item serves. */
  servesTargets: string[];
  progress: { completedOn?: string; milestonesCompleted?: Record<string, string> };
  updatedAt: string;
  updatedBy: string;
  status: DeadlineStatus;
}

export interface WorkPlanView {
  year: number;
  items: WorkItemRow[];
  targets: AnnualIndicatorTargets[];
  warnings: { items: (WorkItemWarning | FigureWarning)[]; targets: (TargetWarning | UnservedTargetWarning)[] };
  figures: ReportableFigure[];
  reportingCycle: ReportingCycle;
  yearsWithItems: number[];
}

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

export interface RoundRow {
  id: string;
  year: number;
  kind: 'monthly' | 'quarterly' | 'ad-hoc';
  label: string;
  periodStart: string;
  periodEnd: string;
  opens: string;
  closes: string;
  status: 'not-opened' | 'open' | 'closed';
  openedAt: string | null;
  openedBy: string | null;
  counts: Omit<ReportingCounts, 'unitCode'> | null;
}

export interface RoundsView {
  year: number;
  reportingCycle: ReportingCycle;
  rounds: RoundRow[];
  units: ReportingCounts[];
}

export interface ReportRow {
  id: string;
  roundId: string;
  roundLabel: string;
  opens: string;
  closes: string;
  workItemId: string;
  itemTitle: string;
  taskNumber: number;
  unitCode: string;
  role: 'lead' | 'co-operating';
  state: ReportState;
  timeliness: FormTimeliness;
  lastEventAt: string | null;
  returnReason: string | null;
  escalation: EscalationLevel | null;
}

export interface DashboardItem {
  id: string;
  title: string;
  taskNumber: number;
  leadUnit: string | null;
  cooperatingUnits: string[];
  deadline: string;
  expectedOutput: string;
  milestones: Milestone[];
  completedOn: string | null;
  status: DeadlineStatus;
  escalation: EscalationLevel | null;
}

/** 督办规则 in force in a year; setFor is the year they were set for (null: the defaults). */
export interface LadderRules {
  thresholds: LadderThresholds;
  setFor: number | null;
  defaults: LadderThresholds;
}

export interface Notification {
  id: string;
  reminderId: string | null;
  noticeId: string | null;
  unitCode: string;
  level: string;
  title: string;
  body: string;
  /** English; null on notifications made before reminders were bilingual. */
  titleEn: string | null;
  bodyEn: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
  emailTo: string | null;
  emailStatus: 'pending' | 'sending' | 'sent' | 'failed' | 'no-address' | 'not-configured';
}

/** One target with the figures units report for it (null: a stock or ratio the engine computes), its pace and who answers for it. */
export interface FigureRow {
  code: string;
  yearTotal: number | null;
  planTotal: number | null;
  pace: PaceAssessment | null;
  leadUnits: string[];
  cooperatingUnits: string[];
  /** For a unit: its own role for the target. */
  ownRole: 'lead' | 'co-operating' | null;
}

export interface DashboardView {
  year: number;
  today: string;
  perspective: 'office' | 'leader' | 'unit';
  ladder: LadderRules;
  items: DashboardItem[];
  reports: ReportRow[];
  grid: StatusCell[];
  rates: ReportingCounts[];
  /** Every target of the plan for the office and leaders; for a unit, the targets it answers for. */
  figures: FigureRow[];
  notifications: Notification[];
  scores: { score: UnitScore; facts: UnitFacts; rank: number; of: number; groupRank: number; groupSize: number }[];
}

export interface ReportView {
  report: { id: string; roundId: string; workItemId: string; unitCode: string; role: 'lead' | 'co-operating'; state: ReportState; qualityScore: number | null };
  round: RoundRow;
  item: Omit<WorkItemRow, 'progress' | 'updatedAt' | 'updatedBy' | 'status'>;
  versions: (ReportVersion & { submitted: boolean })[];
  changes: { from: number; to: number; fields: FieldChange[] }[];
  events: ReportEvent[];
  attachments: { id: string; fileName: string; mediaType: string; size: number; uploadedAt: string }[];
  timeliness: FormTimeliness;
  figures: ReportableFigure[];
  own: boolean;
  allowed: Record<ReportActionType, boolean>;
  people: Record<string, string>;
}

export interface ReminderRow {
  id: string;
  subjectId: string;
  subjectKind: 'work-item' | 'report' | 'indicator';
  level: 'reminder' | 'urge' | 'supervise';
  light: 'green' | 'yellow' | 'red';
  deadline: string;
  sentOn: string;
  sentAt: string;
  title: string;
  reason: string;
  daysOverdue: number;
  overdueRounds: number;
  units: string[];
  runBy: string;
  pace: PaceFigures | null;
  deliveries: { unitCode: string; emailTo: string | null; emailStatus: Notification['emailStatus']; emailError: string | null; readAt: string | null; noticeId: string | null }[];
}

export interface Notice {
  id: string;
  year: number;
  seq: number;
  documentNumber: string;
  subjectId: string;
  unitCode: string;
  title: string;
  reason: string;
  deadline: string;
  respondBy: string;
  issuedAt: string;
}

export interface UnitContact {
  unitCode: string;
  contactName: string;
  contactEmail: string;
  leaderName: string;
  leaderTitle: string;
  leaderEmail: string;
}

export interface RunSummary {
  asOf: string;
  subjects: { workItems: number; reports: number; indicators: number };
  sent: { subjectId: string; level: 'reminder' | 'urge' | 'supervise'; title: string; units: string[]; notice?: string }[];
  emails: { sent: number; failed: number; noAddress: number; notConfigured: number };
}

export interface AssessmentView {
  year: number;
  asOf: string;
  scheme: AssessmentScheme;
  schemeSet: boolean;
  scores: UnitScore[];
  facts: UnitFacts[];
  ranking: Ranking;
  unitsAssessed: number;
  adjustments: { id: string; unitCode: string; kind: 'bonus' | 'penalty'; code: string; count: number; note: string; createdAt: string }[];
}

const q = (year?: number) => (year === undefined ? '' : `?year=${year}`);
const reportPath = (id: string, action = '') => `/api/supervision/reports/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const supervisionApi = {
  dashboard: (year: number | undefined, signal?: AbortSignal) => apiRequest<DashboardView>(`/api/supervision/dashboard${q(year)}`, { signal }),
  workPlan: (year: number, signal?: AbortSignal) => apiRequest<WorkPlanView>(`/api/supervision/work-plan${q(year)}`, { signal }),
  createItem: (input: WorkItemInput) => apiRequest<{ item: WorkItemRow; warnings: WorkItemWarning[] }>('/api/supervision/work-items', { method: 'POST', body: input }),
  updateItem: (id: string, input: WorkItemInput) =>
    apiRequest<{ item: WorkItemRow; warnings: WorkItemWarning[] }>(`/api/supervision/work-items/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
  deleteItem: (id: string) => apiRequest<void>(`/api/supervision/work-items/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  recordProgress: (id: string, body: { completedOn: string | null; milestonesCompleted: Record<string, string> }) =>
    apiRequest<WorkItemRow>(`/api/supervision/work-items/${encodeURIComponent(id)}/progress`, { method: 'PUT', body }),
  copyYear: (fromYear: number, toYear: number) => apiRequest<{ created: string[] }>('/api/supervision/work-plan/copy', { method: 'POST', body: { fromYear, toYear } }),
  saveTarget: (year: number, indicatorCode: string, body: { countyTarget: number; regionTargets: Record<string, number> }) =>
    apiRequest<{ warnings: TargetWarning[] }>(`/api/supervision/targets/${year}/${encodeURIComponent(indicatorCode)}`, { method: 'PUT', body }),
  deleteTarget: (year: number, indicatorCode: string) => apiRequest<void>(`/api/supervision/targets/${year}/${encodeURIComponent(indicatorCode)}`, { method: 'DELETE' }),
  saveSettings: (year: number, body: { reportingCycle?: unknown; assessmentScheme?: unknown; ladderThresholds?: LadderThresholds | null }) =>
    apiRequest<{ reportingCycle: ReportingCycle; assessmentScheme: AssessmentScheme; ladder: LadderRules }>(`/api/supervision/years/${year}/settings`, { method: 'PUT', body }),
  rounds: (year: number, signal?: AbortSignal) => apiRequest<RoundsView>(`/api/supervision/rounds${q(year)}`, { signal }),
  openRound: (body: { year: number; roundId: string } | { adHoc: { id: string; label: string; periodStart: string; periodEnd: string; opens: string; closes: string } }) =>
    apiRequest<{ opened: boolean; newForms: number }>('/api/supervision/rounds', { method: 'POST', body }),
  report: (id: string, signal?: AbortSignal) => apiRequest<ReportView>(reportPath(id), { signal }),
  saveReport: (id: string, content: ReportContent) => apiRequest<ReportView>(reportPath(id), { method: 'PUT', body: { content } }),
  reportAction: (id: string, action: 'submit' | 'withdraw' | 'approve' | 'return' | 'reopen', body: Record<string, unknown> = {}) =>
    apiRequest<ReportView>(reportPath(id, action), { method: 'POST', body }),
  uploadAttachment: async (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<{ id: string; fileName: string; mediaType: string; size: number }>(reportPath(id, 'attachments'), { method: 'POST', formData: form });
  },
  attachmentUrl: (id: string) => `/api/supervision/attachments/${id}`,
  run: (asOf?: string) => apiRequest<RunSummary>('/api/supervision/run', { method: 'POST', body: asOf ? { asOf } : {} }),
  notifications: (signal?: AbortSignal) => apiRequest<{ notifications: Notification[] }>('/api/supervision/notifications', { signal }),
  markRead: (id: string) => apiRequest<void>(`/api/supervision/notifications/${id}/read`, { method: 'POST', quiet: true }),
  reminders: (signal?: AbortSignal) => apiRequest<{ reminders: ReminderRow[] }>('/api/supervision/reminders', { signal }),
  notices: (signal?: AbortSignal) => apiRequest<{ notices: Notice[] }>('/api/supervision/notices', { signal }),
  notice: (id: string, signal?: AbortSignal) =>
    apiRequest<{ notice: Notice; addressee: { unitName: string; leaderName: string; leaderTitle: string }; issuer: string; county: string; planTitle: string }>(
      `/api/supervision/notices/${id}`,
      { signal },
    ),
  noticeDocxUrl: (id: string) => `/api/supervision/notices/${id}/document.docx`,
  contacts: (signal?: AbortSignal) => apiRequest<{ contacts: UnitContact[] }>('/api/supervision/contacts', { signal }),
  saveContact: (unitCode: string, body: Omit<UnitContact, 'unitCode'>) => apiRequest<UnitContact>(`/api/supervision/contacts/${unitCode}`, { method: 'PUT', body }),
  assessment: (year: number, signal?: AbortSignal) => apiRequest<AssessmentView>(`/api/supervision/assessment${q(year)}`, { signal }),
  assessmentXlsxUrl: (year: number) => `/api/supervision/assessment.xlsx?year=${year}`,
  addAdjustment: (body: { year: number; unitCode: string; kind: 'bonus' | 'penalty'; code: string; count: number; note: string }) =>
    apiRequest<unknown>('/api/supervision/adjustments', { method: 'POST', body }),
  removeAdjustment: (id: string) => apiRequest<void>(`/api/supervision/adjustments/${id}`, { method: 'DELETE' }),
};

/**
 * 督查考核 over HTTP: the shapes /api/supervision answers with. The server's views and repositories
 * build them, the web reads them; one declaration keeps the two from drifting.
 */
import type { DeadlineStatus, Light } from '../supervision/deadline-light.js';
import type { EscalationLevel } from '../supervision/escalation.js';
import type { PaceAssessment, PaceFigures } from '../supervision/indicator-pace.js';
import type { LadderThresholds } from '../supervision/ladder-thresholds.js';
import type { FieldChange } from '../supervision/report-diff.js';
import type { ReportActionType, ReportEvent, ReportState, ReportVersion } from '../supervision/report.schema.js';
import type { ReportableFigure, FigureWarning } from '../supervision/reported-figures.js';
import type { FormTimeliness, ReportingCounts } from '../supervision/reporting-rate.js';
import type { ReportingCycle, ReportingRound } from '../supervision/reporting-round.js';
import type { StatusCell } from '../supervision/status-grid.js';
import type { TargetWarning } from '../supervision/annual-target-check.js';
import type { UnitFacts, UnitScore } from '../supervision/unit-score.js';
import type { UnservedTargetWarning, WorkItemWarning } from '../supervision/work-item-check.js';
import type { SupervisedSubject, WorkItemProgress } from '../supervision/reminders.js';
import type { AssessmentScheme } from '../supervision/assessment-scheme.js';
import type { ScoreAdjustment } from '../supervision/unit-facts.js';
import type { Ranking } from '../supervision/unit-ranking.js';
import type { AnnualIndicatorTargets, WorkItem } from '../supervision/work-plan.schema.js';
import type { NoticeDraftState } from '../supervision/notice-draft.js';

/** A work item as stored: the plan's WorkItem with its recorded progress and who changed it last. */
export interface StoredWorkItem extends WorkItem {
  figures: string[];
  progress: WorkItemProgress;
  updatedAt: string;
  updatedBy: string;
}

/** PUT/POST /api/supervision/work-items — the item as saved, and its consistency checks (warnings, not refusals: a draft may be incomplete). */
export interface SavedWorkItem {
  item: StoredWorkItem;
  created: boolean;
  warnings: (WorkItemWarning | FigureWarning)[];
}

/** POST /api/supervision/work-plan/copy — 以上年计划为基础. */
export interface CopyYearResult {
  fromYear: number;
  toYear: number;
  /** Ids of the items created; an item copied before is not copied again. */
  created: string[];
}

/** A work item of the year's plan with today's colour under the year's 督办规则. */
export interface WorkItemRow extends StoredWorkItem {
  status: DeadlineStatus;
}

/** GET /api/supervision/work-plan — 年度工作计划 of one year as a reader sees it. */
export interface WorkPlanView {
  year: number;
  items: WorkItemRow[];
  targets: AnnualIndicatorTargets[];
  /** Target warnings include the plan's targets no item of the year serves (支撑指标). */
  warnings: { items: (WorkItemWarning | FigureWarning)[]; targets: (TargetWarning | UnservedTargetWarning)[] };
  figures: ReportableFigure[];
  reportingCycle: ReportingCycle;
  /** Years that already have work items, for the copy-from dialog. */
  yearsWithItems: number[];
}

/** A round the office opened. */
export interface StoredRound extends ReportingRound {
  kind: 'monthly' | 'quarterly' | 'ad-hoc';
  openedAt: string;
  openedBy: string;
}

/** POST /api/supervision/rounds — 开启报送. */
export interface OpenRoundResult {
  round: StoredRound;
  /** False when the round was open already (then only forms missing since are added). */
  opened: boolean;
  /** Report forms created now: one per responsible unit per work item of the round's year. */
  newForms: number;
}

/** A round of the year, proposed by the cycle or opened, with its counts once opened. */
export interface RoundRow extends ReportingRound {
  kind: StoredRound['kind'];
  /** upcoming: not opened by the office yet; open: opened and not yet due; closed: past its due date. */
  status: 'not-opened' | 'open' | 'closed';
  openedAt: string | null;
  openedBy: string | null;
  counts: Omit<ReportingCounts, 'unitCode'> | null;
}

/** GET /api/supervision/rounds — 轮次管理. */
export interface RoundsView {
  year: number;
  reportingCycle: ReportingCycle;
  rounds: RoundRow[];
  /** 报送及时率、完整率 per unit over the year's opened rounds, within the reader's data scope. */
  units: ReportingCounts[];
}

/** One report form in the workspace's lists. */
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
  /** The office's reason when the report was returned. */
  returnReason: string | null;
  /** The rung of the ladder the report stands on now (提醒/催办/督办); null when green. */
  escalation: EscalationLevel | null;
}

/** One work item in the workspace's lists. */
export interface DashboardItem {
  id: string;
  title: string;
  taskNumber: number;
  leadUnit: string | null;
  cooperatingUnits: string[];
  deadline: string;
  expectedOutput: string;
  milestones: WorkItem['milestones'];
  completedOn: string | null;
  status: DeadlineStatus;
  /** The rung of the ladder the item stands on now under the year's 督办规则; null when green. */
  escalation: EscalationLevel | null;
}

/** One target of the plan: the figures units report for it, its pace, and who answers for it this year. */
export interface FigureRow {
  code: string;
  /**
   * Approved figures of periods ending this year, and since the plan began, within the reader's
   * scope; null for a target units do not report (a stock or a ratio the statistics engine computes).
   */
  yearTotal: number | null;
  planTotal: number | null;
  /**
   * County pace, from the statistics forecast where the engine has one, else the trend of the
   * reported figures (pace.basis says which). A unit sees it only for the targets it answers for:
   * the pace it is warned about.
   */
  pace: PaceAssessment | null;
  /** 责任单位 this year: the units of the items serving the target or reporting its figures, see targetResponsibilities. */
  leadUnits: string[];
  cooperatingUnits: string[];
  /** For a unit: how its own units answer for the target (a lead role outranks a co-operating one); null otherwise. */
  ownRole: 'lead' | 'co-operating' | null;
}

/** The 督办规则 that apply in a year, and where they come from. */
export interface LadderRules {
  thresholds: LadderThresholds;
  /** The year the office set them for (this one or an earlier one); null while the defaults apply. */
  setFor: number | null;
  defaults: LadderThresholds;
}

/** A year's supervision settings; defaults (quarterly reports, the default scheme and ladder rules) until the office sets them. */
export interface YearSettings {
  year: number;
  reportingCycle: ReportingCycle;
  assessmentScheme: AssessmentScheme;
  /** False while the defaults apply. */
  schemeSet: boolean;
  ladder: LadderRules;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** A notification to a unit, with the state of its e-mail. */
export interface StoredNotification {
  id: string;
  reminderId: string | null;
  noticeId: string | null;
  unitCode: string;
  regionCode: string | null;
  level: string;
  /** Chinese. */
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
  emailAttempts: number;
  emailError: string | null;
  emailedAt: string | null;
}

/** GET /api/supervision/dashboard — 督查考核工作台 of the reader's perspective, cut to their scope. */
export interface DashboardView {
  year: number;
  today: string;
  /** 'office' sees everything and may review; 'leader' sees everything; 'unit' sees its own units. */
  perspective: 'office' | 'leader' | 'unit';
  /** The year's 督办规则, which coloured everything here. */
  ladder: LadderRules;
  items: DashboardItem[];
  reports: ReportRow[];
  grid: StatusCell[];
  rates: ReportingCounts[];
  /** Every target of the plan for the office and leaders; for a unit, the targets it answers for. */
  figures: FigureRow[];
  notifications: StoredNotification[];
  scores: { score: UnitScore; facts: UnitFacts; rank: number; of: number; groupRank: number; groupSize: number }[];
}

/** A file attached to a report, as its readers see it. */
export interface ReportAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
}

/** GET /api/supervision/reports/:id — a report as one reader sees it. */
export interface ReportView {
  report: { id: string; roundId: string; workItemId: string; unitCode: string; role: 'lead' | 'co-operating'; state: ReportState; qualityScore: number | null };
  round: StoredRound;
  item: Pick<StoredWorkItem, 'id' | 'year' | 'taskNumber' | 'title' | 'leadUnit' | 'cooperatingUnits' | 'deadline' | 'expectedOutput' | 'milestones' | 'figures' | 'servesTargets'>;
  /** The versions this reader may see, oldest first; `submitted` marks those the unit sent in. */
  versions: (ReportVersion & { submitted: boolean })[];
  /** What changed from each visible version to the next. */
  changes: { from: number; to: number; fields: FieldChange[] }[];
  events: ReportEvent[];
  attachments: ReportAttachment[];
  timeliness: FormTimeliness;
  /** The figures the item asks for, with names and units. */
  figures: ReportableFigure[];
  /** Whether the reader is the report's own unit (sees its drafts) and what they may do now. */
  own: boolean;
  allowed: Record<ReportActionType, boolean>;
  /** Display names of the accounts in `events` and `versions`, by user id (absent for unknown ids). */
  people: Record<string, string>;
}

/** A rung of the ladder sent (提醒/催办/督办): about what, to whom, and why. */
export interface StoredReminder {
  id: string;
  subjectId: string;
  subjectKind: SupervisedSubject['kind'];
  level: EscalationLevel;
  light: Light;
  deadline: string;
  sentOn: string;
  sentAt: string;
  title: string;
  reason: string;
  daysOverdue: number;
  overdueRounds: number;
  units: string[];
  runBy: string;
  /** An indicator's pace when it was sent: the source it was judged on and its figures. */
  pace: PaceFigures | null;
}

/** GET /api/supervision/reminders — a reminder with how it reached each unit. */
export interface ReminderRow extends StoredReminder {
  deliveries: Pick<StoredNotification, 'unitCode' | 'emailTo' | 'emailStatus' | 'emailError' | 'readAt' | 'noticeId'>[];
}

/** 督办单 as issued. */
export interface StoredNotice {
  id: string;
  year: number;
  seq: number;
  documentNumber: string;
  reminderId: string;
  subjectId: string;
  unitCode: string;
  regionCode: string | null;
  title: string;
  reason: string;
  deadline: string;
  respondBy: string;
  issuedAt: string;
}

/** GET /api/supervision/notices/:id — one 督办单 with its addressee, for the printable page. */
export interface NoticeDocument {
  notice: StoredNotice;
  addressee: { unitName: string; leaderName: string; leaderTitle: string };
  issuer: string;
  county: string;
  planTitle: string;
}

/** A unit's contact and leader, to whom reminders and 督办单 are addressed. */
export interface UnitContact {
  unitCode: string;
  contactName: string;
  contactEmail: string;
  leaderName: string;
  leaderTitle: string;
  leaderEmail: string;
  updatedAt: string;
  updatedBy: string;
}

/** POST /api/supervision/run — what one run of the ladder found and sent. */
export interface RunSummary {
  asOf: string;
  subjects: { workItems: number; reports: number; indicators: number };
  sent: { subjectId: string; level: EscalationLevel; title: string; units: string[]; notice?: string }[];
  /** What was drafted for review and signature instead of being sent (督办单, and 催办 where the year's rules say so). */
  drafted: { draftId: string; subjectId: string; level: EscalationLevel; title: string; units: string[] }[];
  emails: { sent: number; failed: number; noAddress: number; notConfigured: number };
}

/** Where one unit's copy of a reminder would go: in the app always, by e-mail to these addresses. */
export interface PreviewDelivery {
  unitCode: string;
  unitName: string;
  /** The unit's named contact (or leader, for a 督办单) and its reporters' accounts, deduplicated. */
  emails: string[];
}

/** GET /api/supervision/run/preview — what a run now would send or draft, and to whom; nothing is sent. */
export interface RunPreview {
  asOf: string;
  entries: {
    subjectId: string;
    level: EscalationLevel;
    title: string;
    /** The situation as the notification states it, in Chinese and in English. */
    situation: string;
    situationEn: string;
    /** 'draft': waits for review and signature; 'send': goes out at once. */
    action: 'draft' | 'send';
    deliveries: PreviewDelivery[];
  }[];
}

/** A 督办单 (or 催办) the ladder drafted, through review and signature. */
export interface NoticeDraft {
  id: string;
  level: EscalationLevel;
  subjectId: string;
  /** Recipient units: the lead unit alone for a 督办单. */
  units: string[];
  title: string;
  /** 督办事由: the situation the notice states, as the office edits it. */
  reason: string;
  /** 完成时限 of the subject. */
  deadline: string;
  /** 反馈时限: the date the unit is to answer by. */
  respondBy: string;
  state: NoticeDraftState;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  /** Why it was sent back or withdrawn. */
  note: string | null;
  /** The notice made when it was signed. */
  noticeId: string | null;
  documentNumber: string | null;
}

/** A unit nobody can be reached at by e-mail: no contact address, and no reporter account with one. */
export interface UnreachableUnit {
  unitCode: string;
  unitName: string;
  /** Reporter accounts of the unit (active), none of them with an e-mail address. */
  reporters: number;
}

/** 加分/减分 as recorded by the office. */
export interface StoredAdjustment extends ScoreAdjustment {
  id: string;
  year: number;
  count: number;
  note: string;
  createdAt: string;
  createdBy: string;
}

/** GET /api/supervision/assessment — the year's scores line by line and the ranking, cut to the reader's scope. */
export interface AssessmentView {
  year: number;
  asOf: string;
  scheme: AssessmentScheme;
  schemeSet: boolean;
  scores: UnitScore[];
  facts: UnitFacts[];
  ranking: Ranking;
  /** Units scored in the county, also when the reader sees fewer. */
  unitsAssessed: number;
  /** The office's 加减分 of the year; empty for a reader who does not see every unit. */
  adjustments: StoredAdjustment[];
}

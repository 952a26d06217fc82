/**
 * 评估验收 over HTTP: the shapes /api/evaluation answers with, built by the server's repositories and
 * views, read by the web and by the document generators (自评报告, 验收材料, 评估报告).
 */
import type { Light } from '../supervision/deadline-light.js';
import type { PanelResult } from '../evaluation/acceptance-score.js';
import type { DrawResult } from '../evaluation/expert-assignment.js';
import type { EvaluationConclusion, EvaluationKind, IndexItem } from '../evaluation/index-system.js';
import type { DeliverableStatus, PhaseProgress } from '../evaluation/phase-deliverables.js';
import type { AnswerState, RectificationSource } from '../evaluation/rectification-workflow.js';
import type { CompletionRating, SelfCheckProgress } from '../evaluation/self-check.js';

/**
 * 佐证: an uploaded file, a web link, or something already in the app — an approved report, a 督办单,
 * a phase deliverable, a meeting of the meetings ledger (会议台账), a publicity event of the
 * publicity ledger (宣传活动台账) or a generated document (自评报告, 验收材料, 统计分析报告).
 */
export interface EvidenceRef {
  kind: EvaluationEvidenceKind;
  id: string;
  label: string;
}

export type EvaluationEvidenceKind = 'file' | 'report' | 'notice' | 'deliverable' | 'meeting' | 'publicity' | 'document' | 'link';

/** GET /api/evaluation/evidence-candidates — something in the app the user may cite, newest first. */
export interface EvidenceCandidate {
  kind: 'report' | 'notice' | 'meeting' | 'publicity' | 'document';
  id: string;
  /** The round (report), the 文号 (督办单), the meeting's, the event's or the document's title. */
  title: string;
  date: string | null;
  unitCode: string | null;
  /** A generated document's version (第 N 版). */
  version: number | null;
}

export interface EvaluationFile {
  id: string;
  ownerKind: 'self-check-part' | 'rectification' | 'answer' | 'deliverable';
  ownerId: string;
  unitCode: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}

/** One item of a phase's checklist (阶段工作清单). */
export interface PhaseDeliverable {
  id: string;
  phaseCode: string;
  position: number;
  title: string;
  ownerUnit: string | null;
  dueOn: string;
  doneOn: string | null;
  status: DeliverableStatus;
  evidence: EvidenceRef[];
  note: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** GET /api/evaluation/phases — the timeline with what is done and what is late. */
export interface PhaseTimeline {
  today: string;
  phases: { code: string; name: string; start: string; end: string; current: boolean; progress: PhaseProgress }[];
  deliverables: PhaseDeliverable[];
}

export interface SelfCheckSummary {
  id: string;
  title: string;
  year: number | null;
  dueOn: string;
  status: 'open' | 'closed';
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  progress: SelfCheckProgress;
}

export interface SelfCheckPart {
  selfCheckId: string;
  taskNumber: number;
  unitCode: string;
  role: 'lead' | 'co-operating';
  summary: string;
  problems: string[];
  proposedRating: CompletionRating | null;
  evidence: EvidenceRef[];
  submittedAt: string | null;
  submittedBy: string | null;
  updatedAt: string | null;
}

/** The office's rating of a task (评定), with the rating proposed when it decided. */
export interface SelfCheckRating {
  selfCheckId: string;
  taskNumber: number;
  rating: CompletionRating;
  proposedRating: CompletionRating | null;
  comment: string;
  confirmedAt: string;
  confirmedBy: string;
}

export interface SelfCheckTask {
  taskNumber: number;
  title: string;
  text: string;
  groupTitle: string;
  parts: SelfCheckPart[];
  rating: SelfCheckRating | null;
  proposedRating: CompletionRating | null;
  canConfirm: boolean;
}

/** GET /api/evaluation/self-checks/:id — the tasks the user may see, with their parts. */
export interface SelfCheckDetail {
  selfCheck: SelfCheckSummary;
  tasks: SelfCheckTask[];
  files: EvaluationFile[];
  /** The user may confirm ratings (the office). */
  mayConfirm: boolean;
}

/** A unit's answer to a rectification item or a 督办单, and the office's decision. */
export interface SupervisionAnswer {
  id: string;
  subjectKind: 'rectification' | 'notice';
  subjectId: string;
  unitCode: string;
  measures: string;
  evidence: EvidenceRef[];
  answeredAt: string;
  answeredBy: string;
  decision: 'accepted' | 'returned' | null;
  decisionNote: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
}

/** 整改事项 */
export interface RectificationItem {
  id: string;
  number: string;
  year: number;
  source: RectificationSource;
  sourceId: string | null;
  sourceLabel: string;
  taskNumber: number | null;
  problem: string;
  ownerUnit: string;
  requiredMeasures: string;
  deadline: string;
  state: AnswerState;
  closingNote: string | null;
  createdAt: string;
  createdBy: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface RectificationRow extends RectificationItem {
  light: Light;
  daysOverdue: number;
  /** The highest rung of the ladder sent so far, if any. */
  escalation: 'reminder' | 'urge' | 'supervise' | null;
}

export interface RectificationDetail {
  item: RectificationRow;
  answers: SupervisionAnswer[];
  files: EvaluationFile[];
  mayAnswer: boolean;
  mayDecide: boolean;
}

/** GET /api/supervision/notices/:id/answers — a 督办单's answers and where it stands. */
export interface NoticeAnswers {
  noticeId: string;
  /** The plan task of the work item the notice is about, when it is about one. */
  taskNumber: number | null;
  state: AnswerState;
  answers: SupervisionAnswer[];
  files: EvaluationFile[];
  mayAnswer: boolean;
  mayDecide: boolean;
}

/** 专家库 entry. */
export interface Expert {
  id: string;
  name: string;
  field: string;
  organisation: string;
  title: string;
  phone: string | null;
  email: string | null;
  avoidUnits: string[];
  avoidEnterprises: string[];
  active: boolean;
}

export interface ExpertImportResult {
  added: number;
  updated: number;
  problems: { row: number; message: string }[];
}

export interface EvaluationTemplate {
  id: string;
  name: string;
  items: IndexItem[];
  savedAt: string;
  savedBy: string;
}

export type EvaluationStatus = 'preparing' | 'in-progress' | 'signed-off' | 'closed';

export interface EvaluationSummary {
  id: string;
  kind: EvaluationKind;
  title: string;
  heldOn: string;
  scope: string;
  status: EvaluationStatus;
  panelSize: number;
  reserveSize: number;
  conclusion: EvaluationConclusion | null;
  signedAt: string | null;
  /** Experts whose score sheets are in, of the panel's members. */
  sheetsIn: number;
  questionsOpen: number;
  total: number | null;
  fullMarks: number;
}

export interface PanelMember {
  expertId: string;
  name: string;
  organisation: string;
  title: string;
  field: string;
  /** 'withdrawn': replaced by a reserve (递补). */
  role: 'member' | 'reserve' | 'withdrawn';
  position: number;
  isLead: boolean;
  /** The account made for the evaluation (登录名), shown to the office. */
  login: string | null;
  scoresSubmittedAt: string | null;
}

export interface EvaluationScore {
  expertId: string;
  itemCode: string;
  score: number;
  comment: string;
  updatedAt: string;
}

export interface EvaluationQuestion {
  id: string;
  expertId: string;
  expertName: string;
  itemCode: string | null;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
}

export interface EvaluationFinding {
  id: string;
  expertId: string;
  expertName: string;
  itemCode: string | null;
  text: string;
  createdAt: string;
  rectificationId: string | null;
  rectificationNumber: string | null;
}

/** The recorded draw: seed, pool snapshot, exclusions and result. */
export type DrawRecord = DrawResult & { members: string[]; reserves: string[]; drawnAt: string; drawnBy: string };

export interface EvaluationDetail {
  evaluation: EvaluationSummary & {
    scopeUnits: string[];
    scopeEnterprises: string[];
    indexItems: IndexItem[];
    opinion: string | null;
    signedBy: string | null;
    closedAt: string | null;
    drawnAt: string | null;
  };
  /** The draw record, for the office and leaders (the audit log holds it too). */
  draw: DrawRecord | null;
  panel: PanelMember[];
  /** The signed-in expert's own place on the panel. */
  me: { expertId: string; isLead: boolean; scores: EvaluationScore[]; submittedAt: string | null } | null;
  /** Every score, for the office, leaders and, after the sheets are in, the panel lead. */
  scores: EvaluationScore[] | null;
  result: PanelResult | null;
  questions: EvaluationQuestion[];
  findings: EvaluationFinding[];
  /** callIn: the office may replace a withdrawing member with the next reserve (递补). */
  may: { edit: boolean; draw: boolean; callIn: boolean; score: boolean; sign: boolean; answer: boolean; close: boolean };
}

/** A drawn expert's account, shown once to the office to hand over. */
export interface DrawOutcome {
  evaluation: EvaluationDetail;
  accounts: { expertId: string; name: string; login: string; temporaryPassword: string }[];
}

/** GET /api/evaluation/dossier/:task — 任务档案 over the whole plan period. */
export interface TaskDossier {
  task: { number: number; title: string; text: string; groupTitle: string; responsibility: string };
  years: { year: number; rating: CompletionRating | null; ratingSource: string | null }[];
  workItems: { id: string; year: number; title: string; leadUnit: string; deadline: string; completedOn: string | null; percent: number | null }[];
  reports: { id: string; roundLabel: string; unitCode: string; state: string; submittedAt: string | null; approvedFigures: { code: string; value: number }[] }[];
  evidence: { source: string; fileName: string; unitCode: string | null; uploadedAt: string; downloadPath: string }[];
  notices: { id: string; documentNumber: string; unitCode: string; issuedAt: string; state: AnswerState; answers: SupervisionAnswer[] }[];
  rectifications: RectificationItem[];
  targets: { code: string; name: string; unit: string; target: number; latest: { value: number; period: string } | null }[];
  selfChecks: { selfCheckId: string; title: string; parts: SelfCheckPart[]; rating: SelfCheckRating | null }[];
}

export interface EvaluationOverview {
  timeline: PhaseTimeline;
  selfChecks: SelfCheckSummary[];
  rectifications: { open: number; answered: number; overdue: number; closed: number };
  evaluations: EvaluationSummary[];
}

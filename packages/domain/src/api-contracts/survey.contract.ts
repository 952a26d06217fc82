import type { IsoDate } from '../periods/iso-date.js';
import type { HoldReason, ResponseGuards } from '../survey/response-validity.js';
import type { Answers, Questionnaire } from '../survey/questionnaire.js';
import type { SatisfactionResult } from '../survey/satisfaction-score.js';
import type { SurveyStatus } from '../survey/survey-status.js';

/** The office's settings of one survey: the guards against automated answers and the invitation rule. */
export interface SurveySettings extends ResponseGuards {
  /** Only invitation codes may answer (otherwise one answer per device, through the open link). */
  requireInvitation: boolean;
}

/** 满意度调查 in a list. */
export interface SurveySummary {
  id: string;
  title: string;
  /** The year the score stands for (the satisfaction indicator's year). */
  year: number;
  status: SurveyStatus;
  opensOn: IsoDate;
  closesOn: IsoDate;
  /** The questionnaire version answered now. */
  version: number;
  /** Submitted answers that count; answers held for review are not among them. */
  responses: number;
  held: number;
  targetSample: number;
  score: number | null;
  /** The frozen result's time, once closed. */
  frozenAt: string | null;
  /** Part of the 示例数据 (removed with it). */
  demo: boolean;
}

/** 调查渠道: an enterprise, association or town invited with codes of its own. */
export interface SurveyChannel {
  id: string;
  kind: 'enterprise' | 'association' | 'town' | 'other';
  name: string;
  codes: number;
  used: number;
}

export interface QuestionnaireVersion {
  version: number;
  createdAt: string;
  createdBy: string;
  /** Answers given on this version (drafts included): any freezes its structure. */
  answers: number;
}

export interface SurveyDetail extends SurveySummary {
  /** The words above the questions on the answer page. */
  intro: string;
  questionnaire: Questionnaire;
  /** Answers exist on the current version: a change makes a new version. */
  structureFrozen: boolean;
  versions: QuestionnaireVersion[];
  settings: SurveySettings;
  /** The public answer page's path (open link). */
  publicPath: string;
  channels: SurveyChannel[];
}

/** One invitation code on the printed sheet. */
export interface InvitationCard {
  code: string;
  channel: string;
  url: string;
  /** The QR code of the url, as SVG markup. */
  qrSvg: string;
  used: boolean;
}

export interface ScoreBreakdownRow {
  key: string;
  name: string;
  responses: number;
  /** Plain mean of the respondents' scores (groups unweighted within the row). */
  score: number | null;
}

/** How a result was made, stored with a frozen one. */
export interface SurveyMethod {
  version: number;
  likert: string;
  groupWeights: { key: string; name: string; weight: number }[];
  dimensionWeights: { key: string; name: string; parent: string | null; weight: number }[];
  interval: string;
  settingsUnconfirmed: string[];
}

export interface SurveyResults {
  survey: SurveySummary;
  result: SatisfactionResult;
  byTown: ScoreBreakdownRow[];
  byIndustry: ScoreBreakdownRow[];
  byChannel: ScoreBreakdownRow[];
  method: SurveyMethod;
  /** Set once the survey closed: the result above is the frozen one. */
  frozenAt: string | null;
}

export interface HeldResponse {
  id: string;
  /** held: waiting; excluded: the office decided it does not count (kept, and can still be counted). */
  status: 'held' | 'excluded';
  submittedAt: string;
  reasons: HoldReason[];
  group: string | null;
  channel: string | null;
  answered: number;
}

export interface OpenTextAnswer {
  responseId: string;
  question: string;
  text: string;
  group: string | null;
  submittedAt: string;
}

/** What the public answer page gets: the questions, not the weights or the office's settings. */
export interface PublicSurvey {
  title: string;
  intro: string;
  status: SurveyStatus;
  closesOn: IsoDate;
  questions: Questionnaire['questions'];
  groups: { key: string; name: string }[];
}

/** A respondent's answers so far, as saved on the server. */
export interface SurveyDraft {
  deviceToken: string;
  answers: Answers;
  submitted: boolean;
}

import type { Generated } from 'kysely';

/**
 * The evaluation and acceptance tables (migration 20261207T0600-create-evaluation). JSON columns
 * hold arrays as text: evidence references, problems, avoid lists, index items, the draw record.
 */

/** 阶段工作清单: a plan deliverable the office has touched (untouched ones come from the plan). */
export interface PhaseDeliverablesTable {
  county_id: string;
  deliverable_id: string;
  phase_code: string;
  position: number;
  title: string;
  owner_unit: string | null;
  due_on: string;
  done_on: string | null;
  evidence: string;
  note: string;
  updated_at: string;
  updated_by: string;
  /** 1 for 示例数据, which `demo remove` deletes with its children (migration 20261208T1700). */
  demo: Generated<number>;
}

/** 佐证材料 uploaded in the evaluation area, each owned by one part, item, answer or deliverable. */
export interface EvaluationFilesTable {
  county_id: string;
  file_id: string;
  owner_kind: 'self-check-part' | 'rectification' | 'answer' | 'deliverable';
  owner_id: string;
  unit_code: string | null;
  region_code: string | null;
  file_name: string;
  stored_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

export interface SelfChecksTable {
  county_id: string;
  self_check_id: string;
  title: string;
  /** null: the whole plan period. */
  year: number | null;
  due_on: string;
  status: 'open' | 'closed';
  opened_at: string;
  opened_by: string;
  closed_at: string | null;
  /** 1 for 示例数据, which `demo remove` deletes with its children (migration 20261208T1700). */
  demo: Generated<number>;
}

export interface SelfCheckPartsTable {
  county_id: string;
  self_check_id: string;
  task_number: number;
  unit_code: string;
  region_code: string | null;
  role: 'lead' | 'co-operating';
  summary: string;
  problems: string;
  proposed_rating: string | null;
  evidence: string;
  submitted_at: string | null;
  submitted_by: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

export interface SelfCheckRatingsTable {
  county_id: string;
  self_check_id: string;
  task_number: number;
  rating: string;
  proposed_rating: string | null;
  comment: string;
  confirmed_at: string;
  confirmed_by: string;
}

/** 整改台账 */
export interface RectificationItemsTable {
  county_id: string;
  item_id: string;
  year: number;
  seq: number;
  number: string;
  source: string;
  source_id: string | null;
  source_label: string;
  task_number: number | null;
  problem: string;
  owner_unit: string;
  region_code: string | null;
  required_measures: string;
  deadline: string;
  state: string;
  closing_note: string | null;
  created_at: string;
  created_by: string;
  closed_at: string | null;
  closed_by: string | null;
  /** 1 for 示例数据, which `demo remove` deletes with its children (migration 20261208T1700). */
  demo: Generated<number>;
}

/** A unit's answer to a rectification item or a 督办单, and the office's decision on it. */
export interface SupervisionAnswersTable {
  county_id: string;
  answer_id: string;
  subject_kind: 'rectification' | 'notice';
  subject_id: string;
  unit_code: string;
  region_code: string | null;
  measures: string;
  evidence: string;
  answered_at: string;
  answered_by: string;
  decision: 'accepted' | 'returned' | null;
  decision_note: string | null;
  decided_at: string | null;
  decided_by: string | null;
}

/** 专家库 */
export interface ExpertsTable {
  county_id: string;
  expert_id: string;
  name: string;
  field: string;
  organisation: string;
  title: string;
  phone: string | null;
  email: string | null;
  avoid_units: string;
  avoid_enterprises: string;
  active: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  /** 1 for 示例数据, which `demo remove` deletes with its children (migration 20261208T1700). */
  demo: Generated<number>;
}

export interface EvaluationTemplatesTable {
  county_id: string;
  template_id: string;
  name: string;
  items: string;
  saved_at: string;
  saved_by: string;
}

export interface EvaluationsTable {
  county_id: string;
  evaluation_id: string;
  kind: string;
  title: string;
  held_on: string;
  scope: string;
  scope_units: string;
  scope_enterprises: string;
  index_items: string;
  panel_size: number;
  reserve_size: number;
  status: 'preparing' | 'in-progress' | 'signed-off' | 'closed';
  draw: string | null;
  drawn_at: string | null;
  conclusion: string | null;
  opinion: string | null;
  signed_at: string | null;
  signed_by: string | null;
  closed_at: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  /** 1 for 示例数据, which `demo remove` deletes with its children (migration 20261208T1700). */
  demo: Generated<number>;
}

export interface EvaluationPanelTable {
  county_id: string;
  evaluation_id: string;
  expert_id: string;
  /** 'withdrawn' since 递补 (a reserve called in); a text column, no migration needed. */
  role: 'member' | 'reserve' | 'withdrawn';
  position: number;
  is_lead: number;
  user_id: string | null;
  scores_submitted_at: string | null;
}

export interface EvaluationScoresTable {
  county_id: string;
  evaluation_id: string;
  expert_id: string;
  item_code: string;
  score: number;
  comment: string;
  updated_at: string;
}

/** 质询 */
export interface EvaluationQuestionsTable {
  county_id: string;
  question_id: string;
  evaluation_id: string;
  expert_id: string;
  item_code: string | null;
  question: string;
  asked_at: string;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
}

export interface EvaluationFindingsTable {
  county_id: string;
  finding_id: string;
  evaluation_id: string;
  expert_id: string;
  item_code: string | null;
  text: string;
  created_at: string;
  rectification_id: string | null;
}

export interface EvaluationDatabase {
  phase_deliverables: PhaseDeliverablesTable;
  evaluation_files: EvaluationFilesTable;
  self_checks: SelfChecksTable;
  self_check_parts: SelfCheckPartsTable;
  self_check_ratings: SelfCheckRatingsTable;
  rectification_items: RectificationItemsTable;
  supervision_answers: SupervisionAnswersTable;
  experts: ExpertsTable;
  evaluation_templates: EvaluationTemplatesTable;
  evaluations: EvaluationsTable;
  evaluation_panel: EvaluationPanelTable;
  evaluation_scores: EvaluationScoresTable;
  evaluation_questions: EvaluationQuestionsTable;
  evaluation_findings: EvaluationFindingsTable;
}

import type { DocumentsDatabase } from './documents-schema.js';
import type { EvaluationDatabase } from './evaluation-schema.js';
import type { LedgerDatabase } from './ledger-schema.js';
import type { SurveyDatabase } from './survey-schema.js';
import type { RegisterDatabase } from './register-schema.js';
import type { SecurityDatabase } from './security-schema.js';
import type { Generated } from 'kysely';

/**
 * The tables. Every table carries county_id (the tenant key) first in its primary key so a
 * Citus cluster could distribute by county. Timestamps are ISO-8601 UTC text in both
 * dialects so SQLite and PostgreSQL return the same values; money is integer fen.
 */
export interface CountiesTable {
  county_id: string;
  name: string;
  /** The English name the plan gives (county.nameEn); null: made from the code (domain counties/county-name.ts). */
  name_en: string | null;
  created_at: string;
}

/** The plan currently in force for a county, as its validated document. */
export interface PlansTable {
  county_id: string;
  plan_code: string;
  revision: number;
  document: string;
  updated_at: string;
  updated_by: string;
}

/** Every version of a county's plan, with what changed. */
export interface PlanRevisionsTable {
  county_id: string;
  revision: number;
  plan_code: string;
  created_at: string;
  actor: string;
  summary: string;
  changes: string;
  document: string;
  /** Why the office made the change; null for revisions loaded before reasons were asked. */
  reason: string | null;
  /** 'file' | 'document' | 'editor'; null for revisions made before it was recorded. */
  source: string | null;
}

/** 账户. Login names are unique in their normalised form (login_key = normalizeLoginName(login)). */
export interface UsersTable {
  county_id: string;
  user_id: string;
  login: string;
  login_key: string;
  display_name: string;
  /** Shown masked to anyone without pii.unmask. */
  phone: string | null;
  /** 所属单位 (a plan unit code): the "own unit" data scope. */
  unit_code: string | null;
  /** 电子邮箱: where reminders to the account's unit reach it (null: none given). */
  email: string | null;
  /** 所属镇（街道、开发区）(a plan region code): the "own town" data scope. */
  region_code: string | null;
  status: 'active' | 'disabled';
  /** argon2id, parameters and salt inside the string. */
  password_hash: string;
  password_changed_at: string;
  /** 1 for an administrator-issued one-time password that must be changed at first sign-in. */
  password_temporary: number;
  totp_secret: string | null;
  /** A secret shown for enrolment and not yet confirmed with a first code. */
  totp_pending_secret: string | null;
  /** The last TOTP time step accepted, so no code works twice. */
  totp_last_step: number | null;
  totp_enrolled_at: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface UserRolesTable {
  county_id: string;
  user_id: string;
  role_id: string;
  granted_at: string;
  granted_by: string;
}

/** Earlier password hashes, newest position highest, for the reuse check. */
export interface PasswordHistoryTable {
  county_id: string;
  user_id: string;
  position: number;
  password_hash: string;
  set_at: string;
}

/** Server-side sessions, keyed by the SHA-256 digest of the cookie's token. */
export interface SessionsTable {
  county_id: string;
  token_digest: string;
  /** A separate random id to name the session in lists, never the digest. */
  session_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  authenticated_at: string;
  /** 'change-password' or 'enrol-mfa' until the user has done it; null for a full session. */
  restriction: string | null;
  source_ip: string | null;
  user_agent: string | null;
}

/** 登录失败处理 state of one account or one source address. */
export interface LoginThrottlesTable {
  county_id: string;
  subject_kind: 'account' | 'source';
  subject_key: string;
  /** JSON array of ISO times of recent failures. */
  failures: string;
  blocked_until: string | null;
  updated_at: string;
}

/** The security administrator's policy (SecurityPolicy as JSON); absent means the 等保 defaults. */
export interface SecurityPoliciesTable {
  county_id: string;
  document: string;
  updated_at: string;
  updated_by: string;
}

/** 审计日志: append-only, a hash chain per county. */
export interface AuditLogTable {
  county_id: string;
  seq: number;
  occurred_at: string;
  actor_id: string | null;
  actor_name: string;
  /** JSON array. */
  actor_roles: string;
  source_ip: string | null;
  user_agent: string | null;
  event_type: string;
  object_type: string | null;
  object_id: string | null;
  outcome: 'success' | 'failure';
  reason_code: string | null;
  request_id: string | null;
  /** JSON object or null. */
  details: string | null;
  prev_hash: string;
  hash: string;
}

/** 督查考核: the year's reporting cycle and assessment scheme (JSON), set by the office. */
export interface SupervisionYearsTable {
  county_id: string;
  year: number;
  /** ReportingCycle as JSON. */
  reporting_cycle: string;
  /** AssessmentScheme as JSON; null until the office sets one (the default scheme applies). */
  assessment_scheme: string | null;
  /** LadderThresholds (督办规则) as JSON; null while the year keeps the last year's or the defaults. */
  ladder_thresholds: string | null;
  updated_at: string;
  updated_by: string;
}

/** 工作事项 of the annual work plan. JSON columns hold arrays and maps of the domain's WorkItem. */
export interface WorkItemsTable {
  county_id: string;
  item_id: string;
  year: number;
  task_number: number;
  title: string;
  lead_unit: string | null;
  cooperating_units: string;
  deadline: string;
  expected_output: string;
  milestones: string;
  figures: string;
  /** 支撑指标: JSON array of the plan's indicator codes the item serves. */
  serves_targets: string;
  /** 工作内容 */
  content: string;
  /** 办结日期 (Shanghai date). */
  completed_on: string | null;
  /** JSON { milestone title: date completed }. */
  milestones_completed: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** 1 for 示例数据, which `demo remove` deletes (migration 20261208T0103). */
  demo: Generated<number>;
}

/** The units that answer for a work item, with their region, for data-scope filters. */
export interface WorkItemUnitsTable {
  county_id: string;
  item_id: string;
  unit_code: string;
  role: 'lead' | 'co-operating';
  region_code: string | null;
}

/** 年度指标分解: one indicator's target for one year; region_targets is JSON { region: target }. */
export interface AnnualIndicatorTargetsTable {
  county_id: string;
  year: number;
  indicator_code: string;
  county_target: number;
  region_targets: string;
  updated_at: string;
  updated_by: string;
}

/** 报送轮次 the office has opened. */
export interface ReportingRoundsTable {
  county_id: string;
  round_id: string;
  year: number;
  kind: 'monthly' | 'quarterly' | 'ad-hoc';
  label: string;
  period_start: string;
  period_end: string;
  opens: string;
  closes: string;
  opened_at: string;
  opened_by: string;
  /** 1 for 示例数据, which `demo remove` deletes (migration 20261208T0103). */
  demo: Generated<number>;
}

/** One unit's report on one work item in one round; versions and events hold its history. */
export interface ReportsTable {
  county_id: string;
  /** `${round}/${workItem}/${unit}` */
  report_id: string;
  round_id: string;
  work_item_id: string;
  unit_code: string;
  region_code: string | null;
  role: 'lead' | 'co-operating';
  state: 'draft' | 'submitted' | 'returned' | 'approved';
  /** The office's quality score (0–100) given on approval. */
  quality_score: number | null;
  created_at: string;
  updated_at: string;
  /** 1 for 示例数据, which `demo remove` deletes (migration 20261208T0103). */
  demo: Generated<number>;
}

export interface ReportVersionsTable {
  county_id: string;
  report_id: string;
  version: number;
  /** ReportContent as JSON. */
  content: string;
  saved_at: string;
  saved_by: string;
}

export interface ReportEventsTable {
  county_id: string;
  report_id: string;
  seq: number;
  action: string;
  at: string;
  actor: string;
  from_state: string;
  to_state: string;
  version: number | null;
  note: string | null;
}

/** 佐证材料: a file kept under a generated name outside anything served. */
export interface ReportAttachmentsTable {
  county_id: string;
  attachment_id: string;
  report_id: string;
  unit_code: string;
  region_code: string | null;
  /** The name the user gave the file, shown and used on download. */
  file_name: string;
  stored_name: string;
  /** The type found in the content (magic bytes), never the one the browser claimed. */
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

/** Approved reported figures, for the statistics side: indicator, unit, period, value, source report. */
export interface ReportedIndicatorValuesTable {
  county_id: string;
  report_id: string;
  indicator_code: string;
  unit_code: string;
  region_code: string | null;
  round_id: string;
  period_start: string;
  period_end: string;
  value: number;
  report_version: number;
  approved_at: string;
  approved_by: string;
}

/** Where a unit's reminders go: its contact, and its leader for 督办单. */
export interface UnitContactsTable {
  county_id: string;
  unit_code: string;
  contact_name: string;
  contact_email: string;
  leader_name: string;
  leader_title: string;
  leader_email: string;
  updated_at: string;
  updated_by: string;
}

/** Every rung of the ladder sent (提醒/催办/督办); the unique key makes a run idempotent. */
export interface SupervisionRemindersTable {
  county_id: string;
  reminder_id: string;
  subject_id: string;
  subject_kind: 'work-item' | 'report' | 'indicator' | 'rectification' | 'notice';
  level: 'reminder' | 'urge' | 'supervise';
  light: 'green' | 'yellow' | 'red';
  deadline: string;
  /** Shanghai date of sending. */
  sent_on: string;
  sent_at: string;
  title: string;
  reason: string;
  days_overdue: number;
  overdue_rounds: number;
  /** JSON array of unit codes, lead first. */
  units: string;
  run_by: string;
  /** An indicator's pace as JSON (PaceFigures: the source it was judged on, forecast, target, needed per month); null for deadlines. */
  pace: string | null;
}

/** 督办单: numbered per county and year. */
export interface SupervisionNoticesTable {
  county_id: string;
  notice_id: string;
  year: number;
  seq: number;
  document_number: string;
  reminder_id: string;
  subject_id: string;
  unit_code: string;
  region_code: string | null;
  title: string;
  reason: string;
  deadline: string;
  respond_by: string;
  issued_at: string;
}

/** In-app notices to a unit, each with its e-mail delivery state. */
export interface NotificationsTable {
  county_id: string;
  notification_id: string;
  reminder_id: string | null;
  notice_id: string | null;
  unit_code: string;
  region_code: string | null;
  level: string;
  /** Chinese; the e-mail puts the English after it. */
  title: string;
  body: string;
  /** English; null on notifications made before reminders were bilingual. */
  title_en: string | null;
  body_en: string | null;
  link: string | null;
  created_at: string;
  read_at: string | null;
  email_to: string | null;
  email_status: 'pending' | 'sending' | 'sent' | 'failed' | 'no-address' | 'not-configured';
  email_attempts: number;
  email_error: string | null;
  emailed_at: string | null;
}

/** 加分/减分 items the office records for a unit in a year. */
export interface AssessmentAdjustmentsTable {
  county_id: string;
  adjustment_id: string;
  year: number;
  unit_code: string;
  kind: 'bonus' | 'penalty';
  item_code: string;
  count: number;
  note: string;
  created_at: string;
  created_by: string;
}

/** 口径设置: a county's choices for an indicator's unconfirmed rules (JSON { setting: value }). */
export interface IndicatorSettingsTable {
  county_id: string;
  indicator_key: string;
  overrides: string;
  updated_at: string;
  updated_by: string;
}

/** 官方发布值: a value an authority published, with its source document and date. */
export interface OfficialIndicatorValuesTable {
  county_id: string;
  value_id: string;
  indicator_key: string;
  region: string;
  as_of: string;
  value: number;
  unit: string;
  decimals: number | null;
  source_document: string;
  published_on: string;
  publisher: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** 人工填报值: a value of an indicator the platform cannot compute, entered with its evidence. */
export interface ManualIndicatorValuesTable {
  county_id: string;
  value_id: string;
  indicator_key: string;
  region: string;
  as_of: string;
  value: number;
  unit: string;
  source: string;
  evidence_kind: 'text' | 'url' | 'document';
  evidence: string;
  note: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** Bumped with every change to the settings, official and manual values of a county. */
export interface IndicatorInputStatesTable {
  county_id: string;
  revision: number;
  updated_at: string;
}

/** The materialised month-end series: county × indicator × region × month-end. */
export interface IndicatorSeriesTable {
  county_id: string;
  indicator_key: string;
  region: string;
  month_end: string;
  value: number | null;
  numerator: number;
  denominator: number | null;
  /** The month alone: the month's flow for flows, the month-end value for stocks. */
  month_value: number | null;
  month_numerator: number;
  month_denominator: number | null;
  rule_version: string;
  registers_version: string;
}

/** What the materialised series of a county was computed from, and when. */
export interface IndicatorSeriesStatesTable {
  county_id: string;
  source_version: string;
  registers_version: string;
  first_month: string;
  last_month: string;
  computed_at: string;
  duration_ms: number;
}

/** A dashboard as computed at a date, while its county's snapshot key holds (the 20261208T1900 migration). */
export interface IndicatorDashboardsTable {
  county_id: string;
  as_of: string;
  snapshot_key: string;
  json: string;
  computed_at: string;
}

/** 督办单草稿 awaiting review and signature (see the 20261208T0101 migration). */
export interface SupervisionNoticeDraftsTable {
  county_id: string;
  draft_id: string;
  level: 'reminder' | 'urge' | 'supervise';
  reminder_id: string;
  subject_id: string;
  reminder: string;
  units: string;
  region_code: string | null;
  title: string;
  reason: string;
  deadline: string;
  respond_by: string;
  state: 'draft' | 'submitted' | 'issued' | 'withdrawn';
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  submitted_at: string | null;
  submitted_by: string | null;
  submitted_by_id: string | null;
  decided_at: string | null;
  decided_by: string | null;
  note: string | null;
  notice_id: string | null;
}

export interface Database extends RegisterDatabase, EvaluationDatabase, DocumentsDatabase, LedgerDatabase, SecurityDatabase, SurveyDatabase {
  counties: CountiesTable;
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  password_history: PasswordHistoryTable;
  sessions: SessionsTable;
  login_throttles: LoginThrottlesTable;
  security_policies: SecurityPoliciesTable;
  audit_log: AuditLogTable;
  supervision_years: SupervisionYearsTable;
  work_items: WorkItemsTable;
  work_item_units: WorkItemUnitsTable;
  annual_indicator_targets: AnnualIndicatorTargetsTable;
  reporting_rounds: ReportingRoundsTable;
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  report_events: ReportEventsTable;
  report_attachments: ReportAttachmentsTable;
  reported_indicator_values: ReportedIndicatorValuesTable;
  unit_contacts: UnitContactsTable;
  supervision_reminders: SupervisionRemindersTable;
  supervision_notices: SupervisionNoticesTable;
  supervision_notice_drafts: SupervisionNoticeDraftsTable;
  notifications: NotificationsTable;
  assessment_adjustments: AssessmentAdjustmentsTable;
  indicator_settings: IndicatorSettingsTable;
  official_indicator_values: OfficialIndicatorValuesTable;
  manual_indicator_values: ManualIndicatorValuesTable;
  indicator_input_states: IndicatorInputStatesTable;
  indicator_series: IndicatorSeriesTable;
  indicator_series_states: IndicatorSeriesStatesTable;
  indicator_dashboards: IndicatorDashboardsTable;
}

export type { Generated };

/**
 * 专项工作台账 over HTTP: what /api/ledgers answers with. The server's views build them, the web reads them.
 */
import type { LocalizedText } from '../text/localized-text.js';
import type { LedgerKind } from '../ledgers/catalog/ledger-definition.js';
import type { ExecutionRow } from '../ledgers/funds/budget-execution.js';
import type { TargetAttainment } from '../ledgers/funds/target-attainment.js';
import type { DecisionProgress } from '../ledgers/meetings/decision-progress.js';
import type { RowProblem } from './registers.contract.js';

/** One row of a ledger as the list, the edit form and the task dossier show it. */
export interface LedgerRecordView {
  id: string;
  kind: LedgerKind;
  key: string;
  title: string;
  region: string | null;
  regionName: string | null;
  /** The record's date (held on, approved on, paid on…), or null. */
  date: string | null;
  year: number | null;
  category: string | null;
  /** The plan's task numbers it evidences. */
  tasks: number[];
  /** The annual plan's work items it evidences (a decision: the item it became). */
  workItems: string[];
  demo: boolean;
  updatedAt: string;
  updatedBy: string;
  /** Values as stored (dates ISO, amounts in 分, option values). */
  document: Record<string, unknown>;
  /** The record as the template's cells: what an export writes and the edit form starts from. */
  cells: Record<string, string>;
  /** A decision: whether it was carried out, and what it became. */
  decision?: DecisionProgress & { workItemId: string | null; rectificationId: string | null; meetingId: string | null };
  /** A meeting: its decisions, carried out and overdue; and its minutes file. */
  meeting?: { decisions: number; done: number; overdue: number; minutes: { fileId: string; fileName: string } | null };
  /** A performance target: met, not met, or not evaluated yet. */
  attainment?: TargetAttainment;
  /** An allocation: paid so far (分). */
  paid?: number;
}

export interface LedgerPage {
  total: number;
  page: number;
  pageSize: number;
  records: LedgerRecordView[];
}

/** An import of a ledger sheet: all or nothing, with every problem by row. */
export interface LedgerImportOutcome {
  kind: LedgerKind;
  fileName: string;
  status: 'committed' | 'refused';
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  warningCount: number;
  problems: RowProblem[];
  /** Why the whole file was refused (unreadable, no data), when that is the reason. */
  message: LocalizedText | null;
}

/** 预算执行: budget against allocation against spend on a date, by year, source, purpose and task. */
export interface BudgetExecutionView {
  asOf: string;
  /** The budget year looked at; null for every year. */
  year: number | null;
  total: ExecutionRow | null;
  byYear: ExecutionRow[];
  bySource: ExecutionRow[];
  byPurpose: ExecutionRow[];
  byTask: ExecutionRow[];
  /** Performance targets of the year: met, not met, pending. */
  targets: { met: number; notMet: number; pending: number };
}

/** What the ledgers hold for one task of the plan: its dossier section. */
export interface TaskLedgers {
  taskNumber: number;
  asOf: string;
  funds: ExecutionRow | null;
  allocations: LedgerRecordView[];
  meetings: LedgerRecordView[];
  decisions: LedgerRecordView[];
  publicity: LedgerRecordView[];
  standards: LedgerRecordView[];
  platforms: LedgerRecordView[];
  /** Training sessions of the training register (shown with publicity on task 21). */
  training: { key: string; title: string; date: string | null; participants: number | null; demo: boolean }[];
}

/** The overview's cards: the year's funds, and its meetings and publicity. */
export interface LedgersOverview {
  year: number;
  asOf: string;
  funds: ExecutionRow | null;
  meetings: { total: number; byKind: Record<string, number>; decisions: number; done: number; overdue: number };
  publicity: { total: number; reach: number; byKind: Record<string, number> };
  demo: boolean;
}

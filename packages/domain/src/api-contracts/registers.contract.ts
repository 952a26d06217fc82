/**
 * 统计监测台账 over HTTP: what /api/registers, /api/imports, /api/addresses and /api/demo answer
 * with. The server's views and repositories build them, the web reads them.
 */
import type { LocalizedText } from '../text/localized-text.js';
import type { ImportKind, RegisterKind } from '../registers/catalog/register-field.js';
import type { LedgerKind } from '../ledgers/catalog/ledger-definition.js';
import type { PopulationFigure } from '../registers/population/population.js';
import type { IsoDate } from '../periods/iso-date.js';

/** 有效 / 审中 / 失效 on a date, from the stored period in force. */
export type PatentStatusAt = 'in-force' | 'pending' | 'ended' | 'never';

/** One record of a register as the list, the drawer and the edit form show it. */
export interface RecordView {
  key: string;
  region: string | null;
  regionName: string | null;
  attribution: 'attributed' | 'excluded' | 'unresolved' | 'none';
  attributionNote: string | null;
  /** Why the record was placed so, in both languages. */
  placement: LocalizedText | null;
  address: string | null;
  category: string | null;
  date: string | null;
  demo: boolean;
  importId: string | null;
  updatedAt: string;
  updatedBy: string;
  /** The record's values as stored (dates ISO, amounts in 分, enum values). */
  document: Record<string, unknown>;
  /** The record as template rows: the cells an export writes and the edit form starts from. */
  cells: Record<string, string>[];
  patent?: {
    grantDate: string | null;
    applicantType: string | null;
    effectiveFrom: string | null;
    effectiveUntil: string | null;
    status: PatentStatusAt;
    /** The end of the period is an export date, not a known lapse day (无权 / 失效 without 失效日): 推定. */
    lapsePresumed: boolean;
  };
}

/** GET /api/registers/:kind — a page of records. */
export interface RecordPage {
  total: number;
  page: number;
  pageSize: number;
  records: RecordView[];
  version: string;
  /** Population only: the county's figure by year, its own row or the sum of its towns. */
  countyTotals?: PopulationFigure[];
}

/** A register with its record count, demo records and unresolved addresses. */
export interface RegisterSummary {
  kind: RegisterKind;
  total: number;
  demo: number;
  unresolved: number;
}

/** GET /api/registers — every register, the key industries (3+X) and the registers' version. */
export interface RegistersOverview {
  registers: RegisterSummary[];
  keyIndustries: string[];
  version: string;
}

/** Something wrong with one row (or the header row) of an uploaded file. */
export interface RowProblem {
  /** The row number the user sees in Excel. */
  row: number;
  /** The column as headed in the file. */
  column?: string;
  /** The offending value as read. */
  value?: string;
  reason: LocalizedText;
  /** An error keeps the row out of the import; a warning lets it in. */
  severity: 'error' | 'warning';
}

/** 'paused': nothing written; the file needs a person's confirmation first (grantGuard), and may be sent again confirmed. */
export type ImportStatus = 'running' | 'committed' | 'refused' | 'paused' | 'failed' | 'removed';

/** What an import did: rows read, records among them, and how each went. */
export interface ImportCounts {
  rowsRead: number;
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  warningCount: number;
}

/** One import as the history lists it: who, when, which file (name and SHA-256), what it did. */
export interface ImportRecord extends ImportCounts {
  importId: string;
  /** A register (or its legal events), or a program ledger's sheet: the history lists both. */
  kind: ImportKind | LedgerKind;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  status: ImportStatus;
  demo: boolean;
  actorId: string | null;
  actorName: string;
  startedAt: string;
  finishedAt: string | null;
  message: LocalizedText | null;
  /** 导出日期: the day the file's statuses describe (patents), as the user confirmed it. */
  exportDate: string | null;
  /** Patents: applications the file shows granted, and those dated lapsed by the export date only (推定). */
  granted: number | null;
  presumedLapses: number | null;
}

/** How one column of a file was read: the header, the field it fills (null: not read), examples from the first rows. */
export interface ColumnReading {
  header: string;
  field: string | null;
  label: LocalizedText | null;
  examples: string[];
}

/**
 * GET /api/presumed-lapses — effective inventions counted in force at a date whose right had
 * ended by an export date on a day the export did not give (无权 / 失效 without 失效日): the
 * stocks at that date are 推定 until a legal-events file gives the days.
 */
export interface PresumedLapses {
  asOf: IsoDate;
  /** Inventions of the county counted in force on asOf that lapsed by an export date at the latest. */
  count: number;
  /** The latest export date those lapses are dated by. */
  until: IsoDate | null;
  /** The indicators whose values at asOf count them. */
  indicators: string[];
}

/** POST /api/imports/preview — what the importer will make of a file, before anything is imported. */
export interface ImportPreview {
  kind: ImportKind;
  /** Patents: the export layout recognised (cnipa, commercial, ipcounty, patentsview). */
  layout: { key: string; name: LocalizedText } | null;
  columns: ColumnReading[];
  /** Required fields no column was found for. */
  missing: LocalizedText[];
  /** The file has statuses that describe its export date (专利权状态, 简单法律状态, 法律状态) and no date column of its own. */
  asksExportDate: boolean;
  rowsSampled: number;
}

/** How far a running import has come. */
export interface ImportProgress {
  phase: 'reading' | 'writing' | 'done';
  rowsRead: number;
  /** Rows expected in the file (its line count), when known. */
  rowsExpected: number | null;
  written: number;
  toWrite: number;
}

/** GET /api/imports/:id — the import, its progress while it runs, then the problems found (the first of them). */
export interface ImportReport {
  import: ImportRecord;
  progress: ImportProgress | null;
  problems: RowProblem[];
  /** Problems in all; the Excel report lists every one. */
  problemsTotal: number;
  /** How each column was read (empty while the import runs, or for imports made before this was recorded). */
  columns: ColumnReading[];
}

/** GET /api/imports — the history, a page at a time, newest first. */
export interface ImportHistory {
  total: number;
  page: number;
  pageSize: number;
  imports: ImportRecord[];
}

/** An address no region of the plan could be found for, with how many records of each register carry it. */
export interface UnresolvedAddressGroup {
  addressKey: string;
  address: string;
  reason: LocalizedText | null;
  records: number;
  registers: Partial<Record<RegisterKind, number>>;
}

/** GET /api/addresses/unresolved — most records first, a page at a time. */
export interface UnresolvedAddresses {
  total: number;
  /** Records carrying any of them. */
  records: number;
  page: number;
  pageSize: number;
  addresses: UnresolvedAddressGroup[];
}

/** 人工指定的地址归属: kept across imports and applied to every record with the address. */
export interface AddressAssignment {
  addressKey: string;
  address: string;
  /** A plan region code, or the `outside` code of the assignments' answer. */
  region: string;
  assignedAt: string;
  assignedBy: string;
}

/** GET /api/addresses/assignments — with the code that means "not in the county". */
export interface AddressAssignments {
  assignments: AddressAssignment[];
  outside: string;
}

/** GET /api/demo — whether 示例数据 is loaded, and how many records of each register. */
export interface DemoStatus {
  present: boolean;
  /** Demo records per register. */
  records: Partial<Record<ImportKind, number>>;
  total: number;
  loadedAt: string | null;
}

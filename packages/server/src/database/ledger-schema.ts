/**
 * The program ledgers' tables (migration 20261207T0900-create-ledgers). `document` is the record
 * as JSON: the values its sheet's fields hold (see domain ledgers/catalog).
 */
export interface LedgerRecordsTable {
  county_id: string;
  kind: string;
  record_id: string;
  /** The natural key (ledgerRecordKey): what a re-import updates by. */
  record_key: string;
  title: string;
  /** Plan region code; null for the county as a whole. */
  region: string | null;
  category: string | null;
  record_date: string | null;
  year: number | null;
  /** The search fields' values joined, lower-cased. */
  search_text: string;
  document: string;
  /** 1 for 示例数据. */
  demo: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface LedgerRecordTasksTable {
  county_id: string;
  kind: string;
  record_id: string;
  task_number: number;
}

export interface LedgerRecordWorkItemsTable {
  county_id: string;
  kind: string;
  record_id: string;
  item_id: string;
}

export interface LedgerFilesTable {
  county_id: string;
  file_id: string;
  kind: string;
  record_id: string;
  region: string | null;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

export interface LedgerDatabase {
  ledger_records: LedgerRecordsTable;
  ledger_record_tasks: LedgerRecordTasksTable;
  ledger_record_work_items: LedgerRecordWorkItemsTable;
  ledger_files: LedgerFilesTable;
}

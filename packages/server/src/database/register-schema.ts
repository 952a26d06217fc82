import type { Generated } from 'kysely';

/**
 * The register tables (migration 20261129T0300-create-registers). Every register table has the
 * same columns; patents add four. `document` is the record as JSON (see registers/register-record.ts).
 */
export interface RegisterTable {
  county_id: string;
  /** The natural key: normalised 申请号, 注册号, 统一社会信用代码… */
  record_key: string;
  /** 1 for 示例数据 (demo data), which `demo remove` deletes. */
  demo: number;
  /** Plan region code the record is attributed to; null when excluded or unresolved. */
  region: string | null;
  attribution: 'attributed' | 'excluded' | 'unresolved' | 'none';
  /** The address the region was resolved from (for patents: the first applicant's or patentee's). */
  address: string | null;
  /** normalizeAddress(address): what manual assignments match on. */
  address_key: string | null;
  /** Why the record is excluded or unresolved, or how it was placed. */
  attribution_note: string | null;
  /** The value of the register's category field (patent type, trademark kind…). */
  category: string | null;
  /** The register's date field, YYYY-MM-DD (a year is its 12-31). */
  event_date: string | null;
  document: string;
  import_id: string | null;
  updated_at: string;
  updated_by: string;
}

export interface PatentRegisterTable extends RegisterTable {
  grant_date: string | null;
  /** The first applicant's type (企业, 大专院校…). */
  applicant_type: string | null;
  /** First day in force; null when never in force (not granted, or void). */
  effective_from: string | null;
  /** First day no longer in force; null while the right has no end. */
  effective_until: string | null;
  // From here: the patent's facts as the statistics engine reads them (domain PatentFact, migration
  // 20261129T0600-store-patent-facts), written with the record; days are day numbers, null for NaN.
  /** The first applicant (first patentee when none): name, credit code, type. */
  party: string | null;
  party_code: string | null;
  party_type: string | null;
  first_grant_day: number | null;
  in_force_from: number | null;
  in_force_until: number | null;
  /** highValueFlags bits and FULLY_INVALIDATED. */
  fact_flags: number | null;
  filing_day: number | null;
  recorded_grant_day: number | null;
  award_day: number | null;
  /** PATENT_FACTS_VERSION the facts were derived under; null before they were first derived. */
  facts_version: number | null;
}

export interface PatentEventsTable {
  county_id: string;
  application_key: string;
  event_date: string;
  category: string;
  raw_name: string;
  code: string | null;
  detail: string | null;
  demo: number;
  import_id: string | null;
}

export interface RegisterImportsTable {
  county_id: string;
  import_id: string;
  kind: string;
  file_name: string;
  sha256: string;
  size_bytes: number;
  status: 'running' | 'committed' | 'refused' | 'paused' | 'failed' | 'removed';
  demo: number;
  actor_id: string | null;
  actor_name: string;
  started_at: string;
  finished_at: Generated<string | null>;
  rows_read: Generated<number>;
  records: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  error_count: Generated<number>;
  warning_count: Generated<number>;
  /** JSON array of RowProblem. */
  problems: string;
  message: Generated<string | null>;
  /** 导出日期 the statuses describe; granted and presumed-lapse counts (patents); JSON array of ColumnReading. */
  export_date: Generated<string | null>;
  granted: Generated<number | null>;
  presumed_lapses: Generated<number | null>;
  column_readings: Generated<string | null>;
}

export interface AddressAssignmentsTable {
  county_id: string;
  address_key: string;
  address: string;
  /** A plan region code, or OUTSIDE_COUNTY. */
  region: string;
  assigned_at: string;
  assigned_by: string;
}

export interface RegisterVersionsTable {
  county_id: string;
  version: number;
  changed_at: string;
}

export interface RegisterSettingsTable {
  county_id: string;
  setting_key: string;
  /** JSON */
  value: string;
  updated_at: string;
  updated_by: string;
}

export interface RegisterDatabase {
  register_patents: PatentRegisterTable;
  register_trademarks: RegisterTable;
  register_geographical_indications: RegisterTable;
  register_copyrights: RegisterTable;
  register_pledges: RegisterTable;
  register_insurance: RegisterTable;
  register_enterprises: RegisterTable;
  register_agencies: RegisterTable;
  register_talent: RegisterTable;
  register_training: RegisterTable;
  register_enforcement: RegisterTable;
  register_awards: RegisterTable;
  register_economy: RegisterTable;
  register_population: RegisterTable;
  register_patent_events: PatentEventsTable;
  register_imports: RegisterImportsTable;
  register_address_assignments: AddressAssignmentsTable;
  register_versions: RegisterVersionsTable;
  register_settings: RegisterSettingsTable;
}

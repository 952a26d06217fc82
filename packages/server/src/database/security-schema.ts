/** Tables of the security controls kept in the database (migration 20261207T0400-add-security-controls). */

/** Request counts per route and client, shared by every server process (ASVS 2.4.1). */
export interface RateLimitWindowsTable {
  county_id: string;
  /** `<method> <route>|<client key>`. */
  bucket: string;
  /** ISO instant the current window began. */
  window_start: string;
  hits: number;
}

/** 访问控制策略: a county's role → permission table as the security administrator edited it (JSON). */
export interface PermissionTablesTable {
  county_id: string;
  document: string;
  updated_at: string;
  updated_by: string;
}

/** From which entry on a county's audit chain is an HMAC, and under which key (its fingerprint). */
export interface AuditChainKeysTable {
  county_id: string;
  /** The first entry written with this key; earlier entries keep the hash they were written with. */
  from_seq: number;
  /** SHA-256 of the key, hex, first 16 characters: names the key without revealing it. */
  key_fingerprint: string;
  recorded_at: string;
}

export interface SecurityDatabase {
  rate_limit_windows: RateLimitWindowsTable;
  permission_tables: PermissionTablesTable;
  audit_chain_keys: AuditChainKeysTable;
}

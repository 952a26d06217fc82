import type { Kysely } from 'kysely';

/**
 * Security controls that must hold across server processes: request-rate windows, the role →
 * permission table the security administrator edits, and where the audit chain's HMAC key begins.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_windows_pk', ['county_id', 'bucket'])
    .execute();

  await db.schema
    .createTable('permission_tables')
    .addColumn('county_id', 'text', (c) => c.primaryKey().references('counties.county_id'))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_chain_keys')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('from_seq', 'bigint', (c) => c.notNull())
    .addColumn('key_fingerprint', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_chain_keys_pk', ['county_id', 'from_seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_chain_keys', 'permission_tables', 'rate_limit_windows']) await db.schema.dropTable(table).execute();
}

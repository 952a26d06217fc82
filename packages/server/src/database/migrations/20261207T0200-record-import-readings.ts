import type { Kysely } from 'kysely';

/**
 * What an import read, kept with it: the export date its statuses describe (导出日期), the
 * applications it showed granted and those dated lapsed by the export date only (推定), and how
 * each column was read (JSON array of ColumnReading). Null on imports made before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('register_imports').addColumn('export_date', 'text').execute();
  await db.schema.alterTable('register_imports').addColumn('granted', 'integer').execute();
  await db.schema.alterTable('register_imports').addColumn('presumed_lapses', 'integer').execute();
  await db.schema.alterTable('register_imports').addColumn('column_readings', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['column_readings', 'presumed_lapses', 'granted', 'export_date']) await db.schema.alterTable('register_imports').dropColumn(column).execute();
}

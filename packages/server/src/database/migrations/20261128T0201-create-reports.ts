import type { Kysely } from 'kysely';

/**
 * 报送轮次 and 进展报告: the rounds the office opens, one report per unit per work item per round,
 * every saved version and every action kept, the evidence files, and the figures that flow into
 * the indicators once the office approves them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reporting_rounds')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('opens', 'text', (c) => c.notNull())
    .addColumn('closes', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reporting_rounds_pk', ['county_id', 'round_id'])
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('work_item_id', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('quality_score', 'double precision')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reports_pk', ['county_id', 'report_id'])
    .addForeignKeyConstraint('reports_round_fk', ['county_id', 'round_id'], 'reporting_rounds', ['county_id', 'round_id'])
    .execute();
  await db.schema.createIndex('reports_round').on('reports').columns(['county_id', 'round_id']).execute();
  await db.schema.createIndex('reports_unit').on('reports').columns(['county_id', 'unit_code']).execute();
  await db.schema.createIndex('reports_region').on('reports').columns(['county_id', 'region_code']).execute();

  await db.schema
    .createTable('report_versions')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_versions_pk', ['county_id', 'report_id', 'version'])
    .addForeignKeyConstraint('report_versions_report_fk', ['county_id', 'report_id'], 'reports', ['county_id', 'report_id'])
    .execute();

  await db.schema
    .createTable('report_events')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer')
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('report_events_pk', ['county_id', 'report_id', 'seq'])
    .addForeignKeyConstraint('report_events_report_fk', ['county_id', 'report_id'], 'reports', ['county_id', 'report_id'])
    .execute();

  await db.schema
    .createTable('report_attachments')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_attachments_pk', ['county_id', 'attachment_id'])
    .addForeignKeyConstraint('report_attachments_report_fk', ['county_id', 'report_id'], 'reports', ['county_id', 'report_id'])
    .execute();
  await db.schema.createIndex('report_attachments_report').on('report_attachments').columns(['county_id', 'report_id']).execute();

  // The statistics side reads this table: approved reported figures, one per report and indicator.
  await db.schema
    .createTable('reported_indicator_values')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('report_version', 'integer', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reported_indicator_values_pk', ['county_id', 'report_id', 'indicator_code'])
    .addForeignKeyConstraint('reported_indicator_values_report_fk', ['county_id', 'report_id'], 'reports', ['county_id', 'report_id'])
    .execute();
  await db.schema
    .createIndex('reported_indicator_values_indicator')
    .on('reported_indicator_values')
    .columns(['county_id', 'indicator_code', 'period_end'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reported_indicator_values').execute();
  await db.schema.dropTable('report_attachments').execute();
  await db.schema.dropTable('report_events').execute();
  await db.schema.dropTable('report_versions').execute();
  await db.schema.dropTable('reports').execute();
  await db.schema.dropTable('reporting_rounds').execute();
}

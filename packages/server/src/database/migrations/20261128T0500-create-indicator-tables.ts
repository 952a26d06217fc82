import type { Kysely } from 'kysely';

/**
 * 统计监测: the office's choices for unconfirmed rules (口径设置), officially reported values
 * (官方发布值) and manually reported ones (人工填报) stored beside the computed estimates, and the
 * materialised month-end series the dashboard reads, with the versions it was computed from.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator_settings')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('overrides', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_settings_pk', ['county_id', 'indicator_key'])
    .execute();

  await db.schema
    .createTable('official_indicator_values')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('value_id', 'text', (c) => c.notNull())
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('decimals', 'integer')
    .addColumn('source_document', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('official_indicator_values_pk', ['county_id', 'value_id'])
    .addUniqueConstraint('official_indicator_values_document', ['county_id', 'indicator_key', 'region', 'as_of', 'source_document'])
    .execute();

  await db.schema
    .createTable('manual_indicator_values')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('value_id', 'text', (c) => c.notNull())
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('evidence_kind', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('manual_indicator_values_pk', ['county_id', 'value_id'])
    .addUniqueConstraint('manual_indicator_values_date', ['county_id', 'indicator_key', 'region', 'as_of'])
    .execute();

  // Bumped in the transaction of every change to the three tables above, so a reader in any
  // process sees in one small query whether the materialised series is still current.
  await db.schema
    .createTable('indicator_input_states')
    .addColumn('county_id', 'text', (c) => c.primaryKey().references('counties.county_id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('indicator_series')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('month_end', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision', (c) => c.notNull())
    .addColumn('denominator', 'double precision')
    .addColumn('month_value', 'double precision')
    .addColumn('month_numerator', 'double precision', (c) => c.notNull())
    .addColumn('month_denominator', 'double precision')
    .addColumn('rule_version', 'text', (c) => c.notNull())
    .addColumn('registers_version', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_series_pk', ['county_id', 'indicator_key', 'region', 'month_end'])
    .execute();

  await db.schema
    .createTable('indicator_series_states')
    .addColumn('county_id', 'text', (c) => c.primaryKey().references('counties.county_id'))
    .addColumn('source_version', 'text', (c) => c.notNull())
    .addColumn('registers_version', 'text', (c) => c.notNull())
    .addColumn('first_month', 'text', (c) => c.notNull())
    .addColumn('last_month', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator_series_states').execute();
  await db.schema.dropTable('indicator_series').execute();
  await db.schema.dropTable('indicator_input_states').execute();
  await db.schema.dropTable('manual_indicator_values').execute();
  await db.schema.dropTable('official_indicator_values').execute();
  await db.schema.dropTable('indicator_settings').execute();
}

import type { Kysely } from 'kysely';

/**
 * 年度工作计划: the year's settings (reporting cycle, assessment scheme), work items with the units
 * that answer for them, and the annual target decomposition.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supervision_years')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('reporting_cycle', 'text', (c) => c.notNull())
    .addColumn('assessment_scheme', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_years_pk', ['county_id', 'year'])
    .execute();

  await db.schema
    .createTable('work_items')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('task_number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead_unit', 'text')
    .addColumn('cooperating_units', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('expected_output', 'text', (c) => c.notNull())
    .addColumn('milestones', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('milestones_completed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_items_pk', ['county_id', 'item_id'])
    .execute();
  await db.schema.createIndex('work_items_year').on('work_items').columns(['county_id', 'year']).execute();

  // One row per responsible unit of an item, so data-scope filters (own unit, own town) are plain joins.
  await db.schema
    .createTable('work_item_units')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addPrimaryKeyConstraint('work_item_units_pk', ['county_id', 'item_id', 'unit_code'])
    .addForeignKeyConstraint('work_item_units_item_fk', ['county_id', 'item_id'], 'work_items', ['county_id', 'item_id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('work_item_units_unit').on('work_item_units').columns(['county_id', 'unit_code']).execute();
  await db.schema.createIndex('work_item_units_region').on('work_item_units').columns(['county_id', 'region_code']).execute();

  await db.schema
    .createTable('annual_indicator_targets')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('county_target', 'double precision', (c) => c.notNull())
    .addColumn('region_targets', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('annual_indicator_targets_pk', ['county_id', 'year', 'indicator_code'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('annual_indicator_targets').execute();
  await db.schema.dropTable('work_item_units').execute();
  await db.schema.dropTable('work_items').execute();
  await db.schema.dropTable('supervision_years').execute();
}

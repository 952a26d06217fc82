import type { Kysely } from 'kysely';

/**
 * 指标监测看板 as computed, kept across restarts: one row per county and date, valid while the
 * county's inputs, rules and day (the snapshot key) are those it was computed from. A cache: the
 * provincial comparison and the first dashboard after a restart read it instead of the registers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator_dashboards')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('snapshot_key', 'text', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_dashboards_pk', ['county_id', 'as_of'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator_dashboards').execute();
}

import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * 统计监测 registers: one table per register, all of the same shape — the natural key (申请号,
 * 注册号, 统一社会信用代码…) after the county, the columns lists filter and sort on, and the record
 * itself as JSON (`document`). Patents add what their list filters by: grant date, first
 * applicant's type, and the period in force (recomputed from the legal events).
 * Also: the patents' legal events, import history, manual address → region assignments, the
 * registers' version (bumped by every change, for the indicator cache) and register settings.
 */
export const registerTables = [
  'register_patents',
  'register_trademarks',
  'register_geographical_indications',
  'register_copyrights',
  'register_pledges',
  'register_insurance',
  'register_enterprises',
  'register_agencies',
  'register_talent',
  'register_training',
  'register_enforcement',
  'register_awards',
  'register_economy',
  'register_population',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
function registerColumns(table: CreateTableBuilder<string, any>): CreateTableBuilder<string, any> {
  return table
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('record_key', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('region', 'text')
    .addColumn('attribution', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('address_key', 'text')
    .addColumn('attribution_note', 'text')
    .addColumn('category', 'text')
    .addColumn('event_date', 'text')
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull());
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see registerColumns
export async function up(db: Kysely<any>): Promise<void> {
  for (const name of registerTables) {
    let table = registerColumns(db.schema.createTable(name));
    if (name === 'register_patents') {
      table = table
        .addColumn('grant_date', 'text')
        .addColumn('applicant_type', 'text')
        .addColumn('effective_from', 'text')
        .addColumn('effective_until', 'text');
    }
    await table.addPrimaryKeyConstraint(`${name}_pk`, ['county_id', 'record_key']).execute();
  }

  await db.schema
    .createTable('register_patent_events')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('application_key', 'text', (c) => c.notNull())
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('raw_name', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('detail', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('import_id', 'text')
    .addPrimaryKeyConstraint('register_patent_events_pk', ['county_id', 'application_key', 'event_date', 'category', 'raw_name'])
    .execute();

  await db.schema
    .createTable('register_imports')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('records', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inserted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warning_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addPrimaryKeyConstraint('register_imports_pk', ['county_id', 'import_id'])
    .execute();
  await db.schema.createIndex('register_imports_started').on('register_imports').columns(['county_id', 'started_at']).execute();

  await db.schema
    .createTable('register_address_assignments')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_address_assignments_pk', ['county_id', 'address_key'])
    .execute();

  await db.schema
    .createTable('register_versions')
    .addColumn('county_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('register_settings')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('setting_key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_settings_pk', ['county_id', 'setting_key'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['register_settings', 'register_versions', 'register_address_assignments', 'register_imports', 'register_patent_events', ...registerTables])
    await db.schema.dropTable(name).execute();
}

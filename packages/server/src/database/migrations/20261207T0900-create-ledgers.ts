import type { Kysely } from 'kysely';

/**
 * 专项工作台账: the program ledgers (funds, meetings and decisions, publicity, standards, platforms).
 * One table holds every sheet's rows, the record as JSON beside the columns lists filter on; the
 * plan tasks and work items a row evidences are rows of their own so a task's dossier is a join.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ledger_records')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('record_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('category', 'text')
    .addColumn('record_date', 'text')
    .addColumn('year', 'integer')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_records_pk', ['county_id', 'kind', 'record_id'])
    .addUniqueConstraint('ledger_records_key', ['county_id', 'kind', 'record_key'])
    .execute();
  await db.schema.createIndex('ledger_records_date').on('ledger_records').columns(['county_id', 'kind', 'record_date']).execute();

  await db.schema
    .createTable('ledger_record_tasks')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('task_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_record_tasks_pk', ['county_id', 'kind', 'record_id', 'task_number'])
    .addForeignKeyConstraint('ledger_record_tasks_record_fk', ['county_id', 'kind', 'record_id'], 'ledger_records', ['county_id', 'kind', 'record_id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('ledger_record_tasks_task').on('ledger_record_tasks').columns(['county_id', 'task_number']).execute();

  await db.schema
    .createTable('ledger_record_work_items')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_record_work_items_pk', ['county_id', 'kind', 'record_id', 'item_id'])
    .addForeignKeyConstraint('ledger_record_work_items_record_fk', ['county_id', 'kind', 'record_id'], 'ledger_records', ['county_id', 'kind', 'record_id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('ledger_record_work_items_item').on('ledger_record_work_items').columns(['county_id', 'item_id']).execute();

  // 会议纪要 and other files a ledger row keeps; the bytes are in the attachment store.
  await db.schema
    .createTable('ledger_files')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_files_pk', ['county_id', 'file_id'])
    .addForeignKeyConstraint('ledger_files_record_fk', ['county_id', 'kind', 'record_id'], 'ledger_records', ['county_id', 'kind', 'record_id'], (fk) => fk.onDelete('cascade'))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ledger_files').execute();
  await db.schema.dropTable('ledger_record_work_items').execute();
  await db.schema.dropTable('ledger_record_tasks').execute();
  await db.schema.dropTable('ledger_records').execute();
}

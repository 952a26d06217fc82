import { sql, type Kysely } from 'kysely';

/** 工作内容: what a work item asks of its units, e.g. the plan task's text when drafted from the plan. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('work_items')
    .addColumn('content', 'text', (c) => c.notNull().defaultTo(sql`''`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('work_items').dropColumn('content').execute();
}

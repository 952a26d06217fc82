import { sql, type Kysely } from 'kysely';

/**
 * 支撑指标: the plan's targets a work item serves (JSON array of indicator codes). Its units answer
 * for those targets' pace; items saved before serve none until the office says which.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('work_items')
    .addColumn('serves_targets', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('work_items').dropColumn('serves_targets').execute();
}

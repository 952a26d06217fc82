import type { Kysely } from 'kysely';

/** The supervision tables whose rows the demo's year of work creates. */
const tables = ['work_items', 'reporting_rounds', 'reports'] as const;

/**
 * 示例数据 in 督查督办: the demo county's work plan for the year, the rounds it opened and the reports
 * its units wrote are flagged, so `demo remove` takes them away and leaves the office's own.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of tables) await db.schema.alterTable(table).addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) await db.schema.alterTable(table).dropColumn('demo').execute();
}

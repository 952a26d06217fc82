import type { Kysely } from 'kysely';

/** The evaluation tables whose rows the demo creates; their children go with them (panel, scores, parts, answers). */
const tables = ['phase_deliverables', 'self_checks', 'rectification_items', 'experts', 'evaluations'] as const;

/**
 * 示例数据 in 评估验收: the demo county's mock acceptance, self-check, rectification items, expert pool
 * and ticked deliverables are flagged, so `demo remove` takes them away with the demo registers and
 * ledgers and leaves the office's own.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of tables) await db.schema.alterTable(table).addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) await db.schema.alterTable(table).dropColumn('demo').execute();
}

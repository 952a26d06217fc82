import type { Kysely } from 'kysely';

/**
 * Why a plan revision was made and how it came in (a plan file, a document read and confirmed, the
 * editor). Revisions made before have neither.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_revisions').addColumn('reason', 'text').execute();
  await db.schema.alterTable('plan_revisions').addColumn('source', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_revisions').dropColumn('source').execute();
  await db.schema.alterTable('plan_revisions').dropColumn('reason').execute();
}

import type { Kysely } from 'kysely';

/** 电子邮箱 of an account: reminders reach a unit's reporters there as well as the contact it names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('email').execute();
}

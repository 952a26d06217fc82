import type { Kysely } from 'kysely';

/**
 * 督办规则 and bilingual reminders: a year's ladder thresholds (JSON, null while the year keeps
 * the last year's or the defaults), the English title and text of each in-app notification (null
 * on notifications made before), and the pace figures behind an indicator's reminder (JSON: the
 * source it was judged on, forecast, target, what is needed per month).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_years').addColumn('ladder_thresholds', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('title_en', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('body_en', 'text').execute();
  await db.schema.alterTable('supervision_reminders').addColumn('pace', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_reminders').dropColumn('pace').execute();
  await db.schema.alterTable('notifications').dropColumn('body_en').execute();
  await db.schema.alterTable('notifications').dropColumn('title_en').execute();
  await db.schema.alterTable('supervision_years').dropColumn('ladder_thresholds').execute();
}

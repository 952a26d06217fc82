import type { Kysely } from 'kysely';

/**
 * A county's English name as its plan gives it (`county.nameEn`), beside its Chinese name, so
 * every list of counties speaks the reader's language; null where the plan gives none (the name
 * is then made from the county code, domain counties/county-name.ts). Filled from each county's
 * plan in force.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('counties').addColumn('name_en', 'text').execute();
  const plans = (await db.selectFrom('plans').select(['county_id', 'document']).execute()) as { county_id: string; document: string }[];
  for (const plan of plans) {
    const nameEn = (JSON.parse(plan.document) as { county?: { nameEn?: unknown } }).county?.nameEn;
    if (typeof nameEn === 'string' && nameEn.trim() !== '') await db.updateTable('counties').set({ name_en: nameEn.trim() }).where('county_id', '=', plan.county_id).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('counties').dropColumn('name_en').execute();
}

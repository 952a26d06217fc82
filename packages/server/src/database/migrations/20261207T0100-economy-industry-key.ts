import { sql, type Kysely } from 'kysely';

/**
 * The economic register keys its records by industry code too (行业增加值 by GB/T 4754 code): a
 * record's key gains an empty last part, so a file imported again matches the records it wrote
 * before instead of adding them a second time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await sql`UPDATE register_economy SET record_key = record_key || '|'`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE register_economy SET record_key = substr(record_key, 1, length(record_key) - 1) WHERE record_key LIKE '%|'`.execute(db);
}

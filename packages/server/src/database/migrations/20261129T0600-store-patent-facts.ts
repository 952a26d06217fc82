import type { Kysely } from 'kysely';

/**
 * What the statistics engine derives from each patent that no setting changes (the domain's
 * PatentFact), stored with the patent: its first party, first grant, period in force (day
 * numbers), fact flags (high-value flags, full invalidation), filing, recorded grant and award
 * days, and the version of the derivation. Written with the patent and recomputed with its legal
 * events in the same transaction; rows of an older version (all rows, right after this
 * migration) are derived again when the engine reads them.
 *
 * One index covers every column the engine reads, so a county's million patents are read from a
 * narrow index in key order rather than row by row from the wide table, which holds the documents.
 */
const factColumns = [
  ['party', 'text'],
  ['party_code', 'text'],
  ['party_type', 'text'],
  ['first_grant_day', 'integer'],
  ['in_force_from', 'integer'],
  ['in_force_until', 'integer'],
  ['fact_flags', 'integer'],
  ['filing_day', 'integer'],
  ['recorded_grant_day', 'integer'],
  ['award_day', 'integer'],
  ['facts_version', 'integer'],
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type] of factColumns) await db.schema.alterTable('register_patents').addColumn(name, type).execute();
  await db.schema
    .createIndex('register_patents_facts')
    .on('register_patents')
    .columns(['county_id', 'record_key', 'region', 'category', ...factColumns.map(([name]) => name)])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('register_patents_facts').execute();
  for (const [name] of factColumns) await db.schema.alterTable('register_patents').dropColumn(name).execute();
}

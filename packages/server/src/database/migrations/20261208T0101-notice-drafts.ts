import type { Kysely } from 'kysely';

/**
 * 督办单草稿: what the ladder drafts for review and signature instead of sending it (a 督办单, and a
 * 催办 where the year's rules say so). The reminder it came from is already in the reminder log, so
 * later runs do not draft it again; the notice and its notifications are made only when it is signed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supervision_notice_drafts')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('draft_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('reminder_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    // The reminder as the ladder found it (JSON), to write the notifications from when signed.
    .addColumn('reminder', 'text', (c) => c.notNull())
    // JSON array of unit codes: the lead unit alone for a 督办单.
    .addColumn('units', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('respond_by', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    // The account id of whoever sent it for signature, who may not also sign it.
    .addColumn('submitted_by_id', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('note', 'text')
    .addColumn('notice_id', 'text')
    .addPrimaryKeyConstraint('supervision_notice_drafts_pk', ['county_id', 'draft_id'])
    .execute();
  await db.schema.createIndex('supervision_notice_drafts_state').on('supervision_notice_drafts').columns(['county_id', 'state']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('supervision_notice_drafts').execute();
}

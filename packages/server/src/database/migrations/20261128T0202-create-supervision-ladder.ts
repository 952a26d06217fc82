import type { Kysely } from 'kysely';

/**
 * 督查督办: who to write to in each unit, the log of reminders sent (which stops repeats), the
 * in-app notifications with their e-mail delivery, the numbered supervision notices (督办单),
 * and the bonus and penalty items of the year's assessment.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('unit_contacts')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('leader_name', 'text', (c) => c.notNull())
    .addColumn('leader_title', 'text', (c) => c.notNull())
    .addColumn('leader_email', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_contacts_pk', ['county_id', 'unit_code'])
    .execute();

  await db.schema
    .createTable('supervision_reminders')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('reminder_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('light', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('days_overdue', 'integer', (c) => c.notNull())
    .addColumn('overdue_rounds', 'integer', (c) => c.notNull())
    .addColumn('units', 'text', (c) => c.notNull())
    .addColumn('run_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_reminders_pk', ['county_id', 'reminder_id'])
    .addUniqueConstraint('supervision_reminders_once', ['county_id', 'subject_id', 'level', 'deadline', 'sent_on'])
    .execute();

  await db.schema
    .createTable('supervision_notices')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('notice_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('reminder_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('respond_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_notices_pk', ['county_id', 'notice_id'])
    .addUniqueConstraint('supervision_notices_number', ['county_id', 'year', 'seq'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('notification_id', 'text', (c) => c.notNull())
    .addColumn('reminder_id', 'text')
    .addColumn('notice_id', 'text')
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('email_to', 'text')
    .addColumn('email_status', 'text', (c) => c.notNull())
    .addColumn('email_attempts', 'integer', (c) => c.notNull())
    .addColumn('email_error', 'text')
    .addColumn('emailed_at', 'text')
    .addPrimaryKeyConstraint('notifications_pk', ['county_id', 'notification_id'])
    .execute();
  await db.schema.createIndex('notifications_unit').on('notifications').columns(['county_id', 'unit_code', 'created_at']).execute();
  await db.schema.createIndex('notifications_email').on('notifications').columns(['county_id', 'email_status']).execute();

  await db.schema
    .createTable('assessment_adjustments')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('adjustment_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_adjustments_pk', ['county_id', 'adjustment_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assessment_adjustments').execute();
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('supervision_notices').execute();
  await db.schema.dropTable('supervision_reminders').execute();
  await db.schema.dropTable('unit_contacts').execute();
}

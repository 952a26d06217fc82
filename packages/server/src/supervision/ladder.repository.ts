import type { DataFilter, PaceFigures, SentReminder, StoredNotice, StoredNotification, StoredReminder, UnitContact } from '@ipcounty/domain';
import type { NotificationsTable, SupervisionNoticesTable, SupervisionRemindersTable, UnitContactsTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';
import { withinScope } from './data-scope.js';

const toContact = (r: UnitContactsTable): UnitContact => ({
  unitCode: r.unit_code,
  contactName: r.contact_name,
  contactEmail: r.contact_email,
  leaderName: r.leader_name,
  leaderTitle: r.leader_title,
  leaderEmail: r.leader_email,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

const toReminder = (r: SupervisionRemindersTable): StoredReminder => ({
  id: r.reminder_id,
  subjectId: r.subject_id,
  subjectKind: r.subject_kind,
  level: r.level,
  light: r.light,
  deadline: r.deadline,
  sentOn: r.sent_on,
  sentAt: r.sent_at,
  title: r.title,
  reason: r.reason,
  daysOverdue: Number(r.days_overdue),
  overdueRounds: Number(r.overdue_rounds),
  units: JSON.parse(r.units) as string[],
  runBy: r.run_by,
  pace: r.pace ? (JSON.parse(r.pace) as PaceFigures) : null,
});

const toNotice = (r: SupervisionNoticesTable): StoredNotice => ({
  id: r.notice_id,
  year: Number(r.year),
  seq: Number(r.seq),
  documentNumber: r.document_number,
  reminderId: r.reminder_id,
  subjectId: r.subject_id,
  unitCode: r.unit_code,
  regionCode: r.region_code,
  title: r.title,
  reason: r.reason,
  deadline: r.deadline,
  respondBy: r.respond_by,
  issuedAt: r.issued_at,
});

const toNotification = (r: NotificationsTable): StoredNotification => ({
  id: r.notification_id,
  reminderId: r.reminder_id,
  noticeId: r.notice_id,
  unitCode: r.unit_code,
  regionCode: r.region_code,
  level: r.level,
  title: r.title,
  body: r.body,
  titleEn: r.title_en,
  bodyEn: r.body_en,
  link: r.link,
  createdAt: r.created_at,
  readAt: r.read_at,
  emailTo: r.email_to,
  emailStatus: r.email_status,
  emailAttempts: Number(r.email_attempts),
  emailError: r.email_error,
  emailedAt: r.emailed_at,
});

/** Every query of the supervision ladder: contacts, the reminder log, 督办单 and notifications. */
export const ladderRepository = {
  async contacts(db: Executor, countyId: string): Promise<UnitContact[]> {
    const rows = await db.selectFrom('unit_contacts').selectAll().where('county_id', '=', countyId).orderBy('unit_code').execute();
    return rows.map(toContact);
  },

  async saveContact(db: Executor, countyId: string, contact: UnitContact): Promise<void> {
    const values = {
      contact_name: contact.contactName,
      contact_email: contact.contactEmail,
      leader_name: contact.leaderName,
      leader_title: contact.leaderTitle,
      leader_email: contact.leaderEmail,
      updated_at: contact.updatedAt,
      updated_by: contact.updatedBy,
    };
    await db
      .insertInto('unit_contacts')
      .values({ county_id: countyId, unit_code: contact.unitCode, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'unit_code']).doUpdateSet(values))
      .execute();
  },

  /** The log that stops repeats, as the domain reads it. */
  async sentLog(db: Executor, countyId: string): Promise<SentReminder[]> {
    const rows = await db.selectFrom('supervision_reminders').select(['subject_id', 'level', 'deadline', 'sent_at']).where('county_id', '=', countyId).execute();
    return rows.map((r) => ({ subjectId: r.subject_id, level: r.level, deadline: r.deadline, sentAt: r.sent_at }));
  },

  /** Insert a reminder unless the same rung for the same deadline was logged that day; true when inserted. */
  async logReminder(db: Executor, countyId: string, reminder: StoredReminder): Promise<boolean> {
    const result = await db
      .insertInto('supervision_reminders')
      .values({
        county_id: countyId,
        reminder_id: reminder.id,
        subject_id: reminder.subjectId,
        subject_kind: reminder.subjectKind,
        level: reminder.level,
        light: reminder.light,
        deadline: reminder.deadline,
        sent_on: reminder.sentOn,
        sent_at: reminder.sentAt,
        title: reminder.title,
        reason: reminder.reason,
        days_overdue: reminder.daysOverdue,
        overdue_rounds: reminder.overdueRounds,
        units: JSON.stringify(reminder.units),
        run_by: reminder.runBy,
        pace: reminder.pace ? JSON.stringify(reminder.pace) : null,
      })
      .onConflict((oc) => oc.columns(['county_id', 'subject_id', 'level', 'deadline', 'sent_on']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  /** The reminder log; outside the office, the reminders that reached one of the user's units. */
  async reminders(db: Executor, countyId: string, filter: DataFilter): Promise<StoredReminder[]> {
    let select = db.selectFrom('supervision_reminders').selectAll().where('county_id', '=', countyId);
    if (filter.kind !== 'all')
      select = select.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('notifications as n')
            .select('n.notification_id')
            .whereRef('n.county_id', '=', 'supervision_reminders.county_id')
            .whereRef('n.reminder_id', '=', 'supervision_reminders.reminder_id')
            .where(withinScope(filter, 'n.unit_code', 'n.region_code')),
        ),
      );
    const rows = await select.orderBy('sent_at', 'desc').orderBy('reminder_id').execute();
    return rows.map(toReminder);
  },

  async nextNoticeSeq(db: Executor, countyId: string, year: number): Promise<number> {
    const row = await db
      .selectFrom('supervision_notices')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('county_id', '=', countyId)
      .where('year', '=', year)
      .executeTakeFirst();
    return Number(row?.seq ?? 0) + 1;
  },

  async insertNotice(db: Executor, countyId: string, notice: StoredNotice): Promise<void> {
    await db
      .insertInto('supervision_notices')
      .values({
        county_id: countyId,
        notice_id: notice.id,
        year: notice.year,
        seq: notice.seq,
        document_number: notice.documentNumber,
        reminder_id: notice.reminderId,
        subject_id: notice.subjectId,
        unit_code: notice.unitCode,
        region_code: notice.regionCode,
        title: notice.title,
        reason: notice.reason,
        deadline: notice.deadline,
        respond_by: notice.respondBy,
        issued_at: notice.issuedAt,
      })
      .execute();
  },

  async notices(db: Executor, countyId: string, filter: DataFilter): Promise<StoredNotice[]> {
    const rows = await db
      .selectFrom('supervision_notices')
      .selectAll()
      .where('county_id', '=', countyId)
      .where(withinScope(filter, 'unit_code', 'region_code'))
      .orderBy('year', 'desc')
      .orderBy('seq', 'desc')
      .execute();
    return rows.map(toNotice);
  },

  async notice(db: Executor, countyId: string, id: string): Promise<StoredNotice | undefined> {
    const row = await db.selectFrom('supervision_notices').selectAll().where('county_id', '=', countyId).where('notice_id', '=', id).executeTakeFirst();
    return row ? toNotice(row) : undefined;
  },

  async insertNotification(db: Executor, countyId: string, n: StoredNotification): Promise<void> {
    await db
      .insertInto('notifications')
      .values({
        county_id: countyId,
        notification_id: n.id,
        reminder_id: n.reminderId,
        notice_id: n.noticeId,
        unit_code: n.unitCode,
        region_code: n.regionCode,
        level: n.level,
        title: n.title,
        body: n.body,
        title_en: n.titleEn,
        body_en: n.bodyEn,
        link: n.link,
        created_at: n.createdAt,
        read_at: n.readAt,
        email_to: n.emailTo,
        email_status: n.emailStatus,
        email_attempts: n.emailAttempts,
        email_error: n.emailError,
        emailed_at: n.emailedAt,
      })
      .execute();
  },

  async notifications(db: Executor, countyId: string, filter: DataFilter, options: { unreadOnly?: boolean; limit?: number } = {}): Promise<StoredNotification[]> {
    let select = db
      .selectFrom('notifications')
      .selectAll()
      .where('county_id', '=', countyId)
      .where(withinScope(filter, 'unit_code', 'region_code'));
    if (options.unreadOnly) select = select.where('read_at', 'is', null);
    const rows = await select.orderBy('created_at', 'desc').orderBy('notification_id').limit(options.limit ?? 200).execute();
    return rows.map(toNotification);
  },

  async notification(db: Executor, countyId: string, id: string): Promise<StoredNotification | undefined> {
    const row = await db.selectFrom('notifications').selectAll().where('county_id', '=', countyId).where('notification_id', '=', id).executeTakeFirst();
    return row ? toNotification(row) : undefined;
  },

  async markRead(db: Executor, countyId: string, id: string, at: string): Promise<void> {
    await db.updateTable('notifications').set({ read_at: at }).where('county_id', '=', countyId).where('notification_id', '=', id).where('read_at', 'is', null).execute();
  },

  /** E-mails waiting to go out (new, or failed fewer than `maxAttempts` times). */
  async pendingEmails(db: Executor, countyId: string, maxAttempts: number): Promise<StoredNotification[]> {
    const rows = await db
      .selectFrom('notifications')
      .selectAll()
      .where('county_id', '=', countyId)
      .where((eb) => eb.or([eb('email_status', '=', 'pending'), eb.and([eb('email_status', '=', 'failed'), eb('email_attempts', '<', maxAttempts)])]))
      .orderBy('created_at')
      .orderBy('notification_id')
      .execute();
    return rows.map(toNotification);
  },

  /** Take an e-mail for sending; false when another run took it first. */
  async claimEmail(db: Executor, countyId: string, id: string, from: NotificationsTable['email_status']): Promise<boolean> {
    const result = await db
      .updateTable('notifications')
      .set((eb) => ({ email_status: 'sending', email_attempts: eb('email_attempts', '+', 1) }))
      .where('county_id', '=', countyId)
      .where('notification_id', '=', id)
      .where('email_status', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async emailDone(db: Executor, countyId: string, id: string, outcome: { status: 'sent' | 'failed'; at: string; error?: string }): Promise<void> {
    await db
      .updateTable('notifications')
      .set({ email_status: outcome.status, email_error: outcome.error ?? null, ...(outcome.status === 'sent' ? { emailed_at: outcome.at } : {}) })
      .where('county_id', '=', countyId)
      .where('notification_id', '=', id)
      .execute();
  },
};

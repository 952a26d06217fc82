import { randomUUID } from 'node:crypto';
import type { Plan, Reminder, StoredNotice, StoredNotification } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { evaluationReminderPath } from '../../evaluation/ladder-watch.js';
import { regionOfUnit } from '../data-scope.js';
import { ladderRepository } from '../ladder.repository.js';
import { recipientsOf } from './evaluate-ladder.js';
import { reminderMessage } from './reminder-message.js';
import { emailsFor, type UnitAddresses } from './unit-addresses.js';

export interface NotifyUnitsProps {
  plan: Plan;
  reminder: Reminder;
  reminderId: string;
  /** The 督办单 the notifications carry, once signed. */
  notice?: StoredNotice;
  /** The units it goes to; the reminder's own recipients when absent (a draft's reviewed recipient). */
  units?: readonly string[];
  /** The situation as the office worded it on the notice. */
  situation?: string;
  addresses: ReadonlyMap<string, UnitAddresses>;
  /** False when no SMTP relay is configured: the notifications stay in the app. */
  mailer: boolean;
  now: string;
}

/** Where a notification takes the unit: the notice, the rectification item, the report or the workspace. */
function linkOf(reminder: Reminder, notice: StoredNotice | undefined): string {
  if (notice) return `/supervision/notices/${notice.id}`;
  return (
    evaluationReminderPath(reminder.subjectId) ??
    (reminder.kind === 'report' ? `/supervision/reports/${encodeURIComponent(reminder.subjectId.slice('report:'.length))}` : '/supervision')
  );
}

/**
 * Write one in-app notification per recipient unit, in Chinese and English, with the e-mail it is to
 * get (sent afterwards from the outbox). Returns the units it reached and how many had no address.
 */
export async function notifyUnits(tx: Executor, countyId: string, props: NotifyUnitsProps): Promise<{ units: string[]; noAddress: number; notConfigured: number }> {
  const { plan, reminder, notice } = props;
  const units = props.units ? [...props.units] : recipientsOf(reminder);
  const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
  const indicatorUnit = reminder.kind === 'indicator' ? plan.targetGroups.flatMap((g) => g.indicators).find((i) => `indicator:${i.code}` === reminder.subjectId)?.unit : undefined;
  const counts = { noAddress: 0, notConfigured: 0 };
  for (const unitCode of units) {
    const message = reminderMessage(reminder, {
      unitName: unitName(unitCode),
      ...(indicatorUnit ? { indicatorUnit } : {}),
      ...(notice ? { noticeNumber: notice.documentNumber } : {}),
      ...(props.situation ? { situation: props.situation } : {}),
    });
    const emails = emailsFor(props.addresses.get(unitCode), reminder.level === 'supervise');
    const notification: StoredNotification = {
      id: randomUUID(),
      reminderId: props.reminderId,
      noticeId: notice?.id ?? null,
      unitCode,
      regionCode: regionOfUnit(plan, unitCode),
      level: reminder.level,
      title: message.title,
      body: message.body,
      titleEn: message.titleEn,
      bodyEn: message.bodyEn,
      link: linkOf(reminder, notice),
      createdAt: props.now,
      readAt: null,
      emailTo: emails.length ? emails.join(', ') : null,
      emailStatus: !props.mailer ? 'not-configured' : emails.length ? 'pending' : 'no-address',
      emailAttempts: 0,
      emailError: null,
      emailedAt: null,
    };
    await ladderRepository.insertNotification(tx, countyId, notification);
    if (notification.emailStatus === 'no-address') counts.noAddress++;
    if (notification.emailStatus === 'not-configured') counts.notConfigured++;
  }
  return { units, ...counts };
}

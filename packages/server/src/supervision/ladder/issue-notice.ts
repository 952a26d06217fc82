import { randomUUID } from 'node:crypto';
import { addDays, shanghaiDate, type Plan, type Reminder, type StoredNotice } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { regionOfUnit } from '../data-scope.js';
import { ladderRepository } from '../ladder.repository.js';
import { notifyUnits } from './notify-units.js';
import type { UnitAddresses } from './unit-addresses.js';

/** A 督办单 asks for a written answer within this many days of its issue, unless the office sets another date. */
export const NOTICE_RESPONSE_DAYS = 5;

/** 文号 of a 督办单: the county's first character, 知督, the year and the number (金知督〔2026〕3号). */
export function noticeNumber(plan: Pick<Plan, 'county'>, year: number, seq: number): string {
  return `${[...plan.county.name][0] ?? ''}知督〔${year}〕${seq}号`;
}

export interface SendRungProps {
  plan: Plan;
  reminder: Reminder;
  reminderId: string;
  /** The units it goes to: the reminder's own recipients unless the office changed them on review. */
  units: readonly string[];
  /** For a 督办单: the situation as worded, and the feedback date. */
  reason: string;
  respondBy?: string;
  addresses: ReadonlyMap<string, UnitAddresses>;
  mailer: boolean;
  now: string;
}

/**
 * Send one rung: a 督办单 gets the next 文号 of the year of its issue and is addressed to one unit;
 * every rung becomes in-app notifications (and e-mails in the outbox) to its units. The number is
 * taken inside the caller's transaction, so two signatures at once cannot share it (the notices'
 * unique key on county, year and number refuses the second).
 */
export async function sendRung(tx: Executor, countyId: string, props: SendRungProps) {
  const { plan, reminder, now } = props;
  let notice: StoredNotice | undefined;
  if (reminder.level === 'supervise') {
    const issuedOn = shanghaiDate(now);
    const year = Number(issuedOn.slice(0, 4));
    const seq = await ladderRepository.nextNoticeSeq(tx, countyId, year);
    const unitCode = props.units[0]!;
    notice = {
      id: randomUUID(),
      year,
      seq,
      documentNumber: noticeNumber(plan, year, seq),
      reminderId: props.reminderId,
      subjectId: reminder.subjectId,
      unitCode,
      regionCode: regionOfUnit(plan, unitCode),
      title: reminder.title,
      reason: props.reason,
      deadline: reminder.deadline,
      respondBy: props.respondBy ?? addDays(issuedOn, NOTICE_RESPONSE_DAYS),
      issuedAt: now,
    };
    await ladderRepository.insertNotice(tx, countyId, notice);
  }
  const delivered = await notifyUnits(tx, countyId, {
    plan,
    reminder,
    reminderId: props.reminderId,
    units: props.units,
    ...(notice ? { notice, situation: props.reason } : {}),
    addresses: props.addresses,
    mailer: props.mailer,
    now,
  });
  return { notice, ...delivered };
}

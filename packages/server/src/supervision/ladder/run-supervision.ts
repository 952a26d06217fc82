import { randomUUID } from 'node:crypto';
import {
  escalationPolicyOf,
  ladderSubjects,
  paceFigures,
  remindersDue,
  shanghaiDate,
  addDays,
  yearOf,
  type Plan,
  type Reminder,
  type RunSummary,
  type StoredNotice,
  type StoredNotification,
  type UnitContact,
} from '@ipcounty/domain';
import type { AuditActor } from '../../audit/audit-actor.js';
import { inWriteTransaction } from '../../database/transactions.js';
import { evaluationLadderSubjects, evaluationReminderPath } from '../../evaluation/ladder-watch.js';
import { AppError } from '../../shared/app-error.js';
import { regionOfUnit } from '../data-scope.js';
import { reportRepository } from '../report.repository.js';
import { auditChange, planOf, type SupervisionContext } from '../supervision-context.js';
import { statisticsForecasts } from '../statistics-forecasts.js';
import { workPlanRepository } from '../work-plan.repository.js';
import { yearSettingsRepository } from '../year-settings.repository.js';
import { ladderRepository } from '../ladder.repository.js';
import { mailerFromConfig } from './mailer.js';
import { reminderEmail, reminderMessage, situationZh } from './reminder-message.js';

/** A 督办单 asks for a written answer within this many days. */
const NOTICE_RESPONSE_DAYS = 5;
/** An e-mail that failed is tried again on later runs, this many times in all. */
const MAX_EMAIL_ATTEMPTS = 3;

export interface RunSupervisionProps {
  ctx: SupervisionContext;
  countyId: string;
  actor: AuditActor;
  /** The instant the ladder is evaluated at; the clock's now when absent. */
  asOf?: string;
}

/**
 * The instant of an `--as-of` value: a date means the end of that day in Shanghai (so the day's
 * submissions count and its deadlines have not yet passed); an instant with an offset is taken as given.
 */
export function asOfInstant(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T23:59:59.999+08:00`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new AppError(400, 'invalid_as_of', `“${value}”不是日期（YYYY-MM-DD）或带时区的时刻 / "${value}" is not a date (YYYY-MM-DD) or an instant with an offset`);
  return value;
}

/** 文号 of a 督办单: the county's first character, 知督, the year and the number (金知督〔2026〕3号). */
export function noticeNumber(plan: Pick<Plan, 'county'>, year: number, seq: number): string {
  return `${[...plan.county.name][0] ?? ''}知督〔${year}〕${seq}号`;
}

/**
 * 督查督办: evaluate the ladder (提醒 → 催办 → 督办) at an instant and send what is due — in-app
 * notifications to each unit (in Chinese and English), e-mails to the units' contacts (both
 * languages, Chinese first), and a numbered 督办单 to the lead unit's leader. The rungs follow the
 * 督办规则 of the instant's year; indicators are judged on the statistics forecast where the engine
 * has one, else on the trend of reported figures. Idempotent: the reminder log holds every rung
 * sent for every deadline, so a second run (the same day or any later one) sends nothing already
 * sent; e-mails that failed are retried on the next run. Two runs at once cannot double a
 * reminder: the log's unique key (subject, rung, deadline, day) lets only one of them record it.
 */
export async function runSupervision({ ctx, countyId, actor, asOf }: RunSupervisionProps): Promise<RunSummary> {
  const now = asOf ?? ctx.clock.now().toISOString();
  const mailer = mailerFromConfig(ctx.config);
  await planOf(ctx.handle.db, countyId);
  // Read before the transaction: the indicator service may first refresh its series in one of its own.
  const forecasts = await statisticsForecasts(ctx, countyId, now);

  const sent = await inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const { thresholds } = await yearSettingsRepository.ladder(tx, countyId, yearOf(shanghaiDate(now)));
    const all = { kind: 'all' } as const;
    const items = await workPlanRepository.items(tx, countyId, all);
    const rounds = await reportRepository.rounds(tx, countyId);
    const reports = await reportRepository.withHistory(tx, countyId, all);
    const subjects = ladderSubjects({
      plan,
      items,
      progress: new Map(items.map((i) => [i.id, i.progress])),
      rounds,
      reports,
      reportedValues: await reportRepository.approvedValues(tx, countyId, all),
      targets: await workPlanRepository.targets(tx, countyId),
      forecasts,
      now,
    });
    subjects.push(...(await evaluationLadderSubjects(tx, countyId, now)));
    const due = remindersDue(subjects, now, await ladderRepository.sentLog(tx, countyId), escalationPolicyOf(thresholds));
    const contacts = new Map((await ladderRepository.contacts(tx, countyId)).map((c) => [c.unitCode, c]));
    const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
    const indicatorUnit = (reminder: Reminder) =>
      reminder.kind === 'indicator' ? plan.targetGroups.flatMap((g) => g.indicators).find((i) => `indicator:${i.code}` === reminder.subjectId)?.unit : undefined;
    const sentOn = shanghaiDate(now);
    const result: RunSummary['sent'] = [];
    const undeliverable = { noAddress: 0, notConfigured: 0 };

    for (const reminder of due) {
      const reminderId = randomUUID();
      const logged = await ladderRepository.logReminder(tx, countyId, {
        id: reminderId,
        subjectId: reminder.subjectId,
        subjectKind: reminder.kind,
        level: reminder.level,
        light: reminder.light,
        deadline: reminder.deadline,
        sentOn,
        sentAt: now,
        title: reminder.title,
        reason: reminder.reason,
        daysOverdue: reminder.daysOverdue,
        overdueRounds: reminder.overdueRounds,
        units: reminder.to,
        runBy: actor.name,
        pace: reminder.pace ? paceFigures(reminder.pace) : null,
      });
      if (!logged) continue;

      let notice: StoredNotice | undefined;
      if (reminder.level === 'supervise') {
        const year = Number(sentOn.slice(0, 4));
        const seq = await ladderRepository.nextNoticeSeq(tx, countyId, year);
        notice = {
          id: randomUUID(),
          year,
          seq,
          documentNumber: noticeNumber(plan, year, seq),
          reminderId,
          subjectId: reminder.subjectId,
          unitCode: reminder.to[0]!,
          regionCode: regionOfUnit(plan, reminder.to[0]!),
          title: reminder.title,
          reason: situationZh(reminder, indicatorUnit(reminder)),
          deadline: reminder.deadline,
          respondBy: addDays(sentOn, NOTICE_RESPONSE_DAYS),
          issuedAt: now,
        };
        await ladderRepository.insertNotice(tx, countyId, notice);
      }

      // A 督办单 is addressed to the lead unit's leader; 提醒 and 催办 to every responsible unit.
      const recipients = reminder.level === 'supervise' ? [reminder.to[0]!] : reminder.to;
      for (const unitCode of recipients) {
        const path = notice
          ? `/supervision/notices/${notice.id}`
          : evaluationReminderPath(reminder.subjectId) ?? (reminder.kind === 'report'
            ? `/supervision/reports/${encodeURIComponent(reminder.subjectId.slice('report:'.length))}`
            : '/supervision');
        const unit = indicatorUnit(reminder);
        const message = reminderMessage(reminder, { unitName: unitName(unitCode), ...(unit ? { indicatorUnit: unit } : {}), ...(notice ? { noticeNumber: notice.documentNumber } : {}) });
        const email = emailOf(contacts.get(unitCode), reminder.level === 'supervise');
        const notification: StoredNotification = {
          id: randomUUID(),
          reminderId,
          noticeId: notice?.id ?? null,
          unitCode,
          regionCode: regionOfUnit(plan, unitCode),
          level: reminder.level,
          title: message.title,
          body: message.body,
          titleEn: message.titleEn,
          bodyEn: message.bodyEn,
          link: path,
          createdAt: now,
          readAt: null,
          emailTo: email,
          emailStatus: !mailer ? 'not-configured' : email ? 'pending' : 'no-address',
          emailAttempts: 0,
          emailError: null,
          emailedAt: null,
        };
        await ladderRepository.insertNotification(tx, countyId, notification);
        if (notification.emailStatus === 'no-address') undeliverable.noAddress++;
        if (notification.emailStatus === 'not-configured') undeliverable.notConfigured++;
      }
      result.push({ subjectId: reminder.subjectId, level: reminder.level, title: reminder.title, units: recipients, ...(notice ? { notice: notice.documentNumber } : {}) });
    }

    if (result.length)
      await auditChange(tx, ctx, countyId, actor, {
        action: 'supervision.run',
        entity: 'supervision',
        entityId: sentOn,
        details: { asOf: now, sent: result.map((r) => ({ subject: r.subjectId, level: r.level, units: r.units, ...(r.notice ? { notice: r.notice } : {}) })) },
      });
    return {
      sent: result,
      undeliverable,
      subjects: {
        workItems: subjects.filter((s) => s.kind === 'work-item').length,
        reports: subjects.filter((s) => s.kind === 'report').length,
        indicators: subjects.filter((s) => s.kind === 'indicator').length,
      },
    };
  });

  const emails = { ...(await deliverEmails(ctx, countyId, mailer)), ...sent.undeliverable };
  mailer?.close();
  return { asOf: now, subjects: sent.subjects, sent: sent.sent, emails };
}

function emailOf(contact: UnitContact | undefined, toLeader: boolean): string | null {
  const address = toLeader ? contact?.leaderEmail || contact?.contactEmail : contact?.contactEmail;
  return address?.trim() ? address.trim() : null;
}

/** Send the e-mails waiting in the outbox, each claimed first so two runs never send one twice. */
async function deliverEmails(
  ctx: SupervisionContext,
  countyId: string,
  mailer: ReturnType<typeof mailerFromConfig>,
): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  if (!mailer) return counts;
  const db = ctx.handle.db;
  for (const n of await ladderRepository.pendingEmails(db, countyId, MAX_EMAIL_ATTEMPTS)) {
    if (!n.emailTo || !(await ladderRepository.claimEmail(db, countyId, n.id, n.emailStatus))) continue;
    try {
      await mailer.send({ to: n.emailTo, ...reminderEmail(n, ctx.config.PUBLIC_URL) });
      await ladderRepository.emailDone(db, countyId, n.id, { status: 'sent', at: ctx.clock.now().toISOString() });
      counts.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await ladderRepository.emailDone(db, countyId, n.id, { status: 'failed', at: ctx.clock.now().toISOString(), error: message.slice(0, 500) });
      counts.failed++;
    }
  }
  return counts;
}

import { randomUUID } from 'node:crypto';
import { addDays, needsApproval, paceFigures, shanghaiDate, type RunSummary } from '@ipcounty/domain';
import type { AuditActor } from '../../audit/audit-actor.js';
import { inWriteTransaction } from '../../database/transactions.js';
import { AppError } from '../../common/app-error.js';
import { regionOfUnit } from '../data-scope.js';
import { ladderRepository } from '../ladder.repository.js';
import { noticeDraftRepository } from '../notice-draft.repository.js';
import { statisticsForecasts } from '../statistics-forecasts.js';
import { auditChange, planOf, type SupervisionContext } from '../supervision-context.js';
import { deliverEmails } from './deliver-emails.js';
import { evaluateLadder, recipientsOf } from './evaluate-ladder.js';
import { NOTICE_RESPONSE_DAYS, sendRung } from './issue-notice.js';
import { mailerFromConfig } from './mailer.js';
import { situationZh } from './reminder-message.js';
import { unitAddresses } from './unit-addresses.js';

export { noticeNumber } from './issue-notice.js';

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
    throw new AppError(400, 'invalid_as_of', `"${value}" is not a date (YYYY-MM-DD) or an instant with an offset`, undefined, { value });
  return value;
}

/**
 * 督查督办: evaluate the ladder (提醒 → 催办 → 督办) at an instant and act on what is due. A rung the
 * year's 督办规则 hold for approval (a 督办单 by default) is only drafted, for the office to review
 * and the head of the office to sign (see notice-drafts); the others go out at once as in-app
 * notifications to each unit (Chinese and English) and e-mails to the unit's contact and reporters.
 * The same function serves the button, the scheduled run and the command line. Idempotent: the
 * reminder log holds every rung sent or drafted for every deadline, so a second run sends nothing
 * already sent; e-mails that failed are retried on the next run. Two runs at once cannot double a
 * reminder: the log's unique key (subject, rung, deadline, day) lets only one of them record it.
 */
export async function runSupervision({ ctx, countyId, actor, asOf }: RunSupervisionProps): Promise<RunSummary> {
  const now = asOf ?? ctx.clock.now().toISOString();
  const mailer = mailerFromConfig(ctx.config);
  await planOf(ctx.handle.db, countyId);
  // Read before the transaction: the indicator service may first refresh its series in one of its own.
  const forecasts = await statisticsForecasts(ctx, countyId, now);

  const outcome = await inWriteTransaction(ctx.handle, async (tx) => {
    const { plan, thresholds, subjects, due } = await evaluateLadder(tx, countyId, now, forecasts);
    const addresses = await unitAddresses(tx, countyId, plan);
    const indicatorUnit = (subjectId: string) => plan.targetGroups.flatMap((g) => g.indicators).find((i) => `indicator:${i.code}` === subjectId)?.unit;
    const sentOn = shanghaiDate(now);
    const sent: RunSummary['sent'] = [];
    const drafted: RunSummary['drafted'] = [];
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
      const units = recipientsOf(reminder);
      const reason = situationZh(reminder, indicatorUnit(reminder.subjectId));

      if (needsApproval(reminder.level, thresholds.approvalLevels)) {
        const draftId = randomUUID();
        await noticeDraftRepository.insert(
          tx,
          countyId,
          {
            id: draftId,
            level: reminder.level,
            reminderId,
            reminder,
            subjectId: reminder.subjectId,
            units,
            regionCode: regionOfUnit(plan, units[0]!),
            title: reminder.title,
            reason,
            deadline: reminder.deadline,
            respondBy: addDays(sentOn, NOTICE_RESPONSE_DAYS),
            state: 'draft',
            createdAt: now,
            updatedAt: now,
            updatedBy: actor.name,
            submittedAt: null,
            submittedBy: null,
            submittedById: null,
            decidedAt: null,
            decidedBy: null,
            note: null,
            noticeId: null,
            documentNumber: null,
          },
          actor.name,
        );
        drafted.push({ draftId, subjectId: reminder.subjectId, level: reminder.level, title: reminder.title, units });
        continue;
      }

      const result = await sendRung(tx, countyId, { plan, reminder, reminderId, units, reason, addresses, mailer: mailer !== null, now });
      undeliverable.noAddress += result.noAddress;
      undeliverable.notConfigured += result.notConfigured;
      sent.push({ subjectId: reminder.subjectId, level: reminder.level, title: reminder.title, units, ...(result.notice ? { notice: result.notice.documentNumber } : {}) });
    }

    if (sent.length || drafted.length)
      await auditChange(tx, ctx, countyId, actor, {
        action: 'supervision.run',
        entity: 'supervision',
        entityId: sentOn,
        details: {
          asOf: now,
          sent: sent.map((r) => ({ subject: r.subjectId, level: r.level, units: r.units, ...(r.notice ? { notice: r.notice } : {}) })),
          drafted: drafted.map((d) => ({ subject: d.subjectId, level: d.level, units: d.units, draft: d.draftId })),
        },
      });
    return {
      sent,
      drafted,
      undeliverable,
      subjects: {
        workItems: subjects.filter((s) => s.kind === 'work-item').length,
        reports: subjects.filter((s) => s.kind === 'report').length,
        indicators: subjects.filter((s) => s.kind === 'indicator').length,
      },
    };
  });

  const emails = { ...(await deliverEmails(ctx, countyId, mailer)), ...outcome.undeliverable };
  mailer?.close();
  return { asOf: now, subjects: outcome.subjects, sent: outcome.sent, drafted: outcome.drafted, emails };
}

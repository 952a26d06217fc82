import { escalationPolicyOf, ladderSubjects, remindersDue, shanghaiDate, yearOf, type IndicatorForecast, type LadderThresholds, type Plan, type Reminder, type SupervisedSubject } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { evaluationLadderSubjects } from '../../evaluation/ladder-watch.js';
import { ladderRepository } from '../ladder.repository.js';
import { reportRepository } from '../report.repository.js';
import { planOf } from '../supervision-context.js';
import { workPlanRepository } from '../work-plan.repository.js';
import { yearSettingsRepository } from '../year-settings.repository.js';

export interface LadderEvaluation {
  plan: Plan;
  thresholds: LadderThresholds;
  subjects: SupervisedSubject[];
  /** What is due now and not yet sent (nor drafted) for its deadline, 督办 first. */
  due: Reminder[];
}

/**
 * What the ladder finds at an instant: every subject it watches (work items, reports, indicators,
 * rectification items, unanswered 督办单) and the rungs due on them under the year's 督办规则. The
 * run sends or drafts these; the preview only shows them. Reads only.
 */
export async function evaluateLadder(db: Executor, countyId: string, now: string, forecasts: readonly IndicatorForecast[]): Promise<LadderEvaluation> {
  const plan = await planOf(db, countyId);
  const { thresholds } = await yearSettingsRepository.ladder(db, countyId, yearOf(shanghaiDate(now)));
  const all = { kind: 'all' } as const;
  const items = await workPlanRepository.items(db, countyId, all);
  const subjects = ladderSubjects({
    plan,
    items,
    progress: new Map(items.map((i) => [i.id, i.progress])),
    rounds: await reportRepository.rounds(db, countyId),
    reports: await reportRepository.withHistory(db, countyId, all),
    reportedValues: await reportRepository.approvedValues(db, countyId, all),
    targets: await workPlanRepository.targets(db, countyId),
    forecasts: [...forecasts],
    now,
  });
  subjects.push(...(await evaluationLadderSubjects(db, countyId, now)));
  const due = remindersDue(subjects, now, await ladderRepository.sentLog(db, countyId), escalationPolicyOf(thresholds));
  return { plan, thresholds, subjects, due };
}

/** A 督办单 is addressed to the lead unit's leader; 提醒 and 催办 to every responsible unit. */
export function recipientsOf(reminder: Pick<Reminder, 'level' | 'to'>): string[] {
  return reminder.level === 'supervise' ? [reminder.to[0]!] : reminder.to;
}

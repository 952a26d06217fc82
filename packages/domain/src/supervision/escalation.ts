import type { DeadlineSubject, Light } from './deadline-light.js';
import { defaultLadderThresholds, type LadderThresholds } from './ladder-thresholds.js';
import type { ReportingRound } from './reporting-round.js';
import { isPastDeadline } from '../periods/shanghai-calendar.js';

/**
 * The supervision ladder (督办层级), mildest first:
 * - reminder 提醒: the deadline is near (yellow), an indicator is behind its pace, or the subject
 *   is overdue by fewer than `urgeAfterDaysOverdue` days;
 * - urge 催办: overdue from the `urgeAfterDaysOverdue`th day (red), or an indicator at risk;
 * - supervise 督办: a formal supervision notice (督办单) to the lead unit's leader, once the
 *   subject has been overdue in `superviseAfterOverdueRounds` reporting rounds or for
 *   `superviseAfterDaysOverdue` days, whichever comes first.
 * The thresholds are the year's 督办规则 (LadderThresholds).
 */
export const escalationLevels = ['reminder', 'urge', 'supervise'] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

export interface EscalationPolicy extends LadderThresholds {
  /**
   * Send a level again after this many days while it still applies. Absent: once per deadline
   * (a new deadline, e.g. after an approved extension, starts the ladder again).
   */
  repeatEveryDays: Partial<Record<EscalationLevel, number>>;
}

export const defaultEscalationPolicy: EscalationPolicy = { ...defaultLadderThresholds, repeatEveryDays: {} };

/** The policy of a year's 督办规则: once per rung and deadline. */
export function escalationPolicyOf(thresholds: LadderThresholds): EscalationPolicy {
  return { ...thresholds, repeatEveryDays: {} };
}

export function escalationRank(level: EscalationLevel): number {
  return escalationLevels.indexOf(level);
}

/**
 * The rung a subject stands on; null when green. A red subject with no days overdue is an
 * indicator at risk before its deadline: it is urged at once, as there is no deadline to wait for.
 */
export function escalationLevel(
  light: Light,
  daysOverdue: number,
  overdueRounds: number,
  thresholds: LadderThresholds = defaultLadderThresholds,
): EscalationLevel | null {
  if (light === 'green') return null;
  if (light === 'yellow') return 'reminder';
  if (overdueRounds >= thresholds.superviseAfterOverdueRounds || daysOverdue >= thresholds.superviseAfterDaysOverdue)
    return 'supervise';
  if (daysOverdue === 0 || daysOverdue >= thresholds.urgeAfterDaysOverdue) return 'urge';
  return 'reminder';
}

/**
 * The reporting rounds that closed (by `now`) with the subject overdue and not done: its deadline
 * had passed by the round's closing date and it was not completed by then. This is the "overdue
 * history" the ladder counts.
 */
export function overdueRounds(subject: DeadlineSubject, rounds: readonly ReportingRound[], now: string): string[] {
  return rounds
    .filter(
      (round) =>
        isPastDeadline(now, round.closes) &&
        subject.deadline < round.closes &&
        !(subject.completedOn !== undefined && subject.completedOn <= round.closes),
    )
    .map((round) => round.id);
}

import { DEFAULT_YELLOW_WITHIN_DAYS, type DeadlineSubject, type Light } from './deadline-light.js';
import type { ReportingRound } from './reporting-round.js';
import { isPastDeadline } from './shanghai-calendar.js';

/**
 * The supervision ladder (督办层级), mildest first:
 * - reminder 提醒: the deadline is near (yellow) or an indicator is behind its pace;
 * - urge 催办: overdue (red) or an indicator at risk;
 * - supervise 督办: a formal supervision notice (督办单) to the lead unit's leader, once the
 *   subject has been overdue in `superviseAfterOverdueRounds` reporting rounds or for
 *   `superviseAfterDaysOverdue` days, whichever comes first.
 */
export const escalationLevels = ['reminder', 'urge', 'supervise'] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

export interface EscalationPolicy {
  /** Yellow from this many days before a deadline (default 7). */
  yellowWithinDays: number;
  /** 督办 on the Nth reporting round in which the subject is overdue (default 2). */
  superviseAfterOverdueRounds: number;
  /** 督办 after this many days overdue (default 30). */
  superviseAfterDaysOverdue: number;
  /**
   * Send a level again after this many days while it still applies. Absent: once per deadline
   * (a new deadline, e.g. after an approved extension, starts the ladder again).
   */
  repeatEveryDays: Partial<Record<EscalationLevel, number>>;
}

export const defaultEscalationPolicy: EscalationPolicy = {
  yellowWithinDays: DEFAULT_YELLOW_WITHIN_DAYS,
  superviseAfterOverdueRounds: 2,
  superviseAfterDaysOverdue: 30,
  repeatEveryDays: {},
};

export function escalationRank(level: EscalationLevel): number {
  return escalationLevels.indexOf(level);
}

/** The rung a subject stands on; null when green. */
export function escalationLevel(
  light: Light,
  daysOverdue: number,
  overdueRounds: number,
  policy: EscalationPolicy = defaultEscalationPolicy,
): EscalationLevel | null {
  if (light === 'green') return null;
  if (light === 'yellow') return 'reminder';
  if (overdueRounds >= policy.superviseAfterOverdueRounds || daysOverdue >= policy.superviseAfterDaysOverdue)
    return 'supervise';
  return 'urge';
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

import { deadlineStatus, type Light, type MilestoneProgress } from './deadline-light.js';
import {
  defaultEscalationPolicy,
  escalationLevel,
  escalationRank,
  overdueRounds,
  type EscalationLevel,
  type EscalationPolicy,
} from './escalation.js';
import type { PaceAssessment } from './indicator-pace.js';
import type { ReportForm, ReportingRound } from './reporting-round.js';
import type { Report } from './report.schema.js';
import { daysBetween, instantMs, shanghaiDate } from '../periods/shanghai-calendar.js';
import type { WorkItem } from './work-plan.schema.js';

interface SubjectBase {
  /** Unique across kinds, e.g. 'work-item:w1', 'report:2025-Q1/w1/amr', 'indicator:trademarks'. */
  id: string;
  title: string;
  /** The unit that answers for it; a 督办单 goes to this unit's leader. */
  leadUnit: string;
  cooperatingUnits: readonly string[];
  /** Reporting rounds in which it was already found overdue (or, for an indicator, at risk). */
  overdueRounds: readonly string[];
}

/**
 * What the supervision ladder watches: a dated task, a unit's report, an indicator's pace, a
 * rectification item (整改事项) or a 督办单 awaiting its answer.
 */
export type SupervisedSubject =
  | (SubjectBase & { kind: 'work-item' | 'report' | 'rectification' | 'notice'; deadline: string; completedOn?: string; milestones?: readonly MilestoneProgress[] })
  | (SubjectBase & { kind: 'indicator'; pace: PaceAssessment });

/** One reminder already sent (the log that stops repeats). */
export interface SentReminder {
  subjectId: string;
  level: EscalationLevel;
  /** The deadline the reminder was about; a new deadline starts afresh. */
  deadline: string;
  sentAt: string;
}

export interface Reminder {
  subjectId: string;
  kind: SupervisedSubject['kind'];
  title: string;
  level: EscalationLevel;
  light: Light;
  deadline: string;
  daysLeft?: number;
  daysOverdue: number;
  overdueRounds: number;
  /** The milestone whose date decided the rung, when one did (节点逾期). */
  milestone?: string;
  /** Lead unit first, then the co-operating units. */
  to: string[];
  /** 提醒/催办 go to the responsible units' contacts; a 督办单 to the lead unit's leader. */
  addressee: 'units' | 'lead-unit-leader';
  reason: string;
  /** An indicator's pace, with the source it was judged on and the figures behind it. */
  pace?: PaceAssessment;
}

interface SubjectStatus {
  light: Light;
  deadline: string;
  milestone?: string;
  daysLeft?: number;
  daysOverdue: number;
  reason: string;
}

function statusOf(subject: SupervisedSubject, now: string, policy: EscalationPolicy): SubjectStatus {
  if (subject.kind === 'indicator') {
    const { pace } = subject;
    return { light: pace.light, deadline: pace.deadline, daysOverdue: pace.daysOverdue, reason: pace.reason };
  }
  const s = deadlineStatus(subject, now, policy.yellowWithinDays);
  const what = s.milestone ? `milestone "${s.milestone}"` : 'deadline';
  const reason =
    s.state === 'overdue'
      ? `${what} ${s.deadline} passed ${s.daysOverdue} day${s.daysOverdue === 1 ? '' : 's'} ago`
      : s.state === 'due-soon'
        ? s.daysLeft === 0
          ? `${what} ${s.deadline} is today`
          : `${what} ${s.deadline} is in ${s.daysLeft} day${s.daysLeft === 1 ? '' : 's'}`
        : s.state === 'completed'
          ? 'completed'
          : `${what} ${s.deadline} is ${s.daysLeft} days away`;
  return { light: s.light, deadline: s.deadline, ...(s.milestone ? { milestone: s.milestone } : {}), daysLeft: s.daysLeft, daysOverdue: s.daysOverdue, reason };
}

function alreadySent(
  log: readonly SentReminder[],
  subjectId: string,
  deadline: string,
  level: EscalationLevel,
  today: string,
  policy: EscalationPolicy,
): boolean {
  const earlier = log.filter((s) => s.subjectId === subjectId && s.deadline === deadline);
  if (earlier.length === 0) return false;
  const highest = Math.max(...earlier.map((s) => escalationRank(s.level)));
  // Never step down the ladder: after a 督办单, a plain reminder would only blur the message.
  if (escalationRank(level) < highest) return true;
  if (escalationRank(level) > highest) return false;
  const repeat = policy.repeatEveryDays[level];
  if (repeat === undefined) return true;
  const last = earlier
    .filter((s) => s.level === level)
    .map((s) => shanghaiDate(s.sentAt))
    .sort()
    .at(-1)!;
  return daysBetween(last, today) < repeat;
}

/**
 * The reminders to send now: for every subject that is not green, the rung of the ladder it stands
 * on, unless that rung (or a higher one) was already sent for the same deadline. Only the highest
 * applicable rung is sent, so a subject that turns red without ever being yellow gets one 催办,
 * not a 提醒 and a 催办 together. Sorted 督办 first, then by subject id.
 */
export function remindersDue(
  subjects: readonly SupervisedSubject[],
  now: string,
  log: readonly SentReminder[],
  policy: EscalationPolicy = defaultEscalationPolicy,
): Reminder[] {
  instantMs(now);
  const today = shanghaiDate(now);
  const reminders: Reminder[] = [];
  for (const subject of subjects) {
    const status = statusOf(subject, now, policy);
    const rounds = new Set(subject.overdueRounds).size;
    const level = escalationLevel(status.light, status.daysOverdue, rounds, policy);
    if (!level || alreadySent(log, subject.id, status.deadline, level, today, policy)) continue;
    const history = status.light === 'red' && rounds > 0 ? `; overdue in ${rounds} reporting round${rounds === 1 ? '' : 's'} (${[...new Set(subject.overdueRounds)].join(', ')})` : '';
    reminders.push({
      subjectId: subject.id,
      kind: subject.kind,
      title: subject.title,
      level,
      light: status.light,
      deadline: status.deadline,
      ...(status.milestone ? { milestone: status.milestone } : {}),
      ...(status.daysLeft === undefined ? {} : { daysLeft: status.daysLeft }),
      daysOverdue: status.daysOverdue,
      overdueRounds: rounds,
      to: [subject.leadUnit, ...subject.cooperatingUnits.filter((u) => u !== subject.leadUnit)].filter((u) => u.trim() !== ''),
      addressee: level === 'supervise' ? 'lead-unit-leader' : 'units',
      reason: status.reason + history,
      ...(subject.kind === 'indicator' ? { pace: subject.pace } : {}),
    });
  }
  return reminders.sort(
    (a, b) => escalationRank(b.level) - escalationRank(a.level) || a.subjectId.localeCompare(b.subjectId),
  );
}

/**
 * The rung every subject that is not green stands on now, as the ladder judges it regardless of
 * what was already sent: subject id → 提醒 / 催办 / 督办. For lists that show the ladder's view.
 */
export function ladderStanding(subjects: readonly SupervisedSubject[], now: string, policy: EscalationPolicy = defaultEscalationPolicy): Map<string, EscalationLevel> {
  return new Map(remindersDue(subjects, now, [], policy).map((r) => [r.subjectId, r.level]));
}

/**
 * A unit's report in a round as a supervised subject: due on the round's closing date, done on the
 * Shanghai date of its first standing submission. `earlierOverdueRounds` are the earlier rounds in
 * which the same unit's report on the same item came late or not at all; this round counts too
 * once its report is overdue, so a unit that misses a second round gets a 督办单.
 */
export function reportSubject(
  form: ReportForm,
  round: ReportingRound,
  report: Report | undefined,
  title: string,
  earlierOverdueRounds: readonly string[] = [],
): SupervisedSubject {
  const first = report?.submissions[0];
  return {
    id: `report:${form.id}`,
    kind: 'report',
    title,
    leadUnit: form.unitCode,
    cooperatingUnits: [],
    overdueRounds: [...earlierOverdueRounds, round.id],
    deadline: round.closes,
    ...(first ? { completedOn: shanghaiDate(first.at) } : {}),
  };
}

/** Progress of a work item as the office records it. */
export interface WorkItemProgress {
  completedOn?: string;
  /** Milestone title → the date it was completed. */
  milestonesCompleted?: Readonly<Record<string, string>>;
}

/**
 * A work item as a supervised subject, addressed to its lead and co-operating units, with its
 * overdue history read from the reporting rounds that have closed.
 */
export function workItemSubject(
  item: WorkItem,
  progress: WorkItemProgress,
  rounds: readonly ReportingRound[],
  now: string,
): SupervisedSubject {
  const completedOn = progress.completedOn;
  return {
    id: `work-item:${item.id}`,
    kind: 'work-item',
    title: item.title,
    leadUnit: item.leadUnit?.trim() ?? '',
    cooperatingUnits: item.cooperatingUnits,
    overdueRounds: overdueRounds({ deadline: item.deadline, ...(completedOn ? { completedOn } : {}) }, rounds, now),
    deadline: item.deadline,
    ...(completedOn ? { completedOn } : {}),
    milestones: item.milestones.map((m) => {
      const done = progress.milestonesCompleted?.[m.title];
      return done ? { ...m, completedOn: done } : { ...m };
    }),
  };
}

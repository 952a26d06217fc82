import { daysBetween, shanghaiDate } from '../periods/shanghai-calendar.js';

/** 三色: 绿 on track, 黄 deadline near / behind, 红 overdue / at risk. */
export type Light = 'green' | 'yellow' | 'red';

export interface MilestoneProgress {
  title: string;
  due: string;
  /** 完成日期; absent while open. */
  completedOn?: string;
}

/** Something with a deadline that can be done: a work item, a unit's report in a round. */
export interface DeadlineSubject {
  deadline: string;
  /** 办结日期; absent while open. A date after `now` does not count yet. */
  completedOn?: string;
  /** An open milestone that is overdue makes the item red (未达序时进度) before the final deadline. */
  milestones?: readonly MilestoneProgress[];
}

export interface DeadlineStatus {
  light: Light;
  state: 'completed' | 'on-track' | 'due-soon' | 'overdue';
  /** The date that decided the colour: the earliest open milestone's due date or the deadline. */
  deadline: string;
  /** The milestone that decided it, when one did. */
  milestone?: string;
  /** Days from today (Shanghai) to that date; negative when it has passed. */
  daysLeft: number;
  /** Days past that date; 0 unless overdue. */
  daysOverdue: number;
}

export const DEFAULT_YELLOW_WITHIN_DAYS = 7;

/**
 * The colour of a subject at `now`: green when done or more than `yellowWithinDays` days away,
 * yellow from `yellowWithinDays` days before the deadline to the deadline day itself, red from
 * the next day (Shanghai). Done means completed on or before today.
 */
export function deadlineStatus(
  subject: DeadlineSubject,
  now: string,
  yellowWithinDays: number = DEFAULT_YELLOW_WITHIN_DAYS,
): DeadlineStatus {
  const today = shanghaiDate(now);
  const done = (completedOn?: string) => completedOn !== undefined && completedOn <= today;

  if (done(subject.completedOn))
    return { light: 'green', state: 'completed', deadline: subject.deadline, daysLeft: daysBetween(today, subject.deadline), daysOverdue: 0 };

  let deadline = subject.deadline;
  let milestone: string | undefined;
  for (const m of subject.milestones ?? [])
    if (!done(m.completedOn) && m.due < deadline) {
      deadline = m.due;
      milestone = m.title;
    }

  const daysLeft = daysBetween(today, deadline);
  const base = { deadline, daysLeft, ...(milestone === undefined ? {} : { milestone }) };
  if (daysLeft < 0) return { ...base, light: 'red', state: 'overdue', daysOverdue: -daysLeft };
  if (daysLeft <= yellowWithinDays) return { ...base, light: 'yellow', state: 'due-soon', daysOverdue: 0 };
  return { ...base, light: 'green', state: 'on-track', daysOverdue: 0 };
}

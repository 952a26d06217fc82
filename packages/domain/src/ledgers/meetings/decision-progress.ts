import type { IsoDate } from '../../periods/iso-date.js';

export type DecisionStatus = 'open' | 'in-progress' | 'done';

/** What a decision was turned into: a work item of the annual plan or a rectification item (整改事项). */
export interface DecisionFollowUp {
  kind: 'work-item' | 'rectification';
  id: string;
  deadline: IsoDate;
  /** 办结日期; absent (or later than today) while open. */
  completedOn?: IsoDate | null;
}

export interface DecisionProgress {
  status: DecisionStatus;
  /** Past its deadline and not carried out. */
  overdue: boolean;
  /** Where the status comes from: the office's own entry, or the item the decision became. */
  source: 'manual' | 'work-item' | 'rectification';
}

/**
 * 决定事项落实情况. A decision that became a work item or a rectification item is carried out when
 * that item is done, and is in progress until then, whatever was typed by hand: the item is what
 * the supervision ladder watches. Otherwise the office's entry counts (open when none). Either way
 * it is overdue from the day after its deadline (Shanghai dates) until it is done.
 */
export function decisionProgress(
  decision: { status?: DecisionStatus | undefined; deadline?: IsoDate | undefined },
  followUp: DecisionFollowUp | null,
  today: IsoDate,
): DecisionProgress {
  if (followUp) {
    const done = !!followUp.completedOn && followUp.completedOn <= today;
    return { status: done ? 'done' : 'in-progress', overdue: !done && followUp.deadline < today, source: followUp.kind };
  }
  const status = decision.status ?? 'open';
  return { status, overdue: status !== 'done' && !!decision.deadline && decision.deadline < today, source: 'manual' };
}

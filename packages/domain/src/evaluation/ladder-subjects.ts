import type { SupervisedSubject } from '../supervision/reminders.js';
import type { AnswerState } from './rectification-workflow.js';

/**
 * What the 提醒 → 催办 → 督办 ladder watches besides work items, reports and indicators: each open
 * rectification item against its deadline, and each 督办单 against the date its answer is due. An
 * item is done for the ladder once closed; a notice once answered (a returned answer starts it
 * again, and a second notice about an unanswered notice is 二次督办).
 */
export interface WatchedRectification {
  id: string;
  number: string;
  problem: string;
  ownerUnit: string;
  deadline: string;
  state: AnswerState;
  closedOn: string | null;
}

export function rectificationSubject(item: WatchedRectification): SupervisedSubject {
  return {
    id: `rectification:${item.id}`,
    kind: 'rectification',
    title: `${item.number} ${item.problem}`.slice(0, 200),
    leadUnit: item.ownerUnit,
    cooperatingUnits: [],
    overdueRounds: [],
    deadline: item.deadline,
    ...(item.state === 'closed' && item.closedOn ? { completedOn: item.closedOn } : {}),
  };
}

export interface WatchedNotice {
  id: string;
  documentNumber: string;
  title: string;
  unitCode: string;
  respondBy: string;
  state: AnswerState;
  /** The day its latest answer was given, Shanghai date. */
  answeredOn: string | null;
}

export function noticeSubject(notice: WatchedNotice): SupervisedSubject {
  const done = (notice.state === 'answered' || notice.state === 'closed') && notice.answeredOn;
  return {
    id: `notice:${notice.id}`,
    kind: 'notice',
    title: `${notice.documentNumber} ${notice.title}`.slice(0, 200),
    leadUnit: notice.unitCode,
    cooperatingUnits: [],
    overdueRounds: [],
    deadline: notice.respondBy,
    ...(done ? { completedOn: notice.answeredOn! } : {}),
  };
}

import { deadlineStatus, DEFAULT_YELLOW_WITHIN_DAYS, type DeadlineStatus } from './deadline-light.js';
import type { WorkItemProgress } from './reminders.js';
import type { WorkItem } from './work-plan.schema.js';

/** The colour of a work item at a date, with its milestones and recorded progress. */
export function workItemStatus(
  item: WorkItem,
  progress: WorkItemProgress | undefined,
  now: string,
  yellowWithinDays: number = DEFAULT_YELLOW_WITHIN_DAYS,
): DeadlineStatus {
  return deadlineStatus(
    {
      deadline: item.deadline,
      ...(progress?.completedOn ? { completedOn: progress.completedOn } : {}),
      milestones: item.milestones.map((m) => {
        const done = progress?.milestonesCompleted?.[m.title];
        return done ? { ...m, completedOn: done } : { ...m };
      }),
    },
    now,
    yellowWithinDays,
  );
}

/** One task × unit cell of the office's status map (任务 × 单位 热力图). */
export interface StatusCell {
  taskNumber: number;
  unitCode: string;
  items: number;
  completed: number;
  onTrack: number;
  dueSoon: number;
  overdue: number;
  /** 0 all completed · 1 on track · 2 something due soon · 3 something overdue: the worst item decides. */
  level: 0 | 1 | 2 | 3;
}

const LEVEL: Record<DeadlineStatus['state'], StatusCell['level']> = { completed: 0, 'on-track': 1, 'due-soon': 2, overdue: 3 };

/**
 * The status of every task × unit pair that has work items: how many of the unit's items under
 * the task (as lead or co-operating unit) are completed, on track, due soon or overdue. Cells come
 * sorted by task number, then unit code.
 */
export function taskUnitStatus(
  items: readonly WorkItem[],
  progress: ReadonlyMap<string, WorkItemProgress>,
  now: string,
  yellowWithinDays: number = DEFAULT_YELLOW_WITHIN_DAYS,
): StatusCell[] {
  const cells = new Map<string, StatusCell>();
  for (const item of items) {
    const status = workItemStatus(item, progress.get(item.id), now, yellowWithinDays);
    const units = new Set([item.leadUnit?.trim() ?? '', ...item.cooperatingUnits].filter((u) => u !== ''));
    for (const unitCode of units) {
      const key = `${item.taskNumber}\u0000${unitCode}`;
      const cell = cells.get(key) ?? { taskNumber: item.taskNumber, unitCode, items: 0, completed: 0, onTrack: 0, dueSoon: 0, overdue: 0, level: 0 };
      cells.set(key, cell);
      cell.items++;
      if (status.state === 'completed') cell.completed++;
      else if (status.state === 'on-track') cell.onTrack++;
      else if (status.state === 'due-soon') cell.dueSoon++;
      else cell.overdue++;
      cell.level = Math.max(cell.level, LEVEL[status.state]) as StatusCell['level'];
    }
  }
  return [...cells.values()].sort((a, b) => a.taskNumber - b.taskNumber || a.unitCode.localeCompare(b.unitCode));
}

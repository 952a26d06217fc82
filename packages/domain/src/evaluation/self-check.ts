import type { Plan } from '../plan/plan.schema.js';
import { responsibleUnits } from '../plan/responsibility.js';

/**
 * 自查自纠: for each task of the plan the lead unit (牵头单位) writes a completion summary against
 * the plan's text, the co-operating units (配合单位) add their parts, each proposes a rating and
 * lists problems, and the office confirms or changes the task's rating. A task the plan gives no
 * lead (负责) is written by every responsible unit, the first named answering as lead.
 */

/** 完成 / 基本完成 / 未完成 */
export const completionRatings = ['complete', 'basically-complete', 'incomplete'] as const;
export type CompletionRating = (typeof completionRatings)[number];

export const completionRatingZh: Record<CompletionRating, string> = {
  complete: '完成',
  'basically-complete': '基本完成',
  incomplete: '未完成',
};

/** Who writes which part of a task's self-check. */
export interface SelfCheckPartSlot {
  taskNumber: number;
  unitCode: string;
  role: 'lead' | 'co-operating';
}

export function selfCheckSlots(plan: Plan): SelfCheckPartSlot[] {
  const slots: SelfCheckPartSlot[] = [];
  for (const group of plan.taskGroups)
    for (const task of group.tasks) {
      const parties = responsibleUnits(plan, task);
      const lead = parties.find((p) => p.role === 'lead') ?? parties[0];
      for (const p of parties) slots.push({ taskNumber: task.number, unitCode: p.unit.code, role: p === lead ? 'lead' : 'co-operating' });
    }
  return slots;
}

export interface SelfCheckPartState {
  taskNumber: number;
  unitCode: string;
  role: 'lead' | 'co-operating';
  submittedAt: string | null;
  proposedRating: CompletionRating | null;
}

export interface TaskRatingState {
  taskNumber: number;
  rating: CompletionRating;
  confirmedAt: string;
}

export interface SelfCheckProgress {
  tasks: number;
  parts: number;
  partsSubmitted: number;
  /** Tasks whose lead unit has submitted: the office can rate these. */
  tasksReady: number;
  tasksConfirmed: number;
  ratings: Record<CompletionRating, number>;
}

/** How far a self-check has come, for the office's list and the leaders' view. */
export function selfCheckProgress(parts: readonly SelfCheckPartState[], ratings: readonly TaskRatingState[]): SelfCheckProgress {
  const tasks = new Set(parts.map((p) => p.taskNumber));
  const ready = new Set(parts.filter((p) => p.role === 'lead' && p.submittedAt).map((p) => p.taskNumber));
  const counts: Record<CompletionRating, number> = { complete: 0, 'basically-complete': 0, incomplete: 0 };
  for (const r of ratings) counts[r.rating]++;
  return {
    tasks: tasks.size,
    parts: parts.length,
    partsSubmitted: parts.filter((p) => p.submittedAt).length,
    tasksReady: ready.size,
    tasksConfirmed: ratings.length,
    ratings: counts,
  };
}

/**
 * The rating the office starts from for a task: the lead unit's proposal; without one, the most
 * cautious proposal among the parts (a task is only as complete as its weakest part).
 */
export function proposedTaskRating(parts: readonly SelfCheckPartState[]): CompletionRating | null {
  const lead = parts.find((p) => p.role === 'lead' && p.proposedRating);
  if (lead) return lead.proposedRating;
  const proposals = parts.map((p) => p.proposedRating).filter((r): r is CompletionRating => r !== null);
  if (proposals.length === 0) return null;
  return proposals.sort((a, b) => completionRatings.indexOf(b) - completionRatings.indexOf(a))[0]!;
}

/** Whether the office may confirm a task: its lead unit has submitted. */
export function canConfirmTask(parts: readonly SelfCheckPartState[], taskNumber: number): boolean {
  return parts.some((p) => p.taskNumber === taskNumber && p.role === 'lead' && p.submittedAt !== null);
}

import type { Plan } from '../plan/plan.schema.js';
import { monthEnd } from '../periods/iso-date.js';
import { daysBetween } from '../periods/shanghai-calendar.js';

/**
 * 阶段工作清单: each phase's deliverables in the plan (启动阶段: 成立领导小组, 建立责任清单 …; 验收阶段:
 * 验收材料, 呈报 …) as a checklist the office ticks off. An item is due at the end of its phase unless
 * the office sets another date; it is late when its due date passed without it being done.
 */
export interface DeliverableSlot {
  id: string;
  phaseCode: string;
  position: number;
  title: string;
  /** The last day of the phase's end month. */
  defaultDue: string;
}

export function deliverableSlots(plan: Pick<Plan, 'phases'>): DeliverableSlot[] {
  return plan.phases.flatMap((phase) => {
    const [y, m] = phase.end.split('-').map(Number) as [number, number];
    return phase.deliverables.map((title, i) => ({ id: `${phase.code}-${i + 1}`, phaseCode: phase.code, position: i + 1, title, defaultDue: monthEnd(y, m) }));
  });
}

export type DeliverableStatus = 'done' | 'late' | 'due-soon' | 'open';

/** done; late after the due date; due-soon within 14 days of it; open otherwise. */
export function deliverableStatus(item: { dueOn: string; doneOn: string | null }, today: string): DeliverableStatus {
  if (item.doneOn) return 'done';
  const left = daysBetween(today, item.dueOn);
  if (left < 0) return 'late';
  return left <= 14 ? 'due-soon' : 'open';
}

export interface PhaseProgress {
  phaseCode: string;
  total: number;
  done: number;
  late: number;
  /** Done after its due date: shown on the timeline as done late. */
  doneLate: number;
}

export function phaseProgress(items: readonly { phaseCode: string; dueOn: string; doneOn: string | null }[], today: string): PhaseProgress[] {
  const codes = [...new Set(items.map((i) => i.phaseCode))];
  return codes.map((phaseCode) => {
    const own = items.filter((i) => i.phaseCode === phaseCode);
    return {
      phaseCode,
      total: own.length,
      done: own.filter((i) => i.doneOn).length,
      late: own.filter((i) => deliverableStatus(i, today) === 'late').length,
      doneLate: own.filter((i) => i.doneOn && i.doneOn > i.dueOn).length,
    };
  });
}

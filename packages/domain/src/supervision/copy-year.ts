import { shiftYears } from '../periods/shanghai-calendar.js';
import type { WorkItem, WorkPlan } from './work-plan.schema.js';

export interface CopyYearOptions {
  /**
   * The id of the copy. Default: the first occurrence of the source year in the id is replaced by
   * the target year ("2025-t07-a" → "2026-t07-a"); an id without the year gets "-<toYear>" appended.
   */
  idFor?: (item: WorkItem, toYear: number) => string;
}

function defaultId(fromYear: number, toYear: number) {
  return (item: WorkItem): string =>
    item.id.includes(String(fromYear))
      ? item.id.replace(String(fromYear), String(toYear))
      : `${item.id}-${toYear}`;
}

/**
 * Start next year's work plan from this year's: every work item of `fromYear` is copied to
 * `toYear` with its deadline and milestones moved by the same number of years (29 February becomes
 * 28 February). Copying is idempotent: an item whose copy id already exists is not copied again,
 * so running it twice does not double the plan.
 *
 * Annual indicator targets are deliberately not copied: each year's targets come from the plan's
 * decomposition, and carrying last year's numbers forward would look like a decision nobody made.
 */
export function copyYear(plan: WorkPlan, fromYear: number, toYear: number, options: CopyYearOptions = {}): WorkPlan {
  const years = toYear - fromYear;
  const idFor = options.idFor ? (item: WorkItem) => options.idFor!(item, toYear) : defaultId(fromYear, toYear);
  const existing = new Set(plan.items.map((item) => item.id));
  const copies: WorkItem[] = [];
  for (const item of plan.items) {
    if (item.year !== fromYear) continue;
    const id = idFor(item);
    if (existing.has(id)) continue;
    existing.add(id);
    copies.push({
      ...item,
      id,
      year: toYear,
      cooperatingUnits: [...item.cooperatingUnits],
      deadline: shiftYears(item.deadline, years),
      milestones: item.milestones.map((m) => ({ ...m, due: shiftYears(m.due, years) })),
    });
  }
  return { ...plan, items: [...plan.items, ...copies] };
}

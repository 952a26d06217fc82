import type { Plan } from './plan.schema.js';

/** A target the revision changes: what records keyed to it may need looking at. */
export interface ChangedTarget {
  code: string;
  name: string;
  before: { target: number; comparison: string; unit: string };
  after: { target: number; comparison: string; unit: string };
}

/**
 * What a revision takes out of the plan or changes under records that point at it: targets
 * (annual targets, work items, 口径 settings and reported values name them by code), units
 * (accounts, work items, reports and scores name them) and tasks (work items are numbered by them).
 */
export interface PlanRemovals {
  targets: { code: string; name: string; definition?: string; annualTargetYears: number }[];
  units: { code: string; name: string }[];
  tasks: { number: number; title: string }[];
  changedTargets: ChangedTarget[];
  /** 口径 keys no target of the revised plan uses any more. */
  unusedDefinitions: string[];
}

const indicatorsOf = (plan: Pick<Plan, 'targetGroups'>) => plan.targetGroups.flatMap((group) => group.indicators);
const tasksOf = (plan: Pick<Plan, 'taskGroups'>) => plan.taskGroups.flatMap((group) => group.tasks);

export function planRemovals(before: Plan, after: Plan): PlanRemovals {
  const afterTargets = new Map(indicatorsOf(after).map((indicator) => [indicator.code, indicator]));
  const afterUnits = new Set(after.units.map((unit) => unit.code));
  const afterTasks = new Set(tasksOf(after).map((task) => task.number));
  const usedDefinitions = new Set(indicatorsOf(after).map((indicator) => indicator.definition ?? indicator.code));
  const changedTargets: ChangedTarget[] = [];
  for (const old of indicatorsOf(before)) {
    const now = afterTargets.get(old.code);
    if (now && (now.target !== old.target || now.comparison !== old.comparison || now.unit !== old.unit))
      changedTargets.push({
        code: old.code,
        name: now.name,
        before: { target: old.target, comparison: old.comparison, unit: old.unit },
        after: { target: now.target, comparison: now.comparison, unit: now.unit },
      });
  }
  return {
    targets: indicatorsOf(before)
      .filter((indicator) => !afterTargets.has(indicator.code))
      .map((indicator) => ({ code: indicator.code, name: indicator.name, definition: indicator.definition, annualTargetYears: Object.keys(indicator.annualTargets).length })),
    units: before.units.filter((unit) => !afterUnits.has(unit.code)).map((unit) => ({ code: unit.code, name: unit.name })),
    tasks: tasksOf(before).filter((task) => !afterTasks.has(task.number)).map((task) => ({ number: task.number, title: task.title })),
    changedTargets,
    unusedDefinitions: [...new Set(indicatorsOf(before).map((indicator) => indicator.definition ?? indicator.code))].filter((key) => !usedDefinitions.has(key)),
  };
}

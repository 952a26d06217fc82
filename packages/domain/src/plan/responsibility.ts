import {
  unitKinds,
  type Plan,
  type ResponsibleParty,
  type Task,
  type TaskGroup,
  type Unit,
  type UnitGroup,
} from './plan.schema.js';

/** 牵头 / 配合 / 负责 (the last where the plan names no lead). */
export type ResponsibilityRole = ResponsibleParty['role'];

/** A unit that answers for a task, and the group phrase it came from if it was not named itself. */
export interface ExpandedParty {
  unit: Unit;
  role: ResponsibilityRole;
  /** The phrase ("开发区、各镇街") that brought the unit in; absent when the plan names the unit. */
  via?: UnitGroup;
}

/** One task a unit answers for, with the task group it belongs to. */
export interface UnitTask {
  task: Task;
  group: TaskGroup;
  role: ResponsibilityRole;
  /** The phrase that brought the unit in; absent when the task names the unit itself. */
  via?: UnitGroup;
}

/** 责任分工表: which unit answers for which task. */
export interface ResponsibilityMatrix {
  /** In plan order; `group` is the task group's code. */
  tasks: { number: number; title: string; group: string }[];
  /** Units holding at least one task, ordered by kind (as in `unitKinds`) and then plan order. */
  units: Unit[];
  /** cells[taskNumber][unitCode]; a unit with no part in a task has no cell. `via` is a unit-group code. */
  cells: Record<number, Record<string, { role: ResponsibilityRole; via?: string }>>;
}

interface PlanDirectory {
  units: Map<string, Unit>;
  groups: Map<string, UnitGroup>;
}

function directoryOf(plan: Plan): PlanDirectory {
  return {
    units: new Map(plan.units.map((unit) => [unit.code, unit])),
    groups: new Map(plan.unitGroups.map((group) => [group.code, group])),
  };
}

function unitOf(directory: PlanDirectory, code: string): Unit {
  const unit = directory.units.get(code);
  // validatePlan guarantees every reference resolves; reaching this means an unvalidated plan.
  if (!unit) throw new Error(`unknown unit "${code}"`);
  return unit;
}

function expand(directory: PlanDirectory, task: Task): ExpandedParty[] {
  const parties = task.responsibility.parties;
  const namedDirectly = new Set(parties.filter((p) => directory.units.has(p.ref)).map((p) => p.ref));
  const expanded = new Map<string, ExpandedParty>();

  for (const party of parties) {
    const group = directory.groups.get(party.ref);
    if (!group) {
      if (!expanded.has(party.ref)) expanded.set(party.ref, { unit: unitOf(directory, party.ref), role: party.role });
      continue;
    }
    for (const member of group.members) {
      // A unit the task names itself answers in its own right, not as part of the phrase.
      if (namedDirectly.has(member) || expanded.has(member)) continue;
      expanded.set(member, { unit: unitOf(directory, member), role: party.role, via: group });
    }
  }
  return [...expanded.values()];
}

/**
 * Every unit that answers for a task, each once, with group phrases expanded to their members.
 * A unit the task names directly keeps its own role and position even when a group it belongs to
 * is also named; a unit reached only through groups takes the first group's role and position.
 */
export function responsibleUnits(plan: Plan, task: Task): ExpandedParty[] {
  return expand(directoryOf(plan), task);
}

/** The task × unit table the office prints as its 责任分工表. */
export function responsibilityMatrix(plan: Plan): ResponsibilityMatrix {
  const directory = directoryOf(plan);
  const tasks: ResponsibilityMatrix['tasks'] = [];
  const cells: ResponsibilityMatrix['cells'] = {};
  const holders = new Set<string>();

  for (const group of plan.taskGroups) {
    for (const task of group.tasks) {
      tasks.push({ number: task.number, title: task.title, group: group.code });
      const row: ResponsibilityMatrix['cells'][number] = {};
      for (const party of expand(directory, task)) {
        row[party.unit.code] = party.via ? { role: party.role, via: party.via.code } : { role: party.role };
        holders.add(party.unit.code);
      }
      cells[task.number] = row;
    }
  }

  const units = plan.units
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => holders.has(unit.code))
    .sort((a, b) => unitKinds.indexOf(a.unit.kind) - unitKinds.indexOf(b.unit.kind) || a.index - b.index)
    .map(({ unit }) => unit);

  return { tasks, units, cells };
}

/** The tasks a unit answers for, in plan order — what a unit sees on its own page. Empty for a unit with no task. */
export function tasksOfUnit(plan: Plan, unitCode: string): UnitTask[] {
  const directory = directoryOf(plan);
  const result: UnitTask[] = [];
  for (const group of plan.taskGroups) {
    for (const task of group.tasks) {
      const party = expand(directory, task).find((p) => p.unit.code === unitCode);
      if (!party) continue;
      result.push(party.via ? { task, group, role: party.role, via: party.via } : { task, group, role: party.role });
    }
  }
  return result;
}

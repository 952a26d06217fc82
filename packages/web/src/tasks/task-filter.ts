import type { ExpandedParty, Task, TaskGroup } from '@ipcounty/domain';

export interface TaskWithUnits {
  task: Task;
  units: ExpandedParty[];
}

export interface TaskGroupWithUnits {
  group: TaskGroup;
  tasks: TaskWithUnits[];
}

function matches(item: TaskWithUnits, query: string): boolean {
  const texts = [
    item.task.title,
    String(item.task.number),
    item.task.responsibility.text,
    ...item.units.flatMap(({ unit }) => [unit.name, ...unit.aliases]),
  ];
  return texts.some((text) => text.toLowerCase().includes(query));
}

/**
 * The tasks whose title, number or responsible units contain the query (ignoring case and
 * surrounding spaces); groups left without a task are dropped. An empty query keeps everything.
 */
export function filterTasks(groups: TaskGroupWithUnits[], query: string): TaskGroupWithUnits[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return groups;
  return groups
    .map((entry) => ({ group: entry.group, tasks: entry.tasks.filter((item) => matches(item, needle)) }))
    .filter((entry) => entry.tasks.length > 0);
}

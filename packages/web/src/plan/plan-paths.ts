import type { PlanInput } from '@ipcounty/domain';

/** "taskGroups[1].tasks[0]" → ['taskGroups', 1, 'tasks', 0]: the keys of a draft item's place in the plan. */
export function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

export function getAt(plan: PlanInput, path: string): unknown {
  return pathKeys(path).reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], plan);
}

/** A copy of the plan with the value at `path` replaced. */
export function setAt(plan: PlanInput, path: string, value: unknown): PlanInput {
  const copy = structuredClone(plan);
  const keys = pathKeys(path);
  let target = copy as unknown as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[keys[keys.length - 1]!] = value;
  return copy;
}

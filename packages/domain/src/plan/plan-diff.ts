/** One field that differs between two versions of a plan. */
export interface PlanChange {
  /** e.g. "targetGroups[0].indicators[1].target" */
  path: string;
  before: unknown;
  after: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

function walk(before: unknown, after: unknown, path: string, out: PlanChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], join(path, i), out);
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) walk(before[key], after[key], join(path, key), out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path: path || '(root)', before: before ?? null, after: after ?? null });
  }
}

/** Every leaf that differs between two plan documents, in document order. */
export function diffPlans(before: unknown, after: unknown): PlanChange[] {
  const changes: PlanChange[] = [];
  walk(before, after, '', changes);
  return changes;
}

function brief(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** A one-line description of a revision, for lists. */
export function summarizeChanges(changes: PlanChange[]): string {
  if (changes.length === 0) return 'no changes';
  const first = changes[0]!;
  const head = `${first.path}: ${brief(first.before)} → ${brief(first.after)}`;
  return changes.length === 1 ? head : `${head} (+${changes.length - 1} more)`;
}

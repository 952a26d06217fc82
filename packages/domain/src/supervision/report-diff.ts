import type { ReportContent, ReportVersion } from './report.schema.js';

/** One field that differs between two versions; `before`/`after` is undefined when absent. */
export interface FieldChange {
  /** 'progress', 'indicatorValues.trademarks', 'evidence[1].name' */
  field: string;
  before: unknown;
  after: unknown;
}

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(path: string, before: Json, after: Json, changes: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) walk(`${path}[${i}]`, before[i], after[i], changes);
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(path ? `${path}.${key}` : key, before[key], after[key], changes);
    return;
  }
  if (!Object.is(before, after)) changes.push({ field: path, before, after });
}

/** The fields that changed from one content to another, in field order. */
export function diffContent(before: ReportContent, after: ReportContent): FieldChange[] {
  const changes: FieldChange[] = [];
  walk('', before as unknown as Json, after as unknown as Json, changes);
  return changes;
}

/** What changed between two saved versions of a report (审核 sees what the unit corrected). */
export function diffVersions(before: ReportVersion, after: ReportVersion): FieldChange[] {
  return diffContent(before.content, after.content);
}

import type { PlanChange, PlanInput } from '@ipcounty/domain';
import type { MessageKey } from '../i18n/zh-CN.js';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const fieldKeys: Record<string, MessageKey> = {
  target: 'planEdit.field.target',
  comparison: 'planEdit.field.comparison',
  unit: 'planEdit.field.unit',
  name: 'planEdit.field.name',
  title: 'planEdit.field.title',
  text: 'planEdit.field.text',
  planText: 'planEdit.field.planText',
  kind: 'planEdit.field.kind',
  responsibility: 'planEdit.field.responsibility',
  start: 'planEdit.field.start',
  end: 'planEdit.field.end',
  deliverables: 'planEdit.field.deliverables',
  members: 'planEdit.field.members',
  aliases: 'planEdit.field.aliases',
  annualTargets: 'planEdit.field.annualTargets',
  phrase: 'planEdit.field.phrase',
  indicators: 'planEdit.field.indicators',
  tasks: 'planEdit.field.tasks',
  parent: 'planEdit.field.parent',
  region: 'planEdit.field.region',
};

const segments = (path: string) => [...path.matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)].map((m) => ({ key: m[1]!, index: m[2] === undefined ? undefined : Number(m[2]) }));

/**
 * A change's path in the words of the plan: "targetGroups[0].indicators[0].target" reads
 * 目标「万人有效发明专利拥有量」· 目标值. Names come from the plan after the change, or before it
 * for what the change removed.
 */
export function describeChangePath(path: string, after: PlanInput | undefined, before: PlanInput | undefined, t: Translate): string {
  const [first, second, third] = segments(path);
  const nameOfKind = (kind: string, name: string | undefined) => t('planEdit.named', { kind, name: name ?? '?' });
  const field = (rest: { key: string }[]) => rest.map((s) => (fieldKeys[s.key] ? t(fieldKeys[s.key]!) : s.key)).join(' · ');
  const pick = <T,>(of: (plan: PlanInput) => T | undefined) => (after && of(after)) ?? (before && of(before));
  const rest = segments(path);
  if (first?.key === 'targetGroups' && first.index !== undefined) {
    if (second?.key === 'indicators' && second.index !== undefined) {
      const name = pick((p) => p.targetGroups[first.index!]?.indicators[second.index!]?.name);
      return `${nameOfKind(t('planEdit.kind.target'), name)}${third ? ` · ${field(rest.slice(2))}` : ''}`;
    }
    const title = pick((p) => p.targetGroups[first.index!]?.title);
    return `${nameOfKind(t('planEdit.kind.targetGroup'), title)}${second ? ` · ${field(rest.slice(1))}` : ''}`;
  }
  if (first?.key === 'taskGroups' && first.index !== undefined) {
    if (second?.key === 'tasks' && second.index !== undefined) {
      const task = pick((p) => p.taskGroups[first.index!]?.tasks[second.index!]);
      return `${nameOfKind(t('planEdit.kind.task', { number: task?.number ?? '?' }), task?.title)}${third ? ` · ${field(rest.slice(2, 3))}` : ''}`;
    }
    const title = pick((p) => p.taskGroups[first.index!]?.title);
    return `${nameOfKind(t('planEdit.kind.taskGroup'), title)}${second ? ` · ${field(rest.slice(1))}` : ''}`;
  }
  const named: Record<string, [MessageKey, (p: PlanInput, i: number) => string | undefined]> = {
    units: ['planEdit.kind.unit', (p, i) => p.units[i]?.name],
    unitGroups: ['planEdit.kind.unitGroup', (p, i) => p.unitGroups?.[i]?.phrase],
    regions: ['planEdit.kind.region', (p, i) => p.regions[i]?.name],
    phases: ['planEdit.kind.phase', (p, i) => p.phases[i]?.name],
    principles: ['planEdit.kind.principle', (p, i) => p.principles[i]?.title],
    safeguards: ['planEdit.kind.safeguard', (p, i) => p.safeguards?.[i]?.title],
  };
  if (first && first.index !== undefined && named[first.key]) {
    const [kind, nameOf] = named[first.key]!;
    const name = pick((p) => nameOf(p, first.index!));
    return `${nameOfKind(t(kind), name)}${second ? ` · ${field(rest.slice(1, 2))}` : ''}`;
  }
  return fieldKeys[first?.key ?? ''] ? field(rest) : path;
}

/**
 * A value of a change as a person reads it: text as it is, a list of words joined by 、, a whole
 * item (a removed target, an added unit) by its name, a responsibility by its wording, nothing as —.
 */
export function changeValue(value: PlanChange['before']): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' || typeof v === 'number') ? value.join('、') : value.map(changeValue).join('；');
  const item = value as Record<string, unknown>;
  for (const key of ['name', 'title', 'phrase', 'text']) if (typeof item[key] === 'string') return item[key] as string;
  return JSON.stringify(value);
}

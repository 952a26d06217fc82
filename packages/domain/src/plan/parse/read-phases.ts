import type { Phase, PlanInput } from '../plan.schema.js';
import type { DraftContext } from './draft-context.js';
import { spanOfLines } from './draft-context.js';
import { numberedItems } from './numbered-items.js';
import { clauses } from './numbered-items.js';
import type { UnsureReason } from './plan-draft.js';
import type { SourceLine } from './source-document.js';

type PhaseInput = PlanInput['phases'][number];

const dash = '[—–\\-－~～至到]+';
/** 2024年1月－2024年4月, 2026年7月－9月, 2024年5月至2026年6月, 2024年1—4月. */
const monthRange = new RegExp(`(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月?\\s*${dash}\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月`);

const month = (year: string, value: string) => `${year}-${value.padStart(2, '0')}`;

export function readMonthRange(text: string): { start: string; end: string; index: number; length: number } | undefined {
  const match = monthRange.exec(text);
  if (!match) return undefined;
  const [, startYear, startMonth, endYear, endMonth] = match;
  return { start: month(startYear!, startMonth!), end: month(endYear ?? startYear!, endMonth!), index: match.index, length: match[0].length };
}

/** The usual phases of a pilot plan, so their codes stay stable from plan to plan. */
const knownPhases: [RegExp, string][] = [
  [/启动|动员|部署/, 'start'],
  [/实施|推进|建设阶段/, 'implementation'],
  [/评估|自查/, 'evaluation'],
  [/验收|总结/, 'acceptance'],
];

/**
 * A deliverable is a clause that names something produced: a document (《…》), a list, a meeting,
 * a report, a set of measures. The parser proposes them; the office keeps, rewrites or adds.
 */
const producesSomething = /《.+》|名单|清单|会议|报告|材料|方案|计划|措施|指标|办法|意见|制度$|检查$|自查自纠$|评估$|^(呈报|报送|上报)/;
/** "根据《工作方案》", "按照评估报告…": a clause that cites a document works from it, it does not produce it. */
const citesSomething = /根据|按照|对照|依据/;

function proposedDeliverables(text: string): string[] {
  return clauses(text)
    .map((c) => c.text.replace(/^在.+基础上/, ''))
    .filter((c) => producesSomething.test(c) && !citesSomething.test(c));
}

/**
 * 实施进度: （一）启动阶段（2024年1月－2024年4月） and its paragraph. A phase whose name and text the
 * plan in force has unchanged keeps that plan's deliverables, which the office curated.
 */
export function readPhases(lines: SourceLine[], ctx: DraftContext, inForce: Phase[] | undefined): PhaseInput[] {
  const { items } = numberedItems(lines, 2);
  const phases: PhaseInput[] = [];
  items.forEach((item, p) => {
    const heading = item.numbered.rest;
    const range = readMonthRange(heading);
    const name = (range ? heading.slice(0, range.index) : heading).replace(/[（(：:\s]+$/, '').replace(/[。]$/, '');
    const after = range ? heading.slice(range.index + range.length).replace(/^[）)\s]*[：:。]?\s*/, '') : '';
    const text = [after, ...item.body.map((line) => line.text)].filter(Boolean).join('\n');
    const known = inForce?.find((phase) => phase.name === name);
    const keeps = known && known.text === text;
    const unsure: UnsureReason[] = [];
    if (!range) unsure.push({ code: 'phase-dates-unread' });
    const deliverables = keeps ? known.deliverables : proposedDeliverables(text);
    if (!keeps && deliverables.length) unsure.push({ code: 'deliverables-proposed' });
    const taken = new Set(phases.map((phase) => phase.code));
    const byName = knownPhases.find(([pattern]) => pattern.test(name))?.[1];
    const code = known?.code ?? (byName && !taken.has(byName) ? byName : `phase-${p + 1}`);
    ctx.markRead(item.head, ...item.body);
    ctx.item(`phases[${p}]`, 'phase', name, spanOfLines(item.head, item.body[item.body.length - 1] ?? item.head), unsure);
    phases.push({ code, name, start: range?.start ?? '', end: range?.end ?? '', text, deliverables });
  });
  return phases;
}

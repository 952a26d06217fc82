import type { Indicator, PlanInput, TargetGroup } from '../plan.schema.js';
import type { DraftContext } from './draft-context.js';
import { spanOfLines } from './draft-context.js';
import { firstSentence, numberingOf } from './numbering.js';
import { clauses } from './numbered-items.js';
import { readTarget, setsTarget } from './read-target.js';
import { spanIn, type SourceLine } from './source-document.js';

type TargetGroupInput = PlanInput['targetGroups'][number];

const bullet = /^[—－–-]{1,2}\s*/;

/** A group of targets starts with ——, or in some plans with （一）. */
function groupOpening(line: SourceLine): number | undefined {
  const dash = bullet.exec(line.text);
  if (dash) return dash[0].length;
  const numbered = numberingOf(line.text);
  return numbered?.level === 2 ? numbered.length : undefined;
}

export interface TargetsRead {
  overallGoal: string;
  targetGroups: TargetGroupInput[];
}

/**
 * 发展目标: the overall goal, then one paragraph per group (——知识产权产出质量进一步提高。…), each
 * clause that sets a figure read as a target. Codes, English names and 统计口径 of targets the plan
 * in force already has (same name) carry over, so a revision keeps the figures' history.
 */
export function readTargets(lines: SourceLine[], ctx: DraftContext, period: { startYear: number; endYear: number } | undefined, inForce: TargetGroup[] | undefined): TargetsRead {
  const goal: SourceLine[] = [];
  const targetGroups: TargetGroupInput[] = [];
  const knownIndicators = (inForce ?? []).flatMap((group) => group.indicators);
  let targetCount = 0;
  for (const line of lines) {
    const opening = groupOpening(line);
    if (opening === undefined) {
      if (targetGroups.length === 0) goal.push(line);
      else targetGroups[targetGroups.length - 1]!.text += `\n${line.text}`; // a group over two paragraphs
      ctx.markRead(line);
      continue;
    }
    const text = line.text.slice(opening);
    const title = firstSentence(text);
    const g = targetGroups.length;
    const code = inForce?.find((group) => group.title === title)?.code ?? `targets-${g + 1}`;
    const indicators: TargetGroupInput['indicators'] = [];
    for (const clause of clauses(text).filter((c) => setsTarget(c.text))) {
      const read = readTarget(clause.text);
      const known = knownIndicators.find((indicator) => indicator.name === read.indicator.name || indicator.planText === read.indicator.planText);
      const yearly = read.yearly && period ? yearlyTargets(period, read.indicator.target) : undefined;
      const indicator: Indicator = {
        code: known?.code ?? `target-${++targetCount}`,
        ...(known?.nameEn ? { nameEn: known.nameEn } : {}),
        ...read.indicator,
        ...(known?.baseline ? { baseline: known.baseline } : {}),
        annualTargets: yearly ?? known?.annualTargets ?? {},
        ...(known?.definition ? { definition: known.definition } : {}),
      };
      if (known) targetCount++;
      ctx.item(`targetGroups[${g}].indicators[${indicators.length}]`, 'target', indicator.name, spanIn(line, opening + clause.from, clause.text.length), read.unsure);
      indicators.push(indicator);
    }
    ctx.markRead(line);
    ctx.item(`targetGroups[${g}]`, 'target-group', title, spanOfLines(line, line));
    targetGroups.push({ code, title, text, indicators });
  }
  return { overallGoal: goal.map((line) => line.text).join('\n'), targetGroups };
}

/** 每年不低于1000件: the same figure for every year of the plan. */
function yearlyTargets(period: { startYear: number; endYear: number }, target: number): Record<string, number> {
  const years: Record<string, number> = {};
  for (let year = period.startYear; year <= period.endYear; year++) years[String(year)] = target;
  return years;
}

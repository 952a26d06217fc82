import type { Indicator } from '../plan.schema.js';
import type { UnsureReason } from './plan-draft.js';

/** Units a target is counted in, longest first so 人次 is not read as 人. */
const unitPattern = '(?:%|％|亿元|万元|元|人次|万人|件|家|人|分|个|项|次|所|名|户|场|篇|部|家次|吨|亩)';
const quantitySource = `(\\d+(?:\\.\\d+)?)\\s*(${unitPattern})`;

/** Words between a target's name and its number, by what each says about the comparison. */
const leadWords = /累计|每年|年均|力争|达到|达|不低于|不少于|超过|高于|突破|保持/;

export interface ReadTarget {
  indicator: Omit<Indicator, 'code' | 'annualTargets' | 'nameEn' | 'definition' | 'baseline'>;
  /** Set for 每年: the yearly figure, for the annual targets of every year of the plan. */
  yearly: boolean;
  unsure: UnsureReason[];
}

/**
 * 达到 reaches the figure; 不低于, 不少于 and 以上 allow more; 超过 needs more; 力争 is an aim.
 * "达80%以上" is at least 80 (以上 outweighs 达); "力争达8家" is an aim.
 */
function comparisonOf(clause: string): Indicator['comparison'] {
  if (/力争/.test(clause)) return 'strive';
  if (/超过|高于/.test(clause)) return 'exceed';
  if (/以上|不低于|不少于/.test(clause)) return 'at-least';
  return 'reach';
}

/**
 * What kind of figure it is: a yearly flow (每年), a total over the plan (累计, and counts of what
 * the county does during it: 培育, 引进, 培训), new since the start (新增), a share (% of a whole),
 * a survey score (满意度), else a stock at a date.
 */
function kindOf(name: string, clause: string, unit: string): Indicator['kind'] {
  if (/每年|年均/.test(clause)) return 'annual-flow';
  if (/累计/.test(clause)) return 'cumulative';
  if (/^新增/.test(name)) return 'new-since-baseline';
  if (/满意度/.test(name) || unit === '分') return 'survey-score';
  if (unit === '%') return 'share';
  if (/^(培育|引进|培训|举办|开展|组织)/.test(name)) return 'cumulative';
  return 'stock';
}

/** Whether a clause of a target paragraph sets a figure ("商标注册每年不低于1000件"). */
export function setsTarget(clause: string): boolean {
  return new RegExp(quantitySource).test(clause);
}

/** One clause of a target paragraph read as a target: its name, figure, unit and comparison. */
export function readTarget(clause: string): ReadTarget {
  const matches = [...clause.matchAll(new RegExp(quantitySource, 'g'))];
  const unsure: UnsureReason[] = [];
  if (matches.length > 1) unsure.push({ code: 'several-quantities' });
  const figure = matches[matches.length - 1]!;
  const unit = figure[2] === '％' ? '%' : figure[2]!;
  // "其中发明专利授权占比达到10%": 其中 ties the clause to the one before; it is not part of the name.
  const opening = /^(其中|并且|并|且|全年|力争)/.exec(clause)?.[0].length ?? 0;
  const head = clause.slice(opening, figure.index);
  const lead = leadWords.exec(head);
  const name = (lead ? head.slice(0, lead.index) : head).trim();
  // The comparison is read after the name, so a name holding 达 or 超过 does not change it.
  const wording = clause.slice(0, opening) + clause.slice(opening + (lead ? lead.index : head.length));
  if (!name) unsure.push({ code: 'no-target-name' });
  return {
    indicator: {
      name: name || clause,
      planText: clause,
      unit,
      target: Number(figure[1]),
      comparison: comparisonOf(wording),
      kind: kindOf(name, wording, unit),
    },
    yearly: /每年|年均/.test(wording),
    unsure,
  };
}

import type { Unit } from '../plan/plan.schema.js';
import { schemeProblems, type AssessmentComponent, type AssessmentScheme, type ScoreItem } from './assessment-scheme.js';

/** What the year's records say about one unit; gathered by the caller from reports and registers. */
export interface UnitFacts {
  unitCode: string;
  unitKind: Unit['kind'];
  /** From the reporting rates added up over the year (totalsByUnit). */
  reports: { expected: number; onTime: number; late: number };
  /** Work items due this year that the unit leads or co-operates on, and how many are completed. */
  workItems: { due: number; completed: number };
  /** The office's quality scores (0–100) of the unit's reports or work; their mean counts. */
  qualityScores: readonly number[];
  /** The indicators the unit answers for, with the year's target and the actual value. */
  indicators: readonly { indicatorCode: string; target: number; actual: number }[];
  bonuses: readonly { code: string; count?: number; note?: string }[];
  penalties: readonly { code: string; count?: number; note?: string }[];
  /** What the records hold against the unit, each costing the scheme's `deductions`; none when absent. */
  shortfalls?: Shortfalls;
}

/** 督办单 not closed, reports missing past their round, reports returned and not yet sent again. */
export interface Shortfalls {
  openNotices: number;
  overdueReports: number;
  returnedReports: number;
}

/** Why points were taken off without the office recording it: the scheme's `deductions`. */
export type DeductionCause = 'openNotice' | 'overdueReport' | 'returnedReport';

export type ScoreLineKind = AssessmentComponent | 'rescale' | 'bonus' | 'penalty' | 'deduction';

/** One line of the explanation; the lines' points add up to the total. */
export interface ScoreLine {
  kind: ScoreLineKind;
  /** 报送及时性 / 任务完成率 / 工作质量 / 指标完成度 / 按比例折算 / 加分 / 减分, or the item's title. */
  label: string;
  /** The raw measure in words, e.g. "6 on time and 1 late of 8 expected". */
  measure: string;
  /** How the points follow from it, in words with the numbers. */
  formula: string;
  points: number;
  /** False for a component with nothing to measure (不参评). */
  applicable: boolean;
  /** For a deduction line: what it was for and how many times, so each reader's language can say it. */
  deduction?: { cause: DeductionCause; count: number; pointsEach: number };
}

export interface UnitScore {
  unitCode: string;
  unitKind: Unit['kind'];
  year: number;
  lines: ScoreLine[];
  /** The weighted components (after rescaling), out of 100. */
  base: number;
  bonus: number;
  /** Penalty items and deductions together. */
  penalty: number;
  /** base + bonus − penalty */
  total: number;
}

const DEDUCTION_LABELS: Record<DeductionCause, string> = {
  openNotice: '督办单未销号',
  overdueReport: '报告逾期未报',
  returnedReport: '报告退回未重报',
};

const SHORTFALL_OF: Record<DeductionCause, keyof Shortfalls> = {
  openNotice: 'openNotices',
  overdueReport: 'overdueReports',
  returnedReport: 'returnedReports',
};

/** One line per kind of shortfall the unit has, each count × the scheme's points. */
function deductionLines(scheme: AssessmentScheme, shortfalls: Shortfalls | undefined): { lines: ScoreLine[]; sum: number } {
  const lines: ScoreLine[] = [];
  let sum = 0;
  for (const cause of Object.keys(DEDUCTION_LABELS) as DeductionCause[]) {
    const count = shortfalls?.[SHORTFALL_OF[cause]] ?? 0;
    const each = scheme.deductions[cause];
    if (count <= 0 || each === 0) continue;
    const points = roundPoints(each * count);
    sum += points;
    lines.push({
      kind: 'deduction',
      label: DEDUCTION_LABELS[cause],
      measure: `${count} time${count === 1 ? '' : 's'}`,
      formula: `−${each} × ${count}`,
      points: -points,
      applicable: true,
      deduction: { cause, count, pointsEach: each },
    });
  }
  return { lines, sum: roundPoints(sum) };
}

/** Points are shown and added with two decimals, so the explanation adds up exactly. */
export function roundPoints(value: number): number {
  return Math.round(value * 100 + (value >= 0 ? 1e-7 : -1e-7)) / 100;
}

const n = (value: number) => String(roundPoints(value));
const ratio = (value: number) => String(Math.round(value * 1e4) / 1e4);

interface ComponentResult {
  measure: string;
  formula: string;
  /** Share of the weight earned, 0–1; undefined when there is nothing to measure. */
  share?: number;
}

function timeliness(facts: UnitFacts, scheme: AssessmentScheme, w: number): ComponentResult {
  const { expected, onTime, late } = facts.reports;
  if (expected === 0) return { measure: 'no reports were expected', formula: '' };
  const credit = onTime + scheme.lateCredit * late;
  return {
    measure: `${onTime} on time and ${late} late of ${expected} expected (${expected - onTime - late} missing)`,
    formula: `${w} × (${onTime} + ${scheme.lateCredit} × ${late}) ÷ ${expected}`,
    share: credit / expected,
  };
}

function completion(facts: UnitFacts, w: number): ComponentResult {
  const { due, completed } = facts.workItems;
  if (due === 0) return { measure: 'no work items were due', formula: '' };
  return { measure: `${completed} of ${due} work items completed`, formula: `${w} × ${completed} ÷ ${due}`, share: completed / due };
}

function quality(facts: UnitFacts, w: number): ComponentResult {
  const scores = facts.qualityScores;
  if (scores.length === 0) return { measure: 'no quality score was given', formula: '' };
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  return {
    measure: scores.length === 1 ? `quality score ${scores[0]}` : `mean of quality scores ${scores.join(', ')} = ${n(mean)}`,
    formula: `${w} × ${n(mean)} ÷ 100`,
    share: mean / 100,
  };
}

function attainment(facts: UnitFacts, scheme: AssessmentScheme, w: number): ComponentResult {
  if (facts.indicators.length === 0) return { measure: 'no indicator is assigned', formula: '' };
  const shares = facts.indicators.map((i) => {
    const raw = i.target > 0 ? i.actual / i.target : i.actual >= i.target ? 1 : 0;
    return { ...i, raw, credited: Math.min(Math.max(raw, 0), scheme.attainmentCap) };
  });
  const mean = shares.reduce((s, x) => s + x.credited, 0) / shares.length;
  const parts = shares.map(
    (s) => `${s.indicatorCode} ${s.actual}/${s.target} = ${ratio(s.raw)}${s.credited !== s.raw ? ` (counted ${ratio(s.credited)})` : ''}`,
  );
  return {
    measure: parts.join('; '),
    formula: `${w} × mean(${shares.map((s) => ratio(s.credited)).join(', ')}) = ${w} × ${ratio(mean)}`,
    share: mean,
  };
}

const COMPONENT_LABELS: Record<AssessmentComponent, string> = {
  timeliness: '报送及时性',
  completion: '任务完成率',
  quality: '工作质量',
  indicatorAttainment: '指标完成度',
};

function checkFacts(facts: UnitFacts): void {
  const { expected, onTime, late } = facts.reports;
  const problems: string[] = [];
  if (onTime < 0 || late < 0 || onTime + late > expected) problems.push(`reports: ${onTime} on time + ${late} late exceed the ${expected} expected`);
  if (facts.workItems.completed < 0 || facts.workItems.completed > facts.workItems.due)
    problems.push(`work items: ${facts.workItems.completed} completed of ${facts.workItems.due} due`);
  for (const score of facts.qualityScores) if (!(score >= 0 && score <= 100)) problems.push(`quality score ${score} is not between 0 and 100`);
  if (problems.length) throw new RangeError(`facts of ${facts.unitCode} do not add up: ${problems.join('; ')}`);
}

function itemLines(
  kind: 'bonus' | 'penalty',
  items: readonly ScoreItem[],
  occurrences: UnitFacts['bonuses'],
  cap: number | undefined,
): { lines: ScoreLine[]; sum: number } {
  const sign = kind === 'bonus' ? 1 : -1;
  const lines: ScoreLine[] = [];
  let sum = 0;
  for (const occurrence of occurrences) {
    const item = items.find((i) => i.code === occurrence.code);
    if (!item) throw new RangeError(`"${occurrence.code}" is not a ${kind} item of the scheme`);
    const count = occurrence.count ?? 1;
    const counted = item.maxCount === undefined ? count : Math.min(count, item.maxCount);
    const points = roundPoints(item.points * counted);
    sum += points;
    lines.push({
      kind,
      label: item.title,
      measure: `${count} time${count === 1 ? '' : 's'}${occurrence.note ? ` (${occurrence.note})` : ''}${counted < count ? `, at most ${item.maxCount} count` : ''}`,
      formula: `${kind === 'bonus' ? '+' : '−'}${item.points} × ${counted}`,
      points: sign * points,
      applicable: true,
    });
  }
  sum = roundPoints(sum);
  if (cap !== undefined && sum > cap) {
    lines.push({
      kind,
      label: kind === 'bonus' ? '加分封顶' : '减分封顶',
      measure: `${n(sum)} points of ${kind === 'bonus' ? 'bonus' : 'penalty'} items`,
      formula: `capped at ${cap}: ${kind === 'bonus' ? '−' : '+'}${n(sum - cap)}`,
      points: -sign * roundPoints(sum - cap),
      applicable: true,
    });
    sum = cap;
  }
  return { lines, sum };
}

/**
 * Score one unit for the year under a scheme, line by line. Each component earns
 * weight × share (share between 0 and 1, or up to the attainment cap); bonus and penalty items add
 * and subtract on top. Throws on a scheme that fails `schemeProblems`, on facts that do not add
 * up, and on a bonus or penalty code the scheme does not have.
 */
export function scoreUnit(scheme: AssessmentScheme, facts: UnitFacts): UnitScore {
  const problems = schemeProblems(scheme);
  if (problems.length) throw new RangeError(`the assessment scheme is invalid: ${problems.map((p) => p.message).join('; ')}`);
  checkFacts(facts);

  const w = scheme.weights;
  const results: [AssessmentComponent, ComponentResult][] = [
    ['timeliness', timeliness(facts, scheme, w.timeliness)],
    ['completion', completion(facts, w.completion)],
    ['quality', quality(facts, w.quality)],
    ['indicatorAttainment', attainment(facts, scheme, w.indicatorAttainment)],
  ];

  const lines: ScoreLine[] = [];
  let applicableWeight = 0;
  let earned = 0;
  for (const [component, result] of results) {
    const weight = w[component];
    if (weight === 0) continue;
    const label = COMPONENT_LABELS[component];
    if (result.share === undefined) {
      const full = scheme.notApplicable === 'full-points';
      lines.push({
        kind: component,
        label,
        measure: result.measure,
        formula: full ? `not applicable: full ${weight} points` : 'not assessed (不参评): left out and the others rescaled',
        points: full ? weight : 0,
        applicable: false,
      });
      if (full) earned += weight;
      continue;
    }
    const points = roundPoints(weight * result.share);
    lines.push({ kind: component, label, measure: result.measure, formula: `${result.formula} = ${n(points)}`, points, applicable: true });
    applicableWeight += weight;
    earned += points;
  }

  let base = roundPoints(earned);
  if (scheme.notApplicable === 'rescale' && applicableWeight < 100) {
    const rescaled = applicableWeight === 0 ? 0 : roundPoints((earned * 100) / applicableWeight);
    lines.push({
      kind: 'rescale',
      label: '按比例折算',
      measure: `components worth ${applicableWeight} of 100 points apply`,
      formula:
        applicableWeight === 0 ? 'no component applies: 0' : `${n(earned)} × 100 ÷ ${applicableWeight} = ${n(rescaled)}`,
      points: roundPoints(rescaled - earned),
      applicable: true,
    });
    base = rescaled;
  }

  const bonus = itemLines('bonus', scheme.bonusItems, facts.bonuses, scheme.bonusCap);
  const penalty = itemLines('penalty', scheme.penaltyItems, facts.penalties, scheme.penaltyCap);
  const deduction = deductionLines(scheme, facts.shortfalls);
  lines.push(...bonus.lines, ...penalty.lines, ...deduction.lines);
  const penalties = roundPoints(penalty.sum + deduction.sum);

  return {
    unitCode: facts.unitCode,
    unitKind: facts.unitKind,
    year: scheme.year,
    lines,
    base,
    bonus: bonus.sum,
    penalty: penalties,
    total: roundPoints(base + bonus.sum - penalties),
  };
}

import { seededRandom } from '../evaluation/seeded-random.js';
import type { Questionnaire } from './questionnaire.js';
import type { RespondentScore } from './respondent-score.js';

/** How the score is computed, with the settings the national method leaves open (all unconfirmed). */
export interface ScoringMethod {
  /** Bootstrap resamples for the interval. */
  resamples: number;
  /** Confidence level of the interval, e.g. 0.95. */
  level: number;
  /** Seed of the resampling, so the same answers always give the same interval. */
  seed: string;
}

export const defaultScoringMethod: Omit<ScoringMethod, 'seed'> = { resamples: 1000, level: 0.95 };

export interface GroupResult {
  key: string;
  name: string;
  /** The weight as entered and its share after normalising over the groups that have answers. */
  weight: number;
  share: number;
  targetSample: number;
  /** Respondents with a score. */
  respondents: number;
  score: number | null;
}

export interface DimensionResult {
  key: string;
  name: string;
  parent: string | null;
  weight: number;
  score: number | null;
  byGroup: Record<string, number | null>;
}

export interface ScoreInterval {
  lower: number;
  upper: number;
  level: number;
  resamples: number;
  seed: string;
}

export interface SatisfactionResult {
  overall: number | null;
  interval: ScoreInterval | null;
  groups: GroupResult[];
  dimensions: DimensionResult[];
  respondents: number;
}

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Σ weight × value / Σ weight over the groups that have a value. */
function acrossGroups(questionnaire: Questionnaire, valueOf: (group: string) => number | null): number | null {
  let sum = 0;
  let weights = 0;
  for (const g of questionnaire.groups) {
    const value = valueOf(g.key);
    if (value === null || g.weight === 0) continue;
    sum += g.weight * value;
    weights += g.weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** The overall score of a set of respondent scores already split by group. */
function overallOf(questionnaire: Questionnaire, byGroup: ReadonlyMap<string, readonly number[]>): number | null {
  return acrossGroups(questionnaire, (g) => mean(byGroup.get(g) ?? []));
}

/**
 * 满意度得分 (百分制). A group's score is the mean of its respondents' scores; the overall score
 * is the weighted mean of the group scores, weights renormalised over the groups that answered;
 * a dimension's score is built the same way from the respondents' scores of that dimension. The
 * national method weights groups and dimensions (a published total is not the plain mean of its
 * parts) but publishes no weights (references/satisfaction-survey.md §3.3): the weights are the
 * questionnaire's own, and the result states them.
 *
 * The interval is a percentile bootstrap over respondents, resampled within each group (the
 * groups are sampled separately), with a seeded generator: a statement of sampling spread, not a
 * published method.
 */
export function weightedSatisfaction(questionnaire: Questionnaire, scores: readonly RespondentScore[], method: ScoringMethod): SatisfactionResult {
  const scored = scores.filter((s): s is RespondentScore & { group: string; overall: number } => s.group !== null && s.overall !== null);
  const byGroup = new Map<string, number[]>();
  for (const s of scored) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s.overall]);
  const answered = questionnaire.groups.filter((g) => (byGroup.get(g.key)?.length ?? 0) > 0 && g.weight > 0);
  const totalWeight = answered.reduce((a, g) => a + g.weight, 0);

  const groups: GroupResult[] = questionnaire.groups.map((g) => ({
    key: g.key,
    name: g.name,
    weight: g.weight,
    share: totalWeight === 0 || !answered.includes(g) ? 0 : g.weight / totalWeight,
    targetSample: g.targetSample,
    respondents: byGroup.get(g.key)?.length ?? 0,
    score: mean(byGroup.get(g.key) ?? []),
  }));

  const dimensions: DimensionResult[] = questionnaire.dimensions.map((d) => {
    const groupScore = (group: string) => mean(scored.filter((s) => s.group === group && s.dimensions.has(d.key)).map((s) => s.dimensions.get(d.key)!));
    const byGroupScores = Object.fromEntries(questionnaire.groups.map((g) => [g.key, groupScore(g.key)]));
    return { key: d.key, name: d.name, parent: d.parent, weight: d.weight, score: acrossGroups(questionnaire, (g) => byGroupScores[g] ?? null), byGroup: byGroupScores };
  });

  const overall = overallOf(questionnaire, byGroup);
  return { overall, interval: overall === null ? null : bootstrapInterval(questionnaire, byGroup, method), groups, dimensions, respondents: scored.length };
}

/** Percentile bootstrap of the overall score, resampling respondents within each group. */
export function bootstrapInterval(questionnaire: Questionnaire, byGroup: ReadonlyMap<string, readonly number[]>, method: ScoringMethod): ScoreInterval {
  const random = seededRandom(method.seed);
  const estimates: number[] = [];
  for (let b = 0; b < method.resamples; b += 1) {
    const resampled = new Map<string, number[]>();
    for (const [group, values] of byGroup) resampled.set(group, values.map(() => values[Math.floor(random() * values.length)]!));
    const estimate = overallOf(questionnaire, resampled);
    if (estimate !== null) estimates.push(estimate);
  }
  estimates.sort((a, b) => a - b);
  const tail = (1 - method.level) / 2;
  const at = (p: number) => estimates[Math.min(estimates.length - 1, Math.max(0, Math.round(p * (estimates.length - 1))))]!;
  return { lower: at(tail), upper: at(1 - tail), level: method.level, resamples: method.resamples, seed: method.seed };
}

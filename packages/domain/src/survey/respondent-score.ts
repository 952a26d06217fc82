import type { Answers, Questionnaire, SurveyDimension } from './questionnaire.js';
import { respondentGroupOf, visibleQuestions } from './skip-logic.js';

/**
 * A 5-point Likert answer on the 100-point scale: 1 (很不满意) → 0, 2 → 25, 3 → 50, 4 → 75,
 * 5 (很满意) → 100. The national survey's response scale and conversion are not published
 * (references/satisfaction-survey.md §3.3); this equal-interval mapping is the platform's default
 * and the method sheet of every export states it.
 */
export function likertToPoints(point: number): number {
  if (!Number.isInteger(point) || point < 1 || point > 5) throw new RangeError(`Likert point ${point} is not 1–5`);
  return (point - 1) * 25;
}

/** One respondent's scores: the overall and every dimension they answered something under. */
export interface RespondentScore {
  group: string | null;
  /** null when the respondent answered no Likert question. */
  overall: number | null;
  dimensions: ReadonlyMap<string, number>;
}

/** A weighted mean over the entries that have a value; weights renormalise over those. */
function weightedMean(entries: readonly { weight: number; value: number | undefined }[]): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const e of entries) {
    if (e.value === undefined || e.weight === 0) continue;
    sum += e.weight * e.value;
    weights += e.weight;
  }
  return weights === 0 ? undefined : sum / weights;
}

/**
 * Scores one respondent up the dimension tree: a leaf is the mean of its Likert answers on the
 * 100-point scale; a parent is the weighted mean of its children that were answered (a question
 * skipped for this respondent's group does not count as zero: the remaining weights are
 * renormalised); the overall score is the weighted mean of the first-level dimensions.
 */
export function scoreRespondent(questionnaire: Questionnaire, answers: Answers): RespondentScore {
  const leafPoints = new Map<string, number[]>();
  for (const q of visibleQuestions(questionnaire, answers)) {
    const answer = answers[q.key];
    if (q.kind !== 'likert' || q.profile !== null || q.dimension === null || typeof answer !== 'number') continue;
    const list = leafPoints.get(q.dimension) ?? [];
    list.push(likertToPoints(answer));
    leafPoints.set(q.dimension, list);
  }
  const children = new Map<string | null, SurveyDimension[]>();
  for (const d of questionnaire.dimensions) children.set(d.parent, [...(children.get(d.parent) ?? []), d]);
  const scores = new Map<string, number>();
  const scoreOf = (d: SurveyDimension): number | undefined => {
    const below = children.get(d.key);
    const points = leafPoints.get(d.key);
    const value = below
      ? weightedMean(below.map((c) => ({ weight: c.weight, value: scoreOf(c) })))
      : points && points.length > 0
        ? points.reduce((a, b) => a + b, 0) / points.length
        : undefined;
    if (value !== undefined) scores.set(d.key, value);
    return value;
  };
  const overall = weightedMean((children.get(null) ?? []).map((d) => ({ weight: d.weight, value: scoreOf(d) })));
  return { group: respondentGroupOf(questionnaire, answers), overall: overall ?? null, dimensions: scores };
}

import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, type Answers } from './questionnaire.js';
import { likertToPoints, scoreRespondent } from './respondent-score.js';
import { weightedSatisfaction } from './satisfaction-score.js';

/**
 * Two groups weighted 3:1; dimension A (weight 3, leaves A1 and A2) and B (weight 1). A2 is asked
 * of group g1 only.
 */
const questionnaire = parseQuestionnaire({
  groups: [
    { key: 'g1', name: '权利人', weight: 3, targetSample: 10 },
    { key: 'g2', name: '社会公众', weight: 1, targetSample: 10 },
  ],
  dimensions: [
    { key: 'a', name: 'A', parent: null, weight: 3 },
    { key: 'a1', name: 'A1', parent: 'a', weight: 1 },
    { key: 'a2', name: 'A2', parent: 'a', weight: 1 },
    { key: 'b', name: 'B', parent: null, weight: 1 },
  ],
  questions: [
    { key: 'group', text: '类别', kind: 'single', profile: 'group', choices: [{ key: 'g1', label: '权利人' }, { key: 'g2', label: '社会公众' }] },
    { key: 'qa1', text: 'A1?', kind: 'likert', dimension: 'a1' },
    { key: 'qa2', text: 'A2?', kind: 'likert', dimension: 'a2', groups: ['g1'] },
    { key: 'qb', text: 'B?', kind: 'likert', dimension: 'b' },
  ],
});

const r1: Answers = { group: 'g1', qa1: 5, qa2: 3, qb: 4 };
const r2: Answers = { group: 'g1', qa1: 4, qa2: 4, qb: 1 };
// qa2 is not asked of g2: an answer sent anyway does not count.
const r3: Answers = { group: 'g2', qa1: 2, qa2: 5, qb: 5 };

describe('the satisfaction score, on an example worked by hand', () => {
  it('maps the 5-point Likert scale to 0, 25, 50, 75 and 100', () => {
    expect([1, 2, 3, 4, 5].map(likertToPoints)).toEqual([0, 25, 50, 75, 100]);
    expect(() => likertToPoints(6)).toThrow(RangeError);
  });

  it('scores a respondent up the weighted tree, renormalising over what they were asked', () => {
    // R1: A = (100 + 50) / 2 = 75; overall = (3×75 + 1×75) / 4 = 75.
    expect(scoreRespondent(questionnaire, r1)).toMatchObject({ group: 'g1', overall: 75 });
    // R2: A = (75 + 75) / 2 = 75, B = 0; overall = (225 + 0) / 4 = 56.25.
    expect(scoreRespondent(questionnaire, r2).overall).toBe(56.25);
    // R3 (g2, A2 skipped): A = A1 = 25, B = 100; overall = (75 + 100) / 4 = 43.75.
    const third = scoreRespondent(questionnaire, r3);
    expect(third.overall).toBe(43.75);
    expect(third.dimensions.has('a2')).toBe(false);
  });

  it('weights the group means 3:1 for the overall score and each dimension', () => {
    const result = weightedSatisfaction(questionnaire, [r1, r2, r3].map((r) => scoreRespondent(questionnaire, r)), { seed: 'test', resamples: 1000, level: 0.95 });
    // g1 = (75 + 56.25) / 2 = 65.625; g2 = 43.75; overall = (3×65.625 + 43.75) / 4 = 60.15625.
    expect(result.groups.map((g) => [g.key, g.respondents, g.score, g.share])).toEqual([
      ['g1', 2, 65.625, 0.75],
      ['g2', 1, 43.75, 0.25],
    ]);
    expect(result.overall).toBe(60.15625);
    // A: g1 (75 + 75) / 2 = 75, g2 25 → (225 + 25) / 4 = 62.5. B: g1 (75 + 0) / 2 = 37.5, g2 100 → (112.5 + 100) / 4 = 53.125.
    const byKey = Object.fromEntries(result.dimensions.map((d) => [d.key, d.score]));
    expect(byKey).toMatchObject({ a: 62.5, b: 53.125, a1: (3 * 87.5 + 25) / 4, a2: 62.5 });
  });

  it('gives a seeded bootstrap interval: resampling g1 can only give 53.125, 60.15625 or 67.1875', () => {
    const scores = [r1, r2, r3].map((r) => scoreRespondent(questionnaire, r));
    const method = { seed: 'survey-1', resamples: 1000, level: 0.95 };
    const result = weightedSatisfaction(questionnaire, scores, method);
    // g1's resampled mean is 75, 65.625 or 56.25 with chances ¼, ½, ¼; g2 always 43.75.
    expect(result.interval).toEqual({ lower: 53.125, upper: 67.1875, level: 0.95, resamples: 1000, seed: 'survey-1' });
    expect(weightedSatisfaction(questionnaire, scores, method).interval).toEqual(result.interval);
  });

  it('leaves a group without answers out of the weights instead of counting it as zero', () => {
    const result = weightedSatisfaction(questionnaire, [scoreRespondent(questionnaire, r3)], { seed: 's', resamples: 10, level: 0.95 });
    expect(result.overall).toBe(43.75);
    expect(result.groups[0]).toMatchObject({ respondents: 0, score: null, share: 0 });
  });

  it('has no score before anyone answered', () => {
    expect(weightedSatisfaction(questionnaire, [], { seed: 's', resamples: 10, level: 0.95 })).toMatchObject({ overall: null, interval: null, respondents: 0 });
  });
});

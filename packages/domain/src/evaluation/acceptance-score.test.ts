import { describe, expect, it } from 'vitest';
import { itemResult, panelResult } from './acceptance-score.js';

const scores = (...values: number[]) => values.map((score, i) => ({ expertId: `e${i + 1}`, score }));

describe('itemResult (专家评分汇总)', () => {
  it('drops the highest and the lowest score with five experts: 18, 16, 17, 12, 19 of 20 → trimmed mean 17', () => {
    // sorted 12 16 17 18 19: mean 82 / 5 = 16.4; trimmed (16 + 17 + 18) / 3 = 17; median 17; range 7.
    const r = itemResult('tasks', 20, scores(18, 16, 17, 12, 19));
    expect(r).toMatchObject({ count: 5, mean: 16.4, trimmedMean: 17, result: 17, median: 17, min: 12, max: 19, range: 7 });
    // population sd: deviations from 16.4 → 1.6, −0.4, 0.6, −4.4, 2.6; squares sum 2.56+0.16+0.36+19.36+6.76 = 29.2; /5 = 5.84; √ = 2.42
    expect(r.standardDeviation).toBe(2.42);
  });

  it('marks a score more than 20 % of full marks from the median as an outlier: 12 is 5 below 17 (limit 4)', () => {
    expect(itemResult('tasks', 20, scores(18, 16, 17, 12, 19)).outliers).toEqual([{ expertId: 'e4', score: 12, deviation: -5 }]);
  });

  it('keeps the plain mean with three experts: 8, 9, 10 of 10 → 9, no trimmed mean', () => {
    expect(itemResult('cases', 10, scores(8, 9, 10))).toMatchObject({ mean: 9, trimmedMean: null, result: 9, range: 2, outliers: [] });
  });

  it('takes the middle two for the median of four scores: 6, 7, 9, 10 → 8', () => {
    expect(itemResult('x', 10, scores(10, 6, 9, 7)).median).toBe(8);
  });

  it('has nothing to say about an item nobody scored', () => {
    expect(itemResult('x', 10, [])).toMatchObject({ count: 0, mean: null, result: null });
  });
});

describe('panelResult', () => {
  it('adds the items’ results into the total and each expert’s own total', () => {
    const items = [{ code: 'a', weight: 60 }, { code: 'b', weight: 40 }];
    const r = panelResult(items, [
      { expertId: 'e1', itemCode: 'a', score: 50 },
      { expertId: 'e2', itemCode: 'a', score: 54 },
      { expertId: 'e1', itemCode: 'b', score: 30 },
      { expertId: 'e2', itemCode: 'b', score: 36 },
    ]);
    // a: mean 52; b: mean 33 → total 85 of 100
    expect(r.total).toBe(85);
    expect(r.fullMarks).toBe(100);
    expect(r.expertTotals).toEqual([{ expertId: 'e1', total: 80, itemsScored: 2 }, { expertId: 'e2', total: 90, itemsScored: 2 }]);
  });

  it('has no total while an item is unscored', () => {
    expect(panelResult([{ code: 'a', weight: 60 }, { code: 'b', weight: 40 }], [{ expertId: 'e1', itemCode: 'a', score: 50 }]).total).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { fitLinearTrend, predictAt, predictSum, predictWeightedSum } from './linear-trend.js';
import { tQuantile80 } from './student-t.js';

describe('fitLinearTrend', () => {
  it('fits an exact line with zero residual', () => {
    expect(fitLinearTrend([1, 3, 5, 7])).toMatchObject({ n: 4, slope: 2, intercept: 1, residualSd: 0 });
  });

  it('needs three points', () => {
    expect(fitLinearTrend([1, 2])).toBeNull();
  });

  it('fits a noisy series as worked by hand', () => {
    // y = 2, 4, 5, 9 at x = 0…3: x̄ = 1.5, ȳ = 5, Sxx = 5, Sxy = 11 → slope 2.2, intercept 1.7;
    // residuals 0.3, 0.1, −1.1, 0.7 → SSE 1.8, s = √0.9.
    const trend = fitLinearTrend([2, 4, 5, 9]);
    expect(trend?.slope).toBeCloseTo(2.2, 12);
    expect(trend?.intercept).toBeCloseTo(1.7, 12);
    expect(trend?.residualSd).toBeCloseTo(Math.sqrt(0.9), 12);
  });
});

describe('prediction intervals (80%)', () => {
  const trend = fitLinearTrend([2, 4, 5, 9]);
  if (!trend) throw new Error('fit');

  it('widens a single prediction by √(1 + 1/n + (x − x̄)²/Sxx)', () => {
    // x = 4: ŷ = 10.5; se = √0.9 · √(1 + 0.25 + 6.25/5) = √0.9 · √2.5 = 1.5; t(2) = 1.886.
    const p = predictAt(trend, 4);
    expect(p.point).toBeCloseTo(10.5, 12);
    expect(p.high - p.point).toBeCloseTo(1.886 * 1.5, 12);
    expect(p.point - p.low).toBeCloseTo(1.886 * 1.5, 12);
    expect(p.confidence).toBe(0.8);
  });

  it('widens a sum of k predictions by √(k + k²/n + (Σ(x − x̄))²/Sxx)', () => {
    // x = 4, 5: Σŷ = 10.5 + 12.7 = 23.2; factor 2 + 4/4 + 6²/5 = 10.2; se = √(0.9 · 10.2).
    const p = predictSum(trend, [4, 5]);
    expect(p.point).toBeCloseTo(23.2, 12);
    expect(p.high - p.point).toBeCloseTo(1.886 * Math.sqrt(9.18), 12);
    expect(predictSum(trend, [])).toMatchObject({ point: 0, low: 0, high: 0 });
  });

  it('weights a month only partly ahead by the share of its days to come', () => {
    // x = 4 in full, x = 5 for half: Σwŷ = 10.5 + 0.5 · 12.7 = 16.85. Factor: Σw² = 1.25,
    // (Σw)²/n = 2.25/4 = 0.5625, Σw(x − x̄) = 2.5 + 0.5 · 3.5 = 4.25 → 4.25²/5 = 3.6125; in all 5.425.
    const p = predictWeightedSum(trend, [
      { x: 4, weight: 1 },
      { x: 5, weight: 0.5 },
    ]);
    expect(p.point).toBeCloseTo(16.85, 12);
    expect(p.high - p.point).toBeCloseTo(1.886 * Math.sqrt(0.9 * 5.425), 12);
  });

  it('uses Student t for small samples and the normal value beyond 30', () => {
    expect(tQuantile80(1)).toBe(3.078);
    expect(tQuantile80(30)).toBe(1.31);
    expect(tQuantile80(100)).toBe(1.2816);
    expect(tQuantile80(0)).toBe(Number.POSITIVE_INFINITY);
  });
});

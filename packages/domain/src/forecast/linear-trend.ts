import { tQuantile80 } from './student-t.js';

/**
 * Ordinary least-squares line through equally spaced monthly values (x = 0, 1, …, n−1), with the
 * residual standard error used for prediction intervals.
 */
export interface LinearTrend {
  n: number;
  slope: number;
  intercept: number;
  /** √(Σ residual² / (n − 2)) */
  residualSd: number;
  meanX: number;
  /** Σ (x − x̄)² */
  sxx: number;
}

export function fitLinearTrend(values: readonly number[]): LinearTrend | null {
  const n = values.length;
  if (n < 3) return null;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  values.forEach((y, x) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  });
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const sse = values.reduce((sum, y, x) => sum + (y - (intercept + slope * x)) ** 2, 0);
  return { n, slope, intercept, residualSd: Math.sqrt(sse / (n - 2)), meanX, sxx };
}

export interface Prediction {
  point: number;
  low: number;
  high: number;
  /** Coverage of [low, high]. */
  confidence: number;
}

/** A new observation at x: ŷ ± t(0.90, n−2) · s · √(1 + 1/n + (x − x̄)²/Sxx). */
export function predictAt(trend: LinearTrend, x: number): Prediction {
  const point = trend.intercept + trend.slope * x;
  const se = trend.residualSd * Math.sqrt(1 + 1 / trend.n + (x - trend.meanX) ** 2 / trend.sxx);
  const half = tQuantile80(trend.n - 2) * se;
  return { point, low: point - half, high: point + half, confidence: 0.8 };
}

/**
 * The sum of new observations at xs (future monthly increments):
 * Σŷ ± t · s · √(k + k²/n + (Σ(x − x̄))²/Sxx), k = number of months — the k new residuals plus the
 * uncertainty of the fitted level (s²/n) and slope (s²/Sxx), which are independent.
 */
export function predictSum(trend: LinearTrend, xs: readonly number[]): Prediction {
  return predictWeightedSum(trend, xs.map((x) => ({ x, weight: 1 })));
}

/**
 * A weighted sum of new observations (a month only partly ahead counts with the share of its days
 * still to come): Σwŷ ± t · s · √(Σw² + (Σw)²/n + (Σw(x − x̄))²/Sxx). With every weight 1 this is
 * predictSum.
 */
export function predictWeightedSum(trend: LinearTrend, terms: readonly { x: number; weight: number }[]): Prediction {
  if (terms.length === 0) return { point: 0, low: 0, high: 0, confidence: 0.8 };
  let point = 0;
  let squares = 0;
  let total = 0;
  let centred = 0;
  for (const { x, weight } of terms) {
    point += weight * (trend.intercept + trend.slope * x);
    squares += weight * weight;
    total += weight;
    centred += weight * (x - trend.meanX);
  }
  const se = trend.residualSd * Math.sqrt(squares + (total * total) / trend.n + centred ** 2 / trend.sxx);
  const half = tQuantile80(trend.n - 2) * se;
  return { point, low: point - half, high: point + half, confidence: 0.8 };
}

import type { Indicator } from '../plan/plan.schema.js';
import type { Light } from './deadline-light.js';
import { daysBetween } from '../periods/shanghai-calendar.js';
import { clean, meetsTarget } from './target-comparison.js';

/** A pace "year" is 365 days; rates are quoted per year. */
const DAYS_PER_YEAR = 365;

export interface Observation {
  date: string;
  value: number;
}

export interface PaceInput {
  indicatorCode: string;
  target: number;
  comparison?: Indicator['comparison'];
  /** Where the path starts: the baseline value (for an annual flow, 0 on the last day of last year). */
  baseline: Observation;
  /** The date by which the target must be met. */
  deadline: string;
  /** Reported values, in any order; the latest one is "where we are". */
  observations: readonly Observation[];
  /** The value expected at the deadline from a forecasting model; without it the trend is extended. */
  forecast?: number;
  /** The date of the assessment. */
  asOf: string;
}

/**
 * Thresholds on the progress ratio (actual progress ÷ expected progress on a straight line from
 * the baseline to the target), as in Cascade's health: ≥ 95 % on track, 85–95 % behind, below 85 %
 * at risk.
 */
export interface PaceThresholds {
  onTrack: number;
  behind: number;
}

export const defaultPaceThresholds: PaceThresholds = { onTrack: 0.95, behind: 0.85 };

/**
 * Where a pace judgement comes from: 统计预测, the statistics engine's forecast of a target it
 * computes from the registers; or 报送趋势, the trend of the figures units reported.
 */
export type PaceBasis = 'statistics' | 'reported';

export interface PaceAssessment {
  indicatorCode: string;
  basis: PaceBasis;
  target: number;
  deadline: string;
  asOf: string;
  light: Light;
  state: 'reached' | 'on-track' | 'behind' | 'at-risk' | 'missed' | 'no-data';
  latest?: Observation;
  /** Where the straight path says the value should be at the latest observation's date. */
  expectedAtLatest?: number;
  /** (latest − baseline) ÷ (expected − baseline); 1 when nothing was expected yet. */
  progressRatio?: number;
  /** The rate per year still needed from the latest value to reach the target at the deadline. */
  requiredPerYear?: number;
  /** What is still needed each month to reach the target at the deadline (a twelfth of requiredPerYear on the trend). */
  neededPerMonth?: number;
  /** The least-squares slope through the baseline and the observations, per year. */
  trendPerYear?: number;
  forecastAtDeadline?: number;
  forecastSource?: 'given' | 'trend';
  /** target − forecast when the forecast falls short. */
  forecastShortfall?: number;
  /** Days past the deadline, for a missed target (treated like an overdue item). */
  daysOverdue: number;
  reason: string;
}

/** Least-squares line through points (x in days since the first point). */
function trendLine(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } | undefined {
  if (points.length < 2) return undefined;
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  if (sxx === 0) return undefined;
  const sxy = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

const fmt = (n: number) => String(clean(Math.round(n * 100) / 100));

/**
 * How an indicator is doing against the pace its target needs (序时进度), judged on reported values
 * (报送趋势), for targets where more is better (all of the plan's). A target not reached by its deadline is "missed" and handled like
 * an overdue item; an on-pace indicator whose forecast still falls short is only "behind".
 */
export function assessPace(input: PaceInput, thresholds: PaceThresholds = defaultPaceThresholds): PaceAssessment {
  const { target, baseline, deadline, asOf } = input;
  const comparison = input.comparison ?? 'at-least';
  const span = daysBetween(baseline.date, deadline);
  if (span <= 0) throw new RangeError(`the deadline ${deadline} is not after the baseline date ${baseline.date}`);
  const head = { indicatorCode: input.indicatorCode, basis: 'reported' as const, target, deadline, asOf, daysOverdue: 0 };
  const observations = [...input.observations].filter((o) => o.date <= asOf).sort((a, b) => a.date.localeCompare(b.date));
  const latest = observations[observations.length - 1];
  if (!latest) return { ...head, light: 'yellow', state: 'no-data', reason: 'no value has been reported yet' };

  const elapsed = daysBetween(baseline.date, latest.date);
  const expectedAtLatest = baseline.value + ((target - baseline.value) * Math.min(elapsed, span)) / span;
  const expectedGain = expectedAtLatest - baseline.value;
  const progressRatio = expectedGain > 0 ? (latest.value - baseline.value) / expectedGain : 1;
  const daysLeft = daysBetween(latest.date, deadline);
  const requiredPerYear = daysLeft > 0 ? ((target - latest.value) * DAYS_PER_YEAR) / daysLeft : undefined;

  const points = [baseline, ...observations].map((o) => ({ x: daysBetween(baseline.date, o.date), y: o.value }));
  const line = trendLine(points);
  const trendPerYear = line ? line.slope * DAYS_PER_YEAR : undefined;
  const forecastSource = input.forecast !== undefined ? 'given' : line ? 'trend' : undefined;
  const forecastAtDeadline = input.forecast ?? (line ? line.intercept + line.slope * span : undefined);
  const forecastShort = forecastAtDeadline !== undefined && !meetsTarget(forecastAtDeadline, target, comparison);

  const figures = {
    ...head,
    latest,
    expectedAtLatest,
    progressRatio,
    ...(requiredPerYear === undefined ? {} : { requiredPerYear, neededPerMonth: requiredPerYear / 12 }),
    ...(trendPerYear === undefined ? {} : { trendPerYear }),
    ...(forecastAtDeadline === undefined ? {} : { forecastAtDeadline, forecastSource }),
    ...(forecastShort ? { forecastShortfall: target - forecastAtDeadline! } : {}),
  } satisfies Partial<PaceAssessment>;
  const where = `${fmt(latest.value)} on ${latest.date}`;

  if (meetsTarget(latest.value, target, comparison))
    return { ...figures, light: 'green', state: 'reached', reason: `target ${fmt(target)} reached: ${where}` };
  const overdue = daysBetween(deadline, asOf);
  if (overdue > 0)
    return {
      ...figures,
      daysOverdue: overdue,
      light: 'red',
      state: 'missed',
      reason: `target ${fmt(target)} was due ${deadline} and is not reached: ${where}`,
    };

  const pace = `${where}, ${Math.round(progressRatio * 100)}% of the expected ${fmt(expectedAtLatest)}`;
  const need =
    requiredPerYear === undefined ? '' : `; needs ${fmt(requiredPerYear)} a year from here${trendPerYear === undefined ? '' : ` (trend ${fmt(trendPerYear)})`}`;
  if (progressRatio < thresholds.behind)
    return { ...figures, light: 'red', state: 'at-risk', reason: `at risk: ${pace}${need}` };
  if (progressRatio < thresholds.onTrack)
    return { ...figures, light: 'yellow', state: 'behind', reason: `behind: ${pace}${need}` };
  if (forecastShort)
    return {
      ...figures,
      light: 'yellow',
      state: 'behind',
      reason: `on pace now (${pace}) but the ${forecastSource} forecast ${fmt(forecastAtDeadline!)} falls short of ${fmt(target)}${need}`,
    };
  return { ...figures, light: 'green', state: 'on-track', reason: `on track: ${pace}` };
}

/** The figures of a pace judgement that a reminder keeps and a page shows, without the wording. */
export type PaceFigures = Pick<PaceAssessment, 'basis' | 'state' | 'light' | 'target' | 'deadline' | 'asOf' | 'latest' | 'forecastAtDeadline' | 'neededPerMonth'>;

export function paceFigures(pace: PaceAssessment): PaceFigures {
  const { basis, state, light, target, deadline, asOf, latest, forecastAtDeadline, neededPerMonth } = pace;
  return {
    basis,
    state,
    light,
    target,
    deadline,
    asOf,
    ...(latest ? { latest } : {}),
    ...(forecastAtDeadline === undefined ? {} : { forecastAtDeadline }),
    ...(neededPerMonth === undefined ? {} : { neededPerMonth }),
  };
}

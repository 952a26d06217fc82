import type { ForecastStatus } from '../forecast/target-status.js';

/** What the provincial comparison reads of one target on a county's dashboard. */
export interface CountyTargetStanding {
  code: string;
  status: ForecastStatus;
  /** value ÷ target × 100, as the county's card shows it; null without a value. */
  attainedPercent: number | null;
}

/**
 * 县（市）目标完成情况 as the province reads it:
 * - `attainedPercent`: the mean over the targets that have a value of each target's % attained,
 *   each capped at 100, so one target far beyond its figure does not hide another behind it;
 * - `status`: the county's worst target — off-track when any target is off-track or has closed
 *   unmet, at-risk when any is at risk, on-track when any is still on its way, achieved only when
 *   every target with a value is met; insufficient-data when no target has a value;
 * - `atRisk`: the county needs the province's attention (at-risk or off-track), with the targets
 *   that make it so.
 */
export interface CountyAttainment {
  targets: number;
  counts: Record<ForecastStatus, number>;
  attainedPercent: number | null;
  status: ForecastStatus;
  atRisk: boolean;
  /** The codes of the targets that are at risk, off-track or closed unmet. */
  targetsAtRisk: string[];
}

const worstFirst: readonly ForecastStatus[] = ['off-track', 'not-met', 'at-risk', 'on-track', 'achieved'];
const troubled = new Set<ForecastStatus>(['at-risk', 'off-track', 'not-met']);

export function countyAttainment(targets: readonly CountyTargetStanding[]): CountyAttainment {
  const counts: Record<ForecastStatus, number> = { achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'not-met': 0, 'insufficient-data': 0 };
  for (const t of targets) counts[t.status] += 1;
  const percents = targets.flatMap((t) => (t.attainedPercent === null ? [] : [Math.min(100, Math.max(0, t.attainedPercent))]));
  const attainedPercent = percents.length === 0 ? null : percents.reduce((sum, p) => sum + p, 0) / percents.length;
  const worst = worstFirst.find((s) => counts[s] > 0);
  // A closed, unmet target weighs as off-track: nothing is left to forecast that could mend it.
  const status: ForecastStatus = worst === undefined ? 'insufficient-data' : worst === 'not-met' ? 'off-track' : worst;
  const targetsAtRisk = targets.filter((t) => troubled.has(t.status)).map((t) => t.code);
  return { targets: targets.length, counts, attainedPercent, status, atRisk: status === 'at-risk' || status === 'off-track', targetsAtRisk };
}

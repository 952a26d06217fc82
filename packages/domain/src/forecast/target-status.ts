import type { comparisons } from '../plan/plan.schema.js';
import { meetsTarget } from '../supervision/target-comparison.js';
import type { Prediction } from './linear-trend.js';

type Comparison = (typeof comparisons)[number];

/**
 * 目标状态: where a target stands at a date.
 * - achieved (已实现): the value meets the target;
 * - on-track (预计可完成): it does not yet, and the point forecast at the horizon does;
 * - at-risk (有风险): the point forecast misses, but the 80% interval reaches the target;
 * - off-track (预计难以完成): the whole interval misses it;
 * - not-met (未达目标): the value misses and nothing is left to forecast — the judged window has
 *   closed (a plan year's count, the plan's end), or there is no trend to forecast from (a
 *   reported score, fewer than three months of history);
 * - insufficient-data (数据不足): there is no value at all.
 */
export const forecastStatuses = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-met', 'insufficient-data'] as const;
export type ForecastStatus = (typeof forecastStatuses)[number];

/** Which of the rules gave the status: the card states it beside the status. */
export const statusRules = [
  'no-value',
  'value-meets-target',
  'window-closed',
  'no-forecast',
  'forecast-meets-target',
  'interval-reaches-target',
  'interval-below-target',
] as const;
export type StatusRule = (typeof statusRules)[number];

export interface TargetStatusInput {
  /** The value at the date, on the window the target is judged on; null when there is none. */
  value: number | null;
  target: number;
  comparison: Comparison;
  /** The forecast at the horizon; null without a trend. */
  forecast: Prediction | null;
  /** The window the target is judged on has ended (a plan year's last day, the plan's end). */
  windowClosed: boolean;
}

export interface TargetStatus {
  status: ForecastStatus;
  rule: StatusRule;
}

/**
 * The one statement of the status rules (the dashboard, the indicator page, the exports, the
 * command line and the supervision ladder all take the status from here). Achieved exactly when
 * the value meets the target as the plan words it (超过 strictly above, 达到/不低于/力争 at or
 * above); otherwise the forecast decides, unless the window has closed or there is none.
 */
export function targetStatus(input: TargetStatusInput): TargetStatus {
  const meets = (v: number) => meetsTarget(v, input.target, input.comparison);
  if (input.value === null) return { status: 'insufficient-data', rule: 'no-value' };
  if (meets(input.value)) return { status: 'achieved', rule: 'value-meets-target' };
  if (input.windowClosed) return { status: 'not-met', rule: 'window-closed' };
  if (input.forecast === null) return { status: 'not-met', rule: 'no-forecast' };
  if (meets(input.forecast.point)) return { status: 'on-track', rule: 'forecast-meets-target' };
  if (meets(input.forecast.high)) return { status: 'at-risk', rule: 'interval-reaches-target' };
  return { status: 'off-track', rule: 'interval-below-target' };
}

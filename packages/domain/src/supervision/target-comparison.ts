import type { Indicator } from '../plan/plan.schema.js';

type Comparison = Indicator['comparison'];

/** Sums of decimals (0.1 + 0.2) must still count as reaching 0.3. */
function tolerance(target: number): number {
  return 1e-9 * Math.max(1, Math.abs(target));
}

/**
 * Whether a value meets a target as the plan words it: 达到 (reach), 不低于/以上 (at-least) and
 * 力争 (strive) are met by an equal value; 超过 (exceed) needs strictly more.
 */
export function meetsTarget(value: number, target: number, comparison: Comparison): boolean {
  return comparison === 'exceed' ? value > target + tolerance(target) : value >= target - tolerance(target);
}

/** Rounds away floating-point noise for messages and comparisons (6 decimals). */
export function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * 绩效评价: whether a performance target was met. A target is written with its comparison (≥ for
 * outputs such as 资助发明专利 ≥ 150 件, ≤ for costs or durations); without an actual value it has
 * not been evaluated yet.
 */
export type TargetAttainment = 'met' | 'not-met' | 'pending';

export function targetAttainment(direction: 'at-least' | 'at-most', target: number, actual: number | undefined | null): TargetAttainment {
  if (actual === undefined || actual === null) return 'pending';
  return (direction === 'at-least' ? actual >= target : actual <= target) ? 'met' : 'not-met';
}

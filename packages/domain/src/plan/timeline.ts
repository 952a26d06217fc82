import type { Phase, Plan } from './plan.schema.js';

/**
 * Where a date falls in the plan's 实施进度. Phases are written in whole months and both ends are
 * inclusive: 2026-10..2026-12 runs from 2026-10-01 to 2026-12-31. A date is read as the start of
 * that day, so progress is 0 on a phase's first day and (n-1)/n on its last; it never reaches 1
 * inside the phase.
 */
export interface PhaseAtDate {
  phase: Phase;
  /** Position of the phase in plan.phases. */
  index: number;
  /** 0..1 within the phase. */
  progress: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date; no time zone is involved. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function dayOfDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = dayNumber(year, month, day);
  // Date.UTC rolls 2025-02-30 over into March; a round trip catches it.
  if (new Date(days * MS_PER_DAY).toISOString().slice(0, 10) !== date)
    throw new RangeError(`"${date}" is not a calendar date`);
  return days;
}

function splitMonth(yearMonth: string): [number, number] {
  const [year, month] = yearMonth.split('-').map(Number);
  return [year ?? Number.NaN, month ?? Number.NaN];
}

/** First day of the start month, and the day after the end month (an exclusive bound). */
function phaseDays(phase: Phase): { first: number; afterLast: number } {
  const [startYear, startMonth] = splitMonth(phase.start);
  const [endYear, endMonth] = splitMonth(phase.end);
  return { first: dayNumber(startYear, startMonth, 1), afterLast: dayNumber(endYear, endMonth + 1, 1) };
}

/** The phase a date falls in (the first one listed, should phases overlap), or null outside all phases. */
export function phaseAt(plan: Plan, date: string): PhaseAtDate | null {
  const day = dayOfDate(date);
  for (const [index, phase] of plan.phases.entries()) {
    const { first, afterLast } = phaseDays(phase);
    if (day >= first && day < afterLast) return { phase, index, progress: (day - first) / (afterLast - first) };
  }
  return null;
}

/**
 * How far through the whole programme a date is, 0..1, from the first day of the earliest phase to
 * the last day of the latest: 0 up to the first day, 1 from the day after the last.
 */
export function planProgress(plan: Plan, date: string): number {
  const day = dayOfDate(date);
  const spans = plan.phases.map(phaseDays);
  const first = Math.min(...spans.map((s) => s.first));
  const afterLast = Math.max(...spans.map((s) => s.afterLast));
  return Math.min(1, Math.max(0, (day - first) / (afterLast - first)));
}

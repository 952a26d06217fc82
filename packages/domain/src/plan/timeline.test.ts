import { describe, expect, it } from 'vitest';
import { buildValidPlan } from './__tests__/build-plan.js';
import { phaseAt, planProgress } from './timeline.js';

// Jinhu's four phases: 2024-01..04, 2024-05..2026-06, 2026-07..09, 2026-10..12.
const plan = buildValidPlan();

function at(date: string) {
  const found = phaseAt(plan, date);
  return found && { phase: found.phase.code, index: found.index, progress: found.progress };
}

describe('phaseAt', () => {
  it('is null before the first phase and after the last', () => {
    expect(at('2023-12-31')).toBeNull();
    expect(at('2027-01-01')).toBeNull();
  });

  it('starts a phase on the first day of its start month with progress 0', () => {
    expect(at('2024-01-01')).toEqual({ phase: 'start', index: 0, progress: 0 });
    expect(at('2024-05-01')).toEqual({ phase: 'implementation', index: 1, progress: 0 });
  });

  it('includes the whole end month: 30 April 2024 is the last day of the start phase', () => {
    // January–April 2024 = 31 + 29 + 31 + 30 = 121 days; the 121st day has 120 behind it.
    expect(at('2024-04-30')).toEqual({ phase: 'start', index: 0, progress: 120 / 121 });
  });

  it('measures progress in days within a phase', () => {
    // Acceptance 2026-10..12 is 31 + 30 + 31 = 92 days; 15 November has 31 + 14 = 45 behind it.
    expect(at('2026-11-15')).toEqual({ phase: 'acceptance', index: 3, progress: 45 / 92 });
    expect(at('2026-12-31')).toEqual({ phase: 'acceptance', index: 3, progress: 91 / 92 });
    // Implementation 2024-05-01..2026-06-30 is 365 + 365 + 31 + 30 = 791 days.
    expect(at('2025-05-01')).toEqual({ phase: 'implementation', index: 1, progress: 365 / 791 });
  });

  it('is null in a gap between phases', () => {
    const gappy = buildValidPlan({
      phases: [
        { code: 'first', name: '一', start: '2024-01', end: '2024-03', text: '一' },
        { code: 'second', name: '二', start: '2024-06', end: '2024-12', text: '二' },
      ],
    });
    expect(phaseAt(gappy, '2024-04-15')).toBeNull();
    expect(phaseAt(gappy, '2024-06-01')?.phase.code).toBe('second');
  });

  it('refuses a malformed or impossible date rather than guessing', () => {
    expect(() => phaseAt(plan, '2024-5-1')).toThrow(RangeError);
    expect(() => phaseAt(plan, '2025-02-29')).toThrow(RangeError);
    expect(() => phaseAt(plan, '2024-13-01')).toThrow(RangeError);
  });
});

describe('planProgress', () => {
  // 2024-01-01..2026-12-31 is 366 + 365 + 365 = 1096 days.
  it('runs from 0 on the first day to 1 after the last day', () => {
    expect(planProgress(plan, '2023-06-01')).toBe(0);
    expect(planProgress(plan, '2024-01-01')).toBe(0);
    expect(planProgress(plan, '2025-01-01')).toBe(366 / 1096);
    expect(planProgress(plan, '2026-12-31')).toBe(1095 / 1096);
    expect(planProgress(plan, '2027-01-01')).toBe(1);
    expect(planProgress(plan, '2030-01-01')).toBe(1);
  });

  it('spans the earliest start to the latest end even when phases are listed out of order', () => {
    const reversed = buildValidPlan({
      phases: [
        { code: 'late', name: '后', start: '2025-01', end: '2025-12', text: '后' },
        { code: 'early', name: '前', start: '2024-01', end: '2024-12', text: '前' },
      ],
    });
    expect(planProgress(reversed, '2025-01-01')).toBe(366 / 731);
  });
});

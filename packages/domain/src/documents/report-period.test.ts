import { describe, expect, it } from 'vitest';
import { lastEndedPeriod, parseReportPeriod, periodsEndingOn } from './report-period.js';

describe('parseReportPeriod', () => {
  it('reads a month and compares it with the month before and the same month last year', () => {
    const p = parseReportPeriod('2026-11')!;
    expect([p.kind, p.period.from, p.period.to, p.previous.label, p.yearEarlier.label, p.title, p.name]).toEqual([
      'monthly', '2026-11-01', '2026-11-30', '2026-10', '2025-11', '2026年11月', '月报',
    ]);
  });
  it('takes December of the year before as January’s previous month', () => expect(parseReportPeriod('2026-01')!.previous.label).toBe('2025-12'));
  it('reads a quarter in either spelling', () => {
    const p = parseReportPeriod('2026-Q4')!;
    expect([p.period.from, p.period.to, p.previous.label, p.title]).toEqual(['2026-10-01', '2026-12-31', '2026Q3', '2026年第四季度']);
    expect(parseReportPeriod('2026q1')!.previous.label).toBe('2025Q4');
  });
  it('reads a year', () => expect(parseReportPeriod('2026')!.previous.label).toBe('2025'));
  it('refuses a month 13 or a free text', () => {
    expect(parseReportPeriod('2026-13')).toBeNull();
    expect(parseReportPeriod('November')).toBeNull();
  });
});

describe('the schedule', () => {
  it('knows which periods end on a day', () => {
    expect(periodsEndingOn('2026-11-30')).toEqual(['2026-11']);
    expect(periodsEndingOn('2026-12-31')).toEqual(['2026-12', '2026-Q4', '2026']);
    expect(periodsEndingOn('2026-11-29')).toEqual([]);
  });
  it('names the last period of a kind that has ended', () => {
    expect(lastEndedPeriod('monthly', '2026-12-07')).toBe('2026-11');
    expect(lastEndedPeriod('monthly', '2026-11-30')).toBe('2026-11');
    expect(lastEndedPeriod('quarterly', '2026-12-07')).toBe('2026-Q3');
    expect(lastEndedPeriod('yearly', '2026-12-07')).toBe('2025');
    expect(lastEndedPeriod('monthly', '2026-01-05')).toBe('2025-12');
  });
});

import { describe, expect, it } from 'vitest';
import {
  monthPeriod,
  periodContaining,
  periodsBetween,
  quarterPeriod,
  samePeriodLastYear,
  trademarkStatisticalYearOf,
  trademarkYearPeriod,
  yearOnYear,
} from './period.js';

describe('periods', () => {
  it('gives months, quarters and years with both ends', () => {
    expect(monthPeriod(2024, 2)).toMatchObject({ from: '2024-02-01', to: '2024-02-29', label: '2024-02' });
    expect(quarterPeriod(2024, 4)).toMatchObject({ from: '2024-10-01', to: '2024-12-31', label: '2024Q4' });
    expect(periodContaining('quarter', '2024-05-31')).toMatchObject({ index: 2, from: '2024-04-01', to: '2024-06-30' });
    expect(periodContaining('year', '2025-07-01')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('runs the trademark statistical year from 16 December to 15 December', () => {
    expect(trademarkYearPeriod(2024)).toMatchObject({ from: '2023-12-16', to: '2024-12-15' });
    expect(trademarkStatisticalYearOf('2024-12-15')).toBe(2024);
    expect(trademarkStatisticalYearOf('2024-12-16')).toBe(2025);
    expect(trademarkStatisticalYearOf('2024-01-01')).toBe(2024);
    expect(periodContaining('trademark-year', '2023-12-20').year).toBe(2024);
  });

  it('lists the periods overlapping a range and steps back a year', () => {
    expect(periodsBetween('quarter', '2024-02-10', '2024-11-01').map((p) => p.label)).toEqual([
      '2024Q1',
      '2024Q2',
      '2024Q3',
      '2024Q4',
    ]);
    expect(periodsBetween('month', '2024-12-05', '2025-01-05').map((p) => p.label)).toEqual(['2024-12', '2025-01']);
    expect(samePeriodLastYear(monthPeriod(2024, 2)).to).toBe('2023-02-28');
    expect(samePeriodLastYear(trademarkYearPeriod(2025)).from).toBe('2023-12-16');
  });
});

describe('yearOnYear', () => {
  it('gives the change and the change in percent', () => {
    expect(yearOnYear(120, 100)).toEqual({ current: 120, previous: 100, change: 20, changePercent: 20 });
    expect(yearOnYear(80, 100).changePercent).toBe(-20);
  });

  it('has no percentage against zero or a missing value', () => {
    expect(yearOnYear(5, 0)).toEqual({ current: 5, previous: 0, change: 5, changePercent: null });
    expect(yearOnYear(null, 3).change).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { runningTotalFlows, yearToDateFlows, type Tally } from './monthly-flows.js';

const series = (entries: [string, number, number?][]) =>
  new Map<string, Tally>(entries.map(([date, numerator, denominator]) => [date, { numerator, ...(denominator === undefined ? {} : { denominator }) }]));

describe('monthly flows', () => {
  it('takes calendar-year flows apart: January stands alone', () => {
    const ytd = series([
      ['2024-11-30', 40, 50],
      ['2024-12-31', 45, 60],
      ['2025-01-31', 3, 4],
      ['2025-02-28', 7, 9],
    ]);
    expect(yearToDateFlows(ytd, ['2024-11-30', '2024-12-31', '2025-01-31', '2025-02-28'])).toEqual([
      { numerator: 5, denominator: 10 },
      { numerator: 3, denominator: 4 },
      { numerator: 4, denominator: 5 },
    ]);
  });

  it('differences a running total', () => {
    const total = series([
      ['2024-01-31', 1],
      ['2024-02-29', 1],
      ['2024-03-31', 4],
    ]);
    expect(runningTotalFlows(total, ['2024-01-31', '2024-02-29', '2024-03-31'])).toEqual([{ numerator: 0 }, { numerator: 3 }]);
  });
});

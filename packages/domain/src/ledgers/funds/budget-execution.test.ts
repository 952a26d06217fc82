import { describe, expect, it } from 'vitest';
import { budgetExecution, elapsedShareOfYear, type BudgetLine, type FundAllocation, type FundDisbursement } from './budget-execution.js';

/** 万元 in 分. */
const wan = (n: number) => n * 1_000_000;

/**
 * The worked example: 2025's fund has 100 万元 of county money for 专利资助 (task 5) and 50 万元 of
 * provincial money for 平台建设 (task 8). 60 万 of the first is allocated on 03-01 and 50 万 of the
 * second on 05-01; 30 万 is paid on 04-10 and 25 万 on 06-15; another 20 万 follows on 08-01.
 * On 2025-06-30, 181 of 365 days are gone: 序时进度 181/365 = 49.59 %.
 */
const budgets: BudgetLine[] = [
  { year: 2025, source: 'county-finance', purpose: 'patent-funding', amount: wan(100), tasks: [5] },
  { year: 2025, source: 'provincial-subsidy', purpose: 'platform', amount: wan(50), tasks: [8, 5] },
];
const allocations: FundAllocation[] = [
  { code: 'A1', year: 2025, source: 'county-finance', purpose: 'patent-funding', amount: wan(60), approvedOn: '2025-03-01', tasks: [5] },
  { code: 'A2', year: 2025, source: 'provincial-subsidy', purpose: 'platform', amount: wan(50), approvedOn: '2025-05-01', tasks: [8, 21] },
];
const disbursements: FundDisbursement[] = [
  { allocationCode: 'A1', paidOn: '2025-04-10', amount: wan(30) },
  { allocationCode: 'A2', paidOn: '2025-06-15', amount: wan(25) },
  { allocationCode: 'A1', paidOn: '2025-08-01', amount: wan(20) },
];
const at = (asOf: string, by: 'year' | 'source' | 'purpose' | 'task') => budgetExecution({ budgets, allocations, disbursements, asOf, by });

describe('elapsedShareOfYear (序时进度)', () => {
  it('counts the days gone, the date itself included, over the days of the year', () => {
    expect(elapsedShareOfYear(2025, '2025-06-30')).toBeCloseTo(181 / 365, 10);
    expect(elapsedShareOfYear(2024, '2024-06-30')).toBeCloseTo(182 / 366, 10);
    expect(elapsedShareOfYear(2025, '2025-01-01')).toBeCloseTo(1 / 365, 10);
  });

  it('is 0 before the year and 1 from its last day', () => {
    expect(elapsedShareOfYear(2025, '2024-12-31')).toBe(0);
    expect(elapsedShareOfYear(2025, '2025-12-31')).toBe(1);
    expect(elapsedShareOfYear(2025, '2026-03-01')).toBe(1);
  });
});

describe('budgetExecution', () => {
  it('on 2025-06-30 the year has 150 万 budgeted, 110 万 allocated and 55 万 spent: 36.7 % against a 49.6 % pace, lagging', () => {
    const [year] = at('2025-06-30', 'year');
    expect(year).toMatchObject({ key: '2025', budget: wan(150), allocated: wan(110), spent: wan(55) });
    expect(year!.allocationRate).toBeCloseTo(110 / 150, 10);
    expect(year!.executionRate).toBeCloseTo(55 / 150, 10);
    expect(year!.expectedRate).toBeCloseTo(181 / 365, 10);
    // On pace 150 万 × 181/365 = 74.38 万 would be spent; 55 万 was: 19.38 万 behind.
    expect(year!.behindBy).toBe(Math.round(wan(150) * (181 / 365)) - wan(55));
    expect(year!.lagging).toBe(true);
  });

  it('by purpose: 专利资助 at 30 % lags the 49.6 % pace by more than 10 points, 平台建设 at 50 % does not', () => {
    const rows = at('2025-06-30', 'purpose');
    expect(rows.map((r) => [r.key, r.spent / 1_000_000, r.lagging])).toEqual([
      ['patent-funding', 30, true],
      ['platform', 25, false],
    ]);
  });

  it('by task: a line serving two tasks counts under both, so task rows do not add up to the year', () => {
    const rows = at('2025-06-30', 'task');
    expect(rows.map((r) => [r.key, r.budget / 1_000_000, r.allocated / 1_000_000, r.spent / 1_000_000])).toEqual([
      ['5', 150, 60, 30],
      ['8', 50, 50, 25],
      ['21', 0, 50, 25],
    ]);
    // Task 21 has money allocated but no budget line naming it: no rate, no warning.
    expect(rows[2]).toMatchObject({ executionRate: null, expectedRate: null, lagging: false });
  });

  it('counts allocations and payments only from their dates: on 2025-04-30 A2 is not approved and 30 万 is spent', () => {
    const [year] = at('2025-04-30', 'year');
    expect(year).toMatchObject({ allocated: wan(60), spent: wan(30) });
  });

  it('at the year end 75 万 of 150 万 (50 %) against a 100 % pace is lagging; a future year is never behind', () => {
    expect(at('2025-12-31', 'year')[0]).toMatchObject({ spent: wan(75), expectedRate: 1, behindBy: wan(75), lagging: true });
    const future = budgetExecution({ budgets: [{ year: 2026, source: 'county-finance', purpose: 'other', amount: wan(10), tasks: [] }], allocations: [], disbursements: [], asOf: '2025-12-31', by: 'year' });
    expect(future[0]).toMatchObject({ executionRate: 0, expectedRate: 0, behindBy: 0, lagging: false });
  });
});

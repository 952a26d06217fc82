import { dayFromCivil, isLeapYear, toDay, type IsoDate } from '../../periods/iso-date.js';
import type { Fen } from '../../registers/money.js';

/** 预算: one line of a year's special fund, by source and purpose. */
export interface BudgetLine {
  year: number;
  source: string;
  purpose: string;
  amount: Fen;
  tasks: readonly number[];
}

/** 资金安排: money of a budget line given to a recipient, counted from its approval date. */
export interface FundAllocation {
  code: string;
  year: number;
  source: string;
  purpose: string;
  amount: Fen;
  approvedOn: IsoDate;
  tasks: readonly number[];
}

/** 资金拨付: money paid out against an allocation. */
export interface FundDisbursement {
  allocationCode: string;
  paidOn: IsoDate;
  amount: Fen;
}

export type ExecutionDimension = 'year' | 'source' | 'purpose' | 'task';

export interface ExecutionRow {
  /** The year, source, purpose or task number the row is about, as text. */
  key: string;
  budget: Fen;
  allocated: Fen;
  spent: Fen;
  /** 分配率 = allocated / budget; null without a budget. */
  allocationRate: number | null;
  /** 执行率 (支出进度) = spent / budget; null without a budget. */
  executionRate: number | null;
  /** 序时进度: the share of the budget's years elapsed on the date, weighted by each line's amount. */
  expectedRate: number | null;
  /** What the spend would be on pace, minus what was spent (0 when on or ahead of pace). */
  behindBy: Fen;
  /** 支出进度滞后: the execution rate trails the time-elapsed pace by more than the tolerance. */
  lagging: boolean;
}

/**
 * How far the spend may trail 序时进度 before it is a warning: 10 percentage points, the margin
 * budget-execution notices commonly allow before they call a line 进度滞后.
 */
export const PACE_TOLERANCE = 0.1;

/**
 * The share of a budget year elapsed at the end of `asOf`: 0 before 1 January, 1 from 31 December
 * on, else the days gone (asOf counted) over the days of the year.
 */
export function elapsedShareOfYear(year: number, asOf: IsoDate): number {
  const first = dayFromCivil(year, 1, 1);
  const days = isLeapYear(year) ? 366 : 365;
  const gone = toDay(asOf) - first + 1;
  return Math.min(Math.max(gone / days, 0), 1);
}

interface Accumulator {
  budget: number;
  expected: number;
  allocated: number;
  spent: number;
}

/**
 * 预算执行: budget against allocation against spend on a date, grouped by year, source, purpose or
 * task. Allocations count from their approval date and disbursements from their payment date, so
 * the same ledger answers for any past date. A line serving two tasks counts in full under each:
 * rows by task do not add up to the total. Disbursements reach a group through their allocation;
 * one whose allocation is unknown is left out (the importer refuses such rows).
 */
export function budgetExecution(input: {
  budgets: readonly BudgetLine[];
  allocations: readonly FundAllocation[];
  disbursements: readonly FundDisbursement[];
  asOf: IsoDate;
  by: ExecutionDimension;
  tolerance?: number;
}): ExecutionRow[] {
  const { asOf, by } = input;
  const tolerance = input.tolerance ?? PACE_TOLERANCE;
  const groups = new Map<string, Accumulator>();
  const keysOf = (line: { year: number; source: string; purpose: string; tasks: readonly number[] }): string[] =>
    by === 'task' ? [...new Set(line.tasks)].map(String) : [by === 'year' ? String(line.year) : line[by]];
  const add = (keys: readonly string[], part: Partial<Accumulator>) => {
    for (const key of keys) {
      const group = groups.get(key) ?? { budget: 0, expected: 0, allocated: 0, spent: 0 };
      group.budget += part.budget ?? 0;
      group.expected += part.expected ?? 0;
      group.allocated += part.allocated ?? 0;
      group.spent += part.spent ?? 0;
      groups.set(key, group);
    }
  };

  for (const line of input.budgets) add(keysOf(line), { budget: line.amount, expected: line.amount * elapsedShareOfYear(line.year, asOf) });
  const allocations = new Map(input.allocations.map((a) => [a.code, a]));
  for (const allocation of input.allocations) if (allocation.approvedOn <= asOf) add(keysOf(allocation), { allocated: allocation.amount });
  for (const payment of input.disbursements) {
    const allocation = allocations.get(payment.allocationCode);
    if (allocation && payment.paidOn <= asOf) add(keysOf(allocation), { spent: payment.amount });
  }

  return [...groups]
    .map(([key, g]): ExecutionRow => {
      const rate = (part: number) => (g.budget > 0 ? part / g.budget : null);
      const executionRate = rate(g.spent);
      const expectedRate = rate(g.expected);
      return {
        key,
        budget: g.budget,
        allocated: g.allocated,
        spent: g.spent,
        allocationRate: rate(g.allocated),
        executionRate,
        expectedRate,
        behindBy: Math.max(Math.round(g.expected) - g.spent, 0),
        lagging: executionRate !== null && expectedRate !== null && expectedRate > 0 && executionRate < expectedRate - tolerance,
      };
    })
    .sort((a, b) => (by === 'task' || by === 'year' ? Number(a.key) - Number(b.key) : b.budget - a.budget || a.key.localeCompare(b.key)));
}

import {
  budgetExecution,
  targetAttainment,
  type BudgetExecutionView,
  type BudgetLine,
  type ExecutionDimension,
  type ExecutionRow,
  type FundAllocation,
  type FundDisbursement,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { ledgerRepository, type LedgerFilter, type LedgerRow } from './ledger.repository.js';

const documentOf = <T>(row: LedgerRow) => ({ ...(JSON.parse(row.document) as T), tasks: row.tasks });

/** The fund's three sheets as the domain's budget-execution inputs, optionally of one year. */
export async function loadFunds(db: Executor, countyId: string, year: number | null, filter: LedgerFilter = {}) {
  const scoped = { ...filter, ...(year !== null ? { year } : {}) };
  const budgets = (await ledgerRepository.all(db, 'fund-budgets', countyId, scoped)).map((r) => documentOf<BudgetLine>(r));
  const allocations = (await ledgerRepository.all(db, 'fund-allocations', countyId, scoped)).map((r) => documentOf<FundAllocation>(r));
  const codes = new Set(allocations.map((a) => a.code));
  const disbursements = (await ledgerRepository.all(db, 'fund-disbursements', countyId, filter)).map((r) => JSON.parse(r.document) as FundDisbursement).filter((d) => codes.has(d.allocationCode));
  return { budgets, allocations, disbursements };
}

/** The one row of everything: budget, allocation and spend of all lines together; null without any. */
export function totalOf(funds: Awaited<ReturnType<typeof loadFunds>>, asOf: string): ExecutionRow | null {
  return (
    budgetExecution({
      budgets: funds.budgets.map((line) => ({ ...line, source: 'all' })),
      allocations: funds.allocations.map((line) => ({ ...line, source: 'all' })),
      disbursements: funds.disbursements,
      asOf,
      by: 'source',
    })[0] ?? null
  );
}

/** 预算执行: budget against allocation against spend on `asOf`, by year, source, purpose and task. */
export async function budgetExecutionView(db: Executor, countyId: string, asOf: string, year: number | null, filter: LedgerFilter = {}): Promise<BudgetExecutionView> {
  const funds = await loadFunds(db, countyId, year, filter);
  const by = (dimension: ExecutionDimension) => budgetExecution({ ...funds, asOf, by: dimension });
  const byYear = by('year');
  const targets = { met: 0, notMet: 0, pending: 0 };
  for (const row of await ledgerRepository.all(db, 'fund-targets', countyId, { ...filter, ...(year !== null ? { year } : {}) })) {
    const d = JSON.parse(row.document) as { direction: 'at-least' | 'at-most'; target: number; actual?: number };
    const state = targetAttainment(d.direction, d.target, d.actual);
    if (state === 'met') targets.met += 1;
    else if (state === 'not-met') targets.notMet += 1;
    else targets.pending += 1;
  }
  return { asOf, year, total: totalOf(funds, asOf), byYear, bySource: by('source'), byPurpose: by('purpose'), byTask: by('task'), targets };
}

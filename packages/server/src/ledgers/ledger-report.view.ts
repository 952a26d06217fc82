import { fieldContext, type LedgerKind, type LedgerReportFacts, type Plan } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { budgetExecutionView } from './budget-execution.view.js';
import { presentLedgerRows } from './ledger-record.view.js';
import { ledgerRepository } from './ledger.repository.js';

/**
 * The ledgers as the 自评报告 and the 验收材料 read them at the data date: the special fund's execution
 * (every year, by year and by purpose, with its performance targets), and the meetings with their
 * decisions, the publicity events, the standards and the platforms dated on or before it. The
 * county's account: every town's rows and the county's own.
 */
export async function ledgerReportFacts(db: Executor, countyId: string, plan: Plan, asOf: string): Promise<LedgerReportFacts> {
  const context = fieldContext(plan.regions, []);
  const execution = await budgetExecutionView(db, countyId, asOf, null);
  const rows = async (kind: LedgerKind) => presentLedgerRows(db, countyId, kind, await ledgerRepository.all(db, kind, countyId, { to: asOf }), context, asOf);
  return {
    funds: { total: execution.total, byYear: execution.byYear, byPurpose: execution.byPurpose, targets: execution.targets },
    meetings: (await rows('meetings')).map((r) => ({ cells: r.cells, decisions: r.meeting?.decisions ?? 0, done: r.meeting?.done ?? 0 })),
    publicity: (await rows('publicity')).map((r) => ({ cells: r.cells, reach: typeof r.document.reach === 'number' ? r.document.reach : null })),
    standards: (await rows('standards')).map((r) => ({ cells: r.cells })),
    platforms: (await rows('platforms')).map((r) => ({ cells: r.cells })),
  };
}

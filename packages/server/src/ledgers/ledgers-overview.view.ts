import { decisionProgress, yearOf, type LedgerDocument, type LedgersOverview } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { decisionFollowUps } from './decision-follow-ups.js';
import { loadFunds, totalOf } from './budget-execution.view.js';
import { ledgerRepository, type LedgerFilter } from './ledger.repository.js';

const tally = (values: readonly string[]) => values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});

/** 方案总览's ledger cards: the year's fund execution, and the year's meetings and publicity. */
export async function ledgersOverviewView(db: Executor, countyId: string, asOf: string, scope: LedgerFilter): Promise<LedgersOverview> {
  const year = yearOf(asOf);
  const funds = await loadFunds(db, countyId, year, scope);
  const total = totalOf(funds, asOf);
  const within = { ...scope, from: `${year}-01-01`, to: asOf };
  const meetings = await ledgerRepository.all(db, 'meetings', countyId, within);
  const decisions = await ledgerRepository.all(db, 'decisions', countyId, within);
  const followUpOf = await decisionFollowUps(db, countyId, decisions.map((row) => JSON.parse(row.document) as LedgerDocument));
  let done = 0;
  let overdue = 0;
  for (const row of decisions) {
    const d = JSON.parse(row.document) as LedgerDocument;
    const progress = decisionProgress({ status: d.status as never, deadline: d.deadline as string | undefined }, followUpOf(d), asOf);
    if (progress.status === 'done') done += 1;
    if (progress.overdue) overdue += 1;
  }
  const publicity = await ledgerRepository.all(db, 'publicity', countyId, within);
  const reach = publicity.reduce((sum, row) => sum + Number((JSON.parse(row.document) as { reach?: number }).reach ?? 0), 0);
  return {
    year,
    asOf,
    funds: total,
    meetings: { total: meetings.length, byKind: tally(meetings.map((m) => m.category ?? 'other')), decisions: decisions.length, done, overdue },
    publicity: { total: publicity.length, reach, byKind: tally(publicity.map((p) => p.category ?? 'other')) },
    demo: [...meetings, ...publicity].some((row) => Number(row.demo) === 1) || (await ledgerRepository.demoCount(db, countyId)) > 0,
  };
}

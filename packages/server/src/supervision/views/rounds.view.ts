import {
  dataFilter,
  reportingRates,
  roundsForYear,
  shanghaiDate,
  totalCounts,
  totalsByUnit,
  type Principal,
  type RoundRow,
  type RoundsView,
} from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { reportRepository } from '../report.repository.js';
import { yearSettingsRepository } from '../year-settings.repository.js';

/** 轮次管理: the year's rounds as the cycle proposes them and as opened, with timeliness and completeness. */
export async function roundsView(db: Executor, countyId: string, principal: Principal, year: number, now: string): Promise<RoundsView> {
  const settings = await yearSettingsRepository.get(db, countyId, year);
  const opened = await reportRepository.rounds(db, countyId, year);
  const reports = await reportRepository.withHistory(db, countyId, dataFilter(principal, 'reports.read'), { roundIds: opened.map((r) => r.id) });
  const forms = reports.map((r) => ({ id: r.id, roundId: r.roundId, workItemId: r.workItemId, unitCode: r.unitCode, role: r.summary.role }));
  const rows = reportingRates(opened, forms, reports, now);
  const today = shanghaiDate(now);

  const proposed = settings.reportingCycle.kind === 'ad-hoc' ? [] : roundsForYear(settings.reportingCycle, year);
  const byId = new Map<string, RoundRow>();
  for (const round of proposed)
    byId.set(round.id, { ...round, kind: settings.reportingCycle.kind, status: 'not-opened', openedAt: null, openedBy: null, counts: null });
  for (const round of opened)
    byId.set(round.id, {
      ...round,
      status: today > round.closes ? 'closed' : 'open',
      openedAt: round.openedAt,
      openedBy: round.openedBy,
      counts: totalCounts(rows.filter((r) => r.roundId === round.id)),
    });
  return {
    year,
    reportingCycle: settings.reportingCycle,
    rounds: [...byId.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id)),
    units: totalsByUnit(rows),
  };
}

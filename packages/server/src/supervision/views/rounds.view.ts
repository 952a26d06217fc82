import {
  dataFilter,
  reportingRates,
  roundsForYear,
  shanghaiDate,
  totalsByUnit,
  type Principal,
  type ReportingCounts,
  type RoundRow,
  type RoundsView,
} from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { reportRepository } from '../report.repository.js';
import { yearSettingsRepository } from '../year-settings.repository.js';

const sum = (rows: readonly ReportingCounts[]): Omit<ReportingCounts, 'unitCode'> => {
  const t = rows.reduce(
    (a, r) => ({
      expected: a.expected + r.expected,
      submitted: a.submitted + r.submitted,
      onTime: a.onTime + r.onTime,
      late: a.late + r.late,
      lateDays: a.lateDays + r.lateDays,
      missing: a.missing + r.missing,
      pending: a.pending + r.pending,
      approved: a.approved + r.approved,
      returned: a.returned + r.returned,
    }),
    { expected: 0, submitted: 0, onTime: 0, late: 0, lateDays: 0, missing: 0, pending: 0, approved: 0, returned: 0 },
  );
  return { ...t, reportingRate: t.expected ? t.submitted / t.expected : null, onTimeRate: t.expected ? t.onTime / t.expected : null };
};

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
      counts: sum(rows.filter((r) => r.roundId === round.id)),
    });
  return {
    year,
    reportingCycle: settings.reportingCycle,
    rounds: [...byId.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id)),
    units: totalsByUnit(rows),
  };
}

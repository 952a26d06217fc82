import {
  can,
  dataFilter,
  escalationPolicyOf,
  formTimeliness,
  isReportable,
  ladderStanding,
  ladderSubjects,
  reportingRates,
  shanghaiDate,
  targetPace,
  targetResponsibilities,
  taskUnitStatus,
  totalsByUnit,
  workItemStatus,
  yearOf,
  type DashboardView,
  type FigureRow,
  type IndicatorForecast,
  type Plan,
  type Principal,
  type ReportRow,
} from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { assessYear } from '../assessment/assess-year.js';
import { reachesUnit } from '../data-scope.js';
import { ladderRepository } from '../ladder.repository.js';
import { reportRepository } from '../report.repository.js';
import { workPlanRepository } from '../work-plan.repository.js';
import { yearSettingsRepository } from '../year-settings.repository.js';

/**
 * 督查考核工作台: one call for the workspace of each perspective — the unit's own items, due and
 * overdue work, reports to write and returned ones, its score; the office's review queue, overdue
 * list, task × unit map, reporting rates and every target's pace with its responsible units. Every
 * list is cut to the reader's scope. Colours and rungs follow the year's 督办规则. `forecasts` gives
 * the statistics forecasts, read for a unit only when it answers for some target (it is shown the
 * county's pace of those targets alone, the pace it is warned about).
 */
export async function dashboardView(
  db: Executor,
  countyId: string,
  plan: Plan,
  principal: Principal,
  year: number,
  now: string,
  forecasts: () => Promise<readonly IndicatorForecast[]> = async () => [],
): Promise<DashboardView> {
  const today = shanghaiDate(now);
  const itemFilter = dataFilter(principal, 'workitems.read');
  const reportFilter = dataFilter(principal, 'reports.read');
  const perspective = can(principal, 'reports.review') ? 'office' : reportFilter.kind === 'all' ? 'leader' : 'unit';
  const ladder = await yearSettingsRepository.ladder(db, countyId, year);
  const { yellowWithinDays } = ladder.thresholds;

  const items = await workPlanRepository.items(db, countyId, itemFilter, { year });
  const allItems = await workPlanRepository.items(db, countyId, { kind: 'all' }, { year });
  const itemById = new Map(allItems.map((i) => [i.id, i]));
  const rounds = await reportRepository.rounds(db, countyId, year);
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  const reports = await reportRepository.withHistory(db, countyId, reportFilter, { roundIds: rounds.map((r) => r.id) });
  const values = await reportRepository.approvedValues(db, countyId, reportFilter);
  const targets = await workPlanRepository.targets(db, countyId);
  const statistics = perspective === 'unit' ? [] : await forecasts();
  const standing = ladderStanding(
    ladderSubjects({ plan, items: allItems, progress: new Map(allItems.map((i) => [i.id, i.progress])), rounds, reports, reportedValues: values, targets, forecasts: statistics, now }),
    now,
    escalationPolicyOf(ladder.thresholds),
  );

  const reportRows: ReportRow[] = reports.map((r) => {
    const round = roundById.get(r.roundId)!;
    const item = itemById.get(r.workItemId);
    const lastReturn = [...r.events].reverse().find((e) => e.action === 'return');
    return {
      id: r.id,
      roundId: r.roundId,
      roundLabel: round.label,
      opens: round.opens,
      closes: round.closes,
      workItemId: r.workItemId,
      itemTitle: item?.title ?? r.workItemId,
      taskNumber: item?.taskNumber ?? 0,
      unitCode: r.unitCode,
      role: r.summary.role,
      state: r.state,
      timeliness: formTimeliness(round, r, now),
      lastEventAt: r.events.at(-1)?.at ?? null,
      returnReason: r.state === 'returned' ? (lastReturn?.note ?? null) : null,
      escalation: standing.get(`report:${r.id}`) ?? null,
    };
  });

  const forms = reports.map((r) => ({ id: r.id, roundId: r.roundId, workItemId: r.workItemId, unitCode: r.unitCode, role: r.summary.role }));
  const rates = totalsByUnit(reportingRates(rounds, forms, reports, now));

  const own = (unit: string) => reachesUnit(principal, 'reports.read', plan, unit);
  const answering = targetResponsibilities(plan, allItems, year)
    .map((r) => ({ ...r, ownRole: perspective !== 'unit' ? null : r.leadUnits.some(own) ? ('lead' as const) : r.cooperatingUnits.some(own) ? ('co-operating' as const) : null }))
    .filter((r) => perspective !== 'unit' || r.ownRole !== null);
  // A unit's own targets are judged as the ladder judges them: on the county's figures and forecasts.
  const countyValues = perspective === 'unit' && answering.length ? await reportRepository.approvedValues(db, countyId, { kind: 'all' }) : values;
  const countyForecasts = perspective === 'unit' && answering.length ? await forecasts() : statistics;
  const indicators = new Map(plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
  const figures: FigureRow[] = answering.map(({ indicatorCode, leadUnits, cooperatingUnits, ownRole }) => {
    const indicator = indicators.get(indicatorCode)!;
    const reported = values.filter((v) => v.indicatorCode === indicatorCode);
    const reportable = isReportable(indicator);
    return {
      code: indicatorCode,
      yearTotal: reportable ? round2(reported.filter((v) => yearOf(v.periodEnd) === year).reduce((s, v) => s + v.value, 0)) : null,
      planTotal: reportable ? round2(reported.reduce((s, v) => s + v.value, 0)) : null,
      pace: targetPace({ plan, indicator, forecasts: countyForecasts, reportedValues: countyValues, targets, asOf: today }) ?? null,
      leadUnits,
      cooperatingUnits,
      ownRole,
    };
  });

  let scores: DashboardView['scores'] = [];
  if (perspective === 'unit') {
    const assessment = await assessYear(db, countyId, plan, year, now);
    scores = assessment.scores
      .filter((s) => reachesUnit(principal, 'reports.read', plan, s.unitCode))
      .map((score) => {
        const overall = assessment.ranking.overall.find((r) => r.unitCode === score.unitCode)!;
        const group = assessment.ranking.byGroup[overall.group] ?? [];
        return { score, facts: assessment.facts.find((f) => f.unitCode === score.unitCode)!, rank: overall.rank, of: assessment.ranking.overall.length, groupRank: group.find((r) => r.unitCode === score.unitCode)!.rank, groupSize: group.length };
      });
  }

  return {
    year,
    today,
    perspective,
    ladder,
    items: items.map((i) => ({
      id: i.id,
      title: i.title,
      taskNumber: i.taskNumber,
      leadUnit: i.leadUnit ?? null,
      cooperatingUnits: i.cooperatingUnits,
      deadline: i.deadline,
      expectedOutput: i.expectedOutput,
      milestones: i.milestones,
      completedOn: i.progress.completedOn ?? null,
      status: workItemStatus(i, i.progress, now, yellowWithinDays),
      escalation: standing.get(`work-item:${i.id}`) ?? null,
    })),
    reports: reportRows,
    grid: taskUnitStatus(items, new Map(items.map((i) => [i.id, i.progress])), now, yellowWithinDays),
    rates,
    figures,
    notifications: await ladderRepository.notifications(db, countyId, reportFilter, { limit: 20 }),
    scores,
  };
}

const round2 = (n: number) => Math.round(n * 1e6) / 1e6;

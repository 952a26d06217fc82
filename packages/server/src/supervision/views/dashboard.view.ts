import {
  can,
  dataFilter,
  formTimeliness,
  isReportable,
  reportedIndicatorPace,
  reportingRates,
  shanghaiDate,
  taskUnitStatus,
  totalsByUnit,
  workItemStatus,
  yearOf,
  type DeadlineStatus,
  type FormTimeliness,
  type PaceAssessment,
  type Plan,
  type Principal,
  type ReportingCounts,
  type ReportState,
  type StatusCell,
  type UnitFacts,
  type UnitScore,
} from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { assessYear } from '../assessment/assess-year.js';
import { reachesUnit } from '../data-scope.js';
import { ladderRepository, type StoredNotification } from '../ladder.repository.js';
import { reportRepository } from '../report.repository.js';
import { workPlanRepository } from '../work-plan.repository.js';

export interface ReportRow {
  id: string;
  roundId: string;
  roundLabel: string;
  opens: string;
  closes: string;
  workItemId: string;
  itemTitle: string;
  taskNumber: number;
  unitCode: string;
  role: 'lead' | 'co-operating';
  state: ReportState;
  timeliness: FormTimeliness;
  lastEventAt: string | null;
  /** The office's reason when the report was returned. */
  returnReason: string | null;
}

export interface ItemRow {
  id: string;
  title: string;
  taskNumber: number;
  leadUnit: string | null;
  cooperatingUnits: string[];
  deadline: string;
  expectedOutput: string;
  milestones: { title: string; due: string }[];
  completedOn: string | null;
  status: DeadlineStatus;
}

export interface FigureRow {
  code: string;
  /** Approved figures of periods ending this year, and since the plan began, within the reader's scope. */
  yearTotal: number;
  planTotal: number;
  /** County pace (office and leaders); null for a unit, which sees only its own part. */
  pace: PaceAssessment | null;
}

export interface DashboardView {
  year: number;
  today: string;
  /** 'office' sees everything and may review; 'leader' sees everything; 'unit' sees its own units. */
  perspective: 'office' | 'leader' | 'unit';
  items: ItemRow[];
  reports: ReportRow[];
  grid: StatusCell[];
  rates: ReportingCounts[];
  figures: FigureRow[];
  notifications: StoredNotification[];
  scores: { score: UnitScore; facts: UnitFacts; rank: number; of: number; groupRank: number; groupSize: number }[];
}

/**
 * 督查考核工作台: one call for the workspace of each perspective — the unit's own items, due and
 * overdue work, reports to write and returned ones, its score; the office's review queue, overdue
 * list, task × unit map, reporting rates and indicator pace. Every list is cut to the reader's scope.
 */
export async function dashboardView(db: Executor, countyId: string, plan: Plan, principal: Principal, year: number, now: string): Promise<DashboardView> {
  const today = shanghaiDate(now);
  const itemFilter = dataFilter(principal, 'workitems.read');
  const reportFilter = dataFilter(principal, 'reports.read');
  const perspective = can(principal, 'reports.review') ? 'office' : reportFilter.kind === 'all' ? 'leader' : 'unit';

  const items = await workPlanRepository.items(db, countyId, itemFilter, { year });
  const allItems = await workPlanRepository.items(db, countyId, { kind: 'all' }, { year });
  const itemById = new Map(allItems.map((i) => [i.id, i]));
  const rounds = await reportRepository.rounds(db, countyId, year);
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  const reports = await reportRepository.withHistory(db, countyId, reportFilter, { roundIds: rounds.map((r) => r.id) });

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
    };
  });

  const forms = reports.map((r) => ({ id: r.id, roundId: r.roundId, workItemId: r.workItemId, unitCode: r.unitCode, role: r.summary.role }));
  const rates = totalsByUnit(reportingRates(rounds, forms, reports, now));

  const values = await reportRepository.approvedValues(db, countyId, reportFilter);
  const targets = await workPlanRepository.targets(db, countyId);
  const figures: FigureRow[] = plan.targetGroups
    .flatMap((g) => g.indicators)
    .filter(isReportable)
    .map((indicator) => {
      const own = values.filter((v) => v.indicatorCode === indicator.code);
      return {
        code: indicator.code,
        yearTotal: round2(own.filter((v) => yearOf(v.periodEnd) === year).reduce((s, v) => s + v.value, 0)),
        planTotal: round2(own.reduce((s, v) => s + v.value, 0)),
        pace: perspective === 'unit' ? null : reportedIndicatorPace(plan, indicator, values, targets, today),
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
      status: workItemStatus(i, i.progress, now),
    })),
    reports: reportRows,
    grid: taskUnitStatus(items, new Map(items.map((i) => [i.id, i.progress])), now),
    rates,
    figures,
    notifications: await ladderRepository.notifications(db, countyId, reportFilter, { limit: 20 }),
    scores,
  };
}

const round2 = (n: number) => Math.round(n * 1e6) / 1e6;

import {
  endOfDayMs,
  gatherUnitFacts,
  rankUnits,
  scoreUnit,
  type AssessmentScheme,
  type Plan,
  type Ranking,
  type UnitFacts,
  type UnitScore,
} from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { answerRepository } from '../../evaluation/answer.repository.js';
import { ladderRepository } from '../ladder.repository.js';
import { reportRepository } from '../report.repository.js';
import { workPlanRepository } from '../work-plan.repository.js';
import { yearSettingsRepository } from '../year-settings.repository.js';
import { adjustmentRepository } from './adjustment.repository.js';

export interface YearAssessment {
  year: number;
  /** The instant the figures are taken at: now during the year, its last moment afterwards. */
  asOf: string;
  scheme: AssessmentScheme;
  schemeSet: boolean;
  facts: UnitFacts[];
  scores: UnitScore[];
  ranking: Ranking;
}

/**
 * 年度考核: score every unit that owed work or reports in the year under the year's scheme, line by
 * line, and rank them overall and by unit type. During the year the figures are "so far".
 */
export async function assessYear(db: Executor, countyId: string, plan: Plan, year: number, now: string): Promise<YearAssessment> {
  const yearEnd = new Date(endOfDayMs(`${year}-12-31`)).toISOString();
  const asOf = now < yearEnd ? now : yearEnd;
  const all = { kind: 'all' } as const;
  const settings = await yearSettingsRepository.get(db, countyId, year);
  const rounds = await reportRepository.rounds(db, countyId, year);
  const reports = await reportRepository.withHistory(db, countyId, all, { roundIds: rounds.map((r) => r.id) });
  const items = await workPlanRepository.items(db, countyId, all, { year });
  const facts = gatherUnitFacts({
    openNotices: await openNotices(db, countyId, year, asOf),
    units: plan.units,
    indicators: plan.targetGroups.flatMap((g) => g.indicators),
    year,
    now: asOf,
    rounds,
    forms: reports.map((r) => ({ id: r.id, roundId: r.roundId, workItemId: r.workItemId, unitCode: r.unitCode, role: r.summary.role })),
    reports,
    items,
    progress: new Map(items.map((i) => [i.id, i.progress])),
    qualityScores: reports
      .filter((r) => r.state === 'approved' && r.summary.qualityScore !== null)
      .map((r) => ({ unitCode: r.unitCode, score: r.summary.qualityScore! })),
    targets: await workPlanRepository.targets(db, countyId, year),
    reportedValues: await reportRepository.approvedValues(db, countyId, all),
    // An item the office later removed from the scheme no longer counts (and cannot be scored).
    adjustments: (await adjustmentRepository.list(db, countyId, year)).filter((a) =>
      (a.kind === 'bonus' ? settings.assessmentScheme.bonusItems : settings.assessmentScheme.penaltyItems).some((i) => i.code === a.code),
    ),
  });
  const scores = facts.map((f) => scoreUnit(settings.assessmentScheme, f));
  return { year, asOf, scheme: settings.assessmentScheme, schemeSet: settings.schemeSet, facts, scores, ranking: rankUnits(scores) };
}

/**
 * The year's 督办单 (numbered in the year) issued by `asOf` and not closed (销号) by then: the office
 * had not accepted an answer. An answer awaiting the office's decision still leaves it open.
 */
async function openNotices(db: Executor, countyId: string, year: number, asOf: string): Promise<{ unitCode: string }[]> {
  const notices = (await ladderRepository.notices(db, countyId, { kind: 'all' })).filter((n) => n.year === year && n.issuedAt <= asOf);
  const answers = await answerRepository.of(db, countyId, 'notice', notices.map((n) => n.id));
  const closed = new Set(answers.filter((a) => a.decision === 'accepted' && a.decidedAt !== null && a.decidedAt <= asOf).map((a) => a.subjectId));
  return notices.filter((n) => !closed.has(n.id)).map((n) => ({ unitCode: n.unitCode }));
}

import type { Plan } from '../plan/plan.schema.js';
import { yearOf } from '../periods/iso-date.js';
import type { ReportedValue } from './reported-pace.js';
import { formTimeliness } from './reporting-rate.js';
import { reportSubject, workItemSubject, type SupervisedSubject, type WorkItemProgress } from './reminders.js';
import type { ReportingRound } from './reporting-round.js';
import type { Report } from './report.schema.js';
import { shanghaiDate } from '../periods/shanghai-calendar.js';
import { targetPace, type IndicatorForecast } from './target-pace.js';
import { unitsAnsweringFor, targetResponsibilities } from './target-responsibility.js';
import type { AnnualIndicatorTargets, WorkItem } from './work-plan.schema.js';

export interface LadderInput {
  plan: Pick<Plan, 'period' | 'targetGroups'>;
  items: readonly WorkItem[];
  progress: ReadonlyMap<string, WorkItemProgress>;
  /** The rounds the office opened. */
  rounds: readonly ReportingRound[];
  /** Every report of those rounds (one per form). */
  reports: readonly Report[];
  /** Approved reported figures, for the pace of the indicators units report. */
  reportedValues: readonly ReportedValue[];
  targets: readonly AnnualIndicatorTargets[];
  /**
   * 统计预测 of the targets the statistics engine computes from the registers. A target without
   * one (a reported indicator, or too little data) is judged on the trend of reported figures.
   */
  forecasts?: readonly IndicatorForecast[];
  now: string;
}

/**
 * Everything the supervision ladder watches at `now`:
 * - every work item, against its deadline and milestones, with the rounds it was overdue in;
 * - every report form of an opened round, against the round's due date, with the earlier rounds in
 *   which the same unit's report on the same item came late or not at all (a second miss → 督办单);
 * - the pace of each target this year's work items serve (支撑指标) or name among their figures,
 *   addressed to those items' units (lead units first, see targetResponsibilities): from the
 *   statistics forecast where there is one, else from the trend of the reported figures. An
 *   indicator with nothing to judge it on yet is left to the reminders about the missing reports
 *   themselves.
 */
export function ladderSubjects(input: LadderInput): SupervisedSubject[] {
  const { now } = input;
  const subjects: SupervisedSubject[] = [];
  const itemById = new Map(input.items.map((i) => [i.id, i]));
  const rounds = [...input.rounds].sort((a, b) => a.closes.localeCompare(b.closes) || a.id.localeCompare(b.id));
  const roundById = new Map(rounds.map((r) => [r.id, r]));

  for (const item of input.items) subjects.push(workItemSubject(item, input.progress.get(item.id) ?? {}, rounds, now));

  const byItemUnit = new Map<string, Report[]>();
  for (const report of input.reports) {
    const key = `${report.workItemId}\u0000${report.unitCode}`;
    byItemUnit.set(key, [...(byItemUnit.get(key) ?? []), report]);
  }
  for (const report of input.reports) {
    const round = roundById.get(report.roundId);
    const item = itemById.get(report.workItemId);
    if (!round || !item) continue;
    const earlier = (byItemUnit.get(`${report.workItemId}\u0000${report.unitCode}`) ?? [])
      .filter((other) => {
        const r = roundById.get(other.roundId);
        return r !== undefined && r.closes < round.closes;
      })
      .filter((other) => {
        const status = formTimeliness(roundById.get(other.roundId)!, other, now).status;
        return status === 'late' || status === 'missing';
      })
      .map((other) => other.roundId);
    // reportSubject reads the form's id, round, item and unit; the role does not matter to the ladder.
    subjects.push(reportSubject({ ...report, role: item.leadUnit === report.unitCode ? 'lead' : 'co-operating' }, round, report, `${round.label} · ${item.title}`, earlier));
  }

  const year = yearOf(shanghaiDate(now));
  const indicators = new Map(input.plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
  for (const responsibility of targetResponsibilities(input.plan, input.items, year)) {
    const [leadUnit, ...rest] = unitsAnsweringFor(responsibility);
    if (leadUnit === undefined) continue;
    const indicator = indicators.get(responsibility.indicatorCode)!;
    const pace = targetPace({
      plan: input.plan,
      indicator,
      forecasts: input.forecasts ?? [],
      reportedValues: input.reportedValues,
      targets: input.targets,
      asOf: shanghaiDate(now),
    });
    if (!pace || pace.state === 'no-data') continue;
    subjects.push({ id: `indicator:${indicator.code}`, kind: 'indicator', title: indicator.name, leadUnit, cooperatingUnits: rest, overdueRounds: [], pace });
  }
  return subjects;
}

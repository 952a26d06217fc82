import type { Plan } from '../plan/plan.schema.js';
import { yearOf } from '../periods/iso-date.js';
import { isReportable } from './reported-figures.js';
import { reportedIndicatorPace, type ReportedValue } from './reported-pace.js';
import { formTimeliness } from './reporting-rate.js';
import { reportSubject, workItemSubject, type SupervisedSubject, type WorkItemProgress } from './reminders.js';
import type { ReportingRound } from './reporting-round.js';
import type { Report } from './report.schema.js';
import { shanghaiDate } from './shanghai-calendar.js';
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
  now: string;
}

/**
 * Everything the supervision ladder watches at `now`:
 * - every work item, against its deadline and milestones, with the rounds it was overdue in;
 * - every report form of an opened round, against the round's due date, with the earlier rounds in
 *   which the same unit's report on the same item came late or not at all (a second miss → 督办单);
 * - the pace of each figure this year's work items ask units to report, addressed to the units
 *   that report it (lead units first). An indicator with nothing reported yet is left to the
 *   reminders about the missing reports themselves.
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
  const indicators = input.plan.targetGroups.flatMap((g) => g.indicators).filter(isReportable);
  for (const indicator of indicators) {
    const asking = input.items.filter((i) => i.year === year && (i.figures ?? []).includes(indicator.code));
    const leads = [...new Set(asking.map((i) => i.leadUnit?.trim() ?? '').filter((u) => u !== ''))];
    const others = [...new Set(asking.flatMap((i) => i.cooperatingUnits))].filter((u) => !leads.includes(u));
    if (leads.length === 0 && others.length === 0) continue;
    const pace = reportedIndicatorPace(input.plan, indicator, input.reportedValues, input.targets, shanghaiDate(now));
    if (pace.state === 'no-data') continue;
    const [leadUnit, ...rest] = [...leads, ...others];
    subjects.push({ id: `indicator:${indicator.code}`, kind: 'indicator', title: indicator.name, leadUnit: leadUnit!, cooperatingUnits: rest, overdueRounds: [], pace });
  }
  return subjects;
}

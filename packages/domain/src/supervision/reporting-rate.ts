import type { ReportForm, ReportingRound } from './reporting-round.js';
import type { Report, ReportState } from './report.schema.js';
import { daysLate, daysBetween, instantMs, isPastDeadline, shanghaiDate } from '../periods/shanghai-calendar.js';

/**
 * Which submission decides timeliness:
 * - 'first' (default): the first submission that still stands. A report the office returns and
 *   the unit corrects after the due date stays on time; the office judges quality separately.
 * - 'latest': the last submission, i.e. the version the office finally accepts. Stricter: a
 *   correction after the due date makes the report late.
 * A withdrawn submission never counts under either basis.
 */
export type TimelinessBasis = 'first' | 'latest';

export type FormTimeliness =
  | { status: 'on-time'; submittedAt: string }
  | { status: 'late'; submittedAt: string; daysLate: number }
  /** Not submitted and the round has not closed yet. */
  | { status: 'pending' }
  /** Not submitted and the round has closed: overdue by this many days. */
  | { status: 'missing'; daysOverdue: number };

/** How one form stands at `now`: on time, late by N days, pending, or missing. */
export function formTimeliness(
  round: ReportingRound,
  report: Report | undefined,
  now: string,
  basis: TimelinessBasis = 'first',
): FormTimeliness {
  const nowMs = instantMs(now);
  // Only what had happened by `now` counts, so a past date gives the figures as they were then.
  const standing = (report?.submissions ?? []).filter((s) => instantMs(s.at) <= nowMs);
  const submission = basis === 'first' ? standing[0] : standing[standing.length - 1];
  if (submission) {
    // Late means after 23:59:59.999 +08:00 on the closing date, i.e. on a later Shanghai date.
    const late = daysLate(submission.at, round.closes);
    return late === 0
      ? { status: 'on-time', submittedAt: submission.at }
      : { status: 'late', submittedAt: submission.at, daysLate: late };
  }
  if (!isPastDeadline(now, round.closes)) return { status: 'pending' };
  return { status: 'missing', daysOverdue: daysBetween(round.closes, shanghaiDate(now)) };
}

/** The state of a report at an instant, read from its event log. */
export function reportStateAt(report: Report, now: string): ReportState {
  const nowMs = instantMs(now);
  let state: ReportState = 'draft';
  for (const event of report.events) if (instantMs(event.at) <= nowMs) state = event.to;
  return state;
}

/** Expected vs submitted vs on time (the DHIS2 reporting-rate idea) for one unit. */
export interface ReportingCounts {
  unitCode: string;
  expected: number;
  /** On time + late. */
  submitted: number;
  onTime: number;
  late: number;
  /** Sum of the late reports' days late. */
  lateDays: number;
  /** Not submitted, round closed. */
  missing: number;
  /** Not submitted, round still open. */
  pending: number;
  /** Of the submitted: how many stand approved, and how many are returned awaiting correction. */
  approved: number;
  returned: number;
  /** submitted ÷ expected (completeness); null when nothing is expected. */
  reportingRate: number | null;
  /** onTime ÷ expected (timeliness); null when nothing is expected. */
  onTimeRate: number | null;
}

export interface RoundReportingCounts extends ReportingCounts {
  roundId: string;
}

const formKey = (roundId: string, workItemId: string, unitCode: string) => `${roundId}\u0000${workItemId}\u0000${unitCode}`;

function emptyCounts(unitCode: string): ReportingCounts {
  return {
    unitCode,
    expected: 0,
    submitted: 0,
    onTime: 0,
    late: 0,
    lateDays: 0,
    missing: 0,
    pending: 0,
    approved: 0,
    returned: 0,
    reportingRate: null,
    onTimeRate: null,
  };
}

function withRates<T extends ReportingCounts>(counts: T): T {
  return {
    ...counts,
    reportingRate: counts.expected ? counts.submitted / counts.expected : null,
    onTimeRate: counts.expected ? counts.onTime / counts.expected : null,
  };
}

/**
 * Completeness and timeliness per unit per round at `now`. Every form is expected; while a round
 * is open its unsent forms count as pending, so the rates are "so far". Rows come sorted by round
 * (in the order of `rounds`) and unit code.
 */
export function reportingRates(
  rounds: readonly ReportingRound[],
  forms: readonly ReportForm[],
  reports: readonly Report[],
  now: string,
  basis: TimelinessBasis = 'first',
): RoundReportingCounts[] {
  const byForm = new Map(reports.map((r) => [formKey(r.roundId, r.workItemId, r.unitCode), r]));
  const rows = new Map<string, RoundReportingCounts>();
  const roundOrder = new Map(rounds.map((r, i) => [r.id, i]));

  for (const form of forms) {
    const round = rounds.find((r) => r.id === form.roundId);
    if (!round) throw new RangeError(`form ${form.id} belongs to round "${form.roundId}", which was not given`);
    const key = `${form.roundId}\u0000${form.unitCode}`;
    const row = rows.get(key) ?? { roundId: form.roundId, ...emptyCounts(form.unitCode) };
    rows.set(key, row);

    const report = byForm.get(formKey(form.roundId, form.workItemId, form.unitCode));
    const timeliness = formTimeliness(round, report, now, basis);
    row.expected++;
    if (timeliness.status === 'on-time' || timeliness.status === 'late') {
      row.submitted++;
      if (timeliness.status === 'on-time') row.onTime++;
      else {
        row.late++;
        row.lateDays += timeliness.daysLate;
      }
      const state = reportStateAt(report!, now);
      if (state === 'approved') row.approved++;
      if (state === 'returned') row.returned++;
    } else if (timeliness.status === 'missing') row.missing++;
    else row.pending++;
  }

  return [...rows.values()]
    .map(withRates)
    .sort((a, b) => roundOrder.get(a.roundId)! - roundOrder.get(b.roundId)! || a.unitCode.localeCompare(b.unitCode));
}

/** The per-round rows of each unit added up (e.g. over a year, for the assessment). */
export function totalsByUnit(rows: readonly ReportingCounts[]): ReportingCounts[] {
  const totals = new Map<string, ReportingCounts>();
  for (const row of rows) {
    const total = totals.get(row.unitCode) ?? emptyCounts(row.unitCode);
    totals.set(row.unitCode, total);
    addCounts(total, row);
  }
  return [...totals.values()].map(withRates).sort((a, b) => a.unitCode.localeCompare(b.unitCode));
}

/** One round's (or any set of rows') totals over all units, with the rates of the sum, not an average of rates. */
export function totalCounts(rows: readonly ReportingCounts[]): Omit<ReportingCounts, 'unitCode'> {
  const total = emptyCounts('');
  for (const row of rows) addCounts(total, row);
  const { unitCode: _unit, ...counts } = withRates(total);
  return counts;
}

function addCounts(total: ReportingCounts, row: ReportingCounts): void {
  total.expected += row.expected;
  total.submitted += row.submitted;
  total.onTime += row.onTime;
  total.late += row.late;
  total.lateDays += row.lateDays;
  total.missing += row.missing;
  total.pending += row.pending;
  total.approved += row.approved;
  total.returned += row.returned;
}

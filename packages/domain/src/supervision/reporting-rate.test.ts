import { describe, expect, it } from 'vitest';
import { defaultReportingCycle, formsForRound, roundsForYear } from './reporting-round.js';
import { formTimeliness, reportingRates, reportStateAt, totalCounts, totalsByUnit } from './reporting-rate.js';
import { newReport, transition } from './report-workflow.js';
import { reportContentSchema, type Report, type ReportAction, type ReportActor } from './report.schema.js';
import type { WorkItem } from './work-plan.schema.js';

const rounds2025 = roundsForYear(defaultReportingCycle, 2025);
const q1 = rounds2025[0]!; // closes 2025-04-10
const q2 = rounds2025[1]!; // closes 2025-07-10
const office: ReportActor = { userId: 'zhao', unitCode: 'ip-office', role: 'office' };
const item = (id: string, cooperatingUnits: string[]): WorkItem => ({
  id,
  year: 2025,
  taskNumber: 1,
  title: id,
  leadUnit: 'amr',
  cooperatingUnits,
  deadline: '2025-12-31',
  expectedOutput: '',
  milestones: [],
  servesTargets: [],
});
const items = [item('w1', ['finance']), item('w2', [])];

/** Run a unit's report through steps; times are hh:mm on a date in Shanghai. */
function report(roundId: string, workItemId: string, unitCode: string, steps: [ReportAction['type'], string][]): Report {
  const clerk: ReportActor = { userId: `${unitCode}-clerk`, unitCode, role: 'unit' };
  let r = newReport({ id: `${roundId}/${workItemId}/${unitCode}`, roundId, workItemId, unitCode, role: 'lead' });
  r = ok(transition(r, { type: 'edit', content: reportContentSchema.parse({ progress: '进展' }) }, clerk, '2025-04-01T08:00:00+08:00'));
  for (const [type, at] of steps) {
    const action = { type, reason: '请补充', content: reportContentSchema.parse({ progress: `进展 ${at}` }) } as ReportAction;
    const actor = ['edit', 'submit', 'withdraw'].includes(type) ? clerk : office;
    r = ok(transition(r, action, actor, at));
  }
  return r;
}
function ok(result: ReturnType<typeof transition>): Report {
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

describe('formTimeliness', () => {
  it('is on time up to the end of the closing day in Shanghai, late by calendar days after', () => {
    const at = (instant: string) => report('2025-Q1', 'w1', 'amr', [['submit', instant]]);
    expect(formTimeliness(q1, at('2025-04-10T23:59:59+08:00'), '2025-05-01T00:00:00+08:00')).toEqual({
      status: 'on-time',
      submittedAt: '2025-04-10T23:59:59+08:00',
    });
    // 16:30 UTC on the 10th is 00:30 on the 11th in Shanghai: one day late.
    expect(formTimeliness(q1, at('2025-04-10T16:30:00Z'), '2025-05-01T00:00:00+08:00')).toEqual({
      status: 'late',
      submittedAt: '2025-04-10T16:30:00Z',
      daysLate: 1,
    });
  });

  it('is pending while the round is open and missing, with days overdue, once it has closed', () => {
    expect(formTimeliness(q1, undefined, '2025-04-10T20:00:00+08:00')).toEqual({ status: 'pending' });
    expect(formTimeliness(q1, undefined, '2025-04-15T09:00:00+08:00')).toEqual({ status: 'missing', daysOverdue: 5 });
  });

  it('counts the first standing submission by default, the latest when asked', () => {
    const corrected = report('2025-Q1', 'w1', 'amr', [
      ['submit', '2025-04-09T10:00:00+08:00'],
      ['return', '2025-04-10T10:00:00+08:00'],
      ['edit', '2025-04-13T09:00:00+08:00'],
      ['submit', '2025-04-13T10:00:00+08:00'],
    ]);
    const now = '2025-04-20T00:00:00+08:00';
    expect(formTimeliness(q1, corrected, now)).toMatchObject({ status: 'on-time' });
    expect(formTimeliness(q1, corrected, now, 'latest')).toEqual({ status: 'late', submittedAt: '2025-04-13T10:00:00+08:00', daysLate: 3 });
  });

  it('does not count a withdrawn submission', () => {
    const withdrawn = report('2025-Q1', 'w1', 'amr', [
      ['submit', '2025-04-09T10:00:00+08:00'],
      ['withdraw', '2025-04-09T11:00:00+08:00'],
    ]);
    expect(formTimeliness(q1, withdrawn, '2025-04-12T00:00:00+08:00')).toEqual({ status: 'missing', daysOverdue: 2 });
  });

  it('gives the figures as they stood at a past instant', () => {
    const r = report('2025-Q1', 'w1', 'amr', [['submit', '2025-04-12T10:00:00+08:00'], ['approve', '2025-04-13T10:00:00+08:00']]);
    expect(formTimeliness(q1, r, '2025-04-11T10:00:00+08:00')).toEqual({ status: 'missing', daysOverdue: 1 });
    expect(reportStateAt(r, '2025-04-12T12:00:00+08:00')).toBe('submitted');
    expect(reportStateAt(r, '2025-04-14T00:00:00+08:00')).toBe('approved');
  });
});

describe('reportingRates', () => {
  const forms = [...formsForRound(q1, items), ...formsForRound(q2, items)];
  const reports = [
    report('2025-Q1', 'w1', 'amr', [['submit', '2025-04-08T10:00:00+08:00'], ['approve', '2025-04-09T10:00:00+08:00']]),
    report('2025-Q1', 'w2', 'amr', [['submit', '2025-04-12T08:00:00+08:00'], ['return', '2025-04-13T08:00:00+08:00']]),
    // finance never reports w1 for Q1
  ];
  const now = '2025-04-15T09:00:00+08:00';

  it('counts expected, submitted, on time, late, missing and pending per unit per round', () => {
    const rows = reportingRates([q1, q2], forms, reports, now);
    expect(rows.map((r) => [r.roundId, r.unitCode, r.expected, r.submitted, r.onTime, r.late, r.lateDays, r.missing, r.pending])).toEqual([
      ['2025-Q1', 'amr', 2, 2, 1, 1, 2, 0, 0],
      ['2025-Q1', 'finance', 1, 0, 0, 0, 0, 1, 0],
      ['2025-Q2', 'amr', 2, 0, 0, 0, 0, 0, 2],
      ['2025-Q2', 'finance', 1, 0, 0, 0, 0, 0, 1],
    ]);
    expect(rows[0]).toMatchObject({ approved: 1, returned: 1, reportingRate: 1, onTimeRate: 0.5 });
    expect(rows[1]).toMatchObject({ reportingRate: 0, onTimeRate: 0 });
  });

  it('adds the rounds up per unit', () => {
    const totals = totalsByUnit(reportingRates([q1, q2], forms, reports, now));
    expect(totals.map((t) => [t.unitCode, t.expected, t.submitted, t.onTime, t.reportingRate, t.onTimeRate])).toEqual([
      ['amr', 4, 2, 1, 0.5, 0.25],
      ['finance', 2, 0, 0, 0, 0],
    ]);
    expect(totalsByUnit([])).toEqual([]);
  });

  it("adds a round's units up: Q1 expected 3 forms, 2 came in (1 on time), so 2/3 reported and 1/3 on time", () => {
    const q1Rows = reportingRates([q1, q2], forms, reports, now).filter((r) => r.roundId === '2025-Q1');
    const total = totalCounts(q1Rows);
    expect(total).toMatchObject({ expected: 3, submitted: 2, onTime: 1, late: 1, lateDays: 2, missing: 1, pending: 0, approved: 1, returned: 1 });
    expect(total.reportingRate).toBeCloseTo(2 / 3);
    expect(total.onTimeRate).toBeCloseTo(1 / 3);
    expect(totalCounts([])).toMatchObject({ expected: 0, reportingRate: null, onTimeRate: null });
  });

  it('refuses a form whose round was not given', () => {
    expect(() => reportingRates([q1], forms, reports, now)).toThrow(/2025-Q2/);
  });
});

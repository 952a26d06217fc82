import { describe, expect, it } from 'vitest';
import { defaultReportingCycle, formsForRound, reportingCycleSchema, roundsForYear } from './reporting-round.js';
import type { WorkItem } from './work-plan.schema.js';

describe('roundsForYear', () => {
  it('gives four quarterly rounds by default, due 10 days after each quarter ends', () => {
    expect(defaultReportingCycle).toEqual({ kind: 'quarterly', dueDaysAfterPeriodEnd: 10, opensDaysBeforePeriodEnd: 5 });
    expect(roundsForYear(defaultReportingCycle, 2025)).toEqual([
      { id: '2025-Q1', year: 2025, label: '2025年第1季度', periodStart: '2025-01-01', periodEnd: '2025-03-31', opens: '2025-03-26', closes: '2025-04-10' },
      { id: '2025-Q2', year: 2025, label: '2025年第2季度', periodStart: '2025-04-01', periodEnd: '2025-06-30', opens: '2025-06-25', closes: '2025-07-10' },
      { id: '2025-Q3', year: 2025, label: '2025年第3季度', periodStart: '2025-07-01', periodEnd: '2025-09-30', opens: '2025-09-25', closes: '2025-10-10' },
      { id: '2025-Q4', year: 2025, label: '2025年第4季度', periodStart: '2025-10-01', periodEnd: '2025-12-31', opens: '2025-12-26', closes: '2026-01-10' },
    ]);
  });

  it('takes a configured due-day count', () => {
    const rounds = roundsForYear({ kind: 'quarterly', dueDaysAfterPeriodEnd: 15, opensDaysBeforePeriodEnd: 0 }, 2026);
    expect(rounds[0]).toMatchObject({ opens: '2026-03-31', closes: '2026-04-15' });
  });

  it('gives twelve monthly rounds, February ending on the 29th in a leap year', () => {
    const rounds = roundsForYear({ kind: 'monthly' }, 2024);
    expect(rounds).toHaveLength(12);
    expect(rounds[1]).toEqual({
      id: '2024-02',
      year: 2024,
      label: '2024年2月',
      periodStart: '2024-02-01',
      periodEnd: '2024-02-29',
      opens: '2024-02-24',
      closes: '2024-03-05',
    });
    expect(rounds[11]!.closes).toBe('2025-01-05');
  });

  it('returns the ad-hoc rounds whose period ends in the year, in date order', () => {
    const cycle = {
      kind: 'ad-hoc' as const,
      rounds: [
        { id: 'acceptance', label: '验收自查', periodStart: '2024-01-01', periodEnd: '2026-09-30', opens: '2026-09-01', closes: '2026-10-15' },
        { id: 'midterm', label: '中期评估', periodStart: '2024-01-01', periodEnd: '2025-06-30', opens: '2025-06-15', closes: '2025-07-20' },
        { id: 'ip-week', label: '知识产权宣传周', periodStart: '2025-04-20', periodEnd: '2025-04-26', opens: '2025-04-26', closes: '2025-04-30' },
      ],
    };
    expect(roundsForYear(cycle, 2025).map((r) => [r.id, r.year])).toEqual([
      ['ip-week', 2025],
      ['midterm', 2025],
    ]);
    expect(roundsForYear(cycle, 2026).map((r) => r.id)).toEqual(['acceptance']);
  });

  it('refuses an ad-hoc round that closes before it opens', () => {
    const result = reportingCycleSchema.safeParse({
      kind: 'ad-hoc',
      rounds: [{ id: 'x', label: 'x', periodStart: '2025-01-01', periodEnd: '2025-01-31', opens: '2025-02-10', closes: '2025-02-01' }],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.message).toBe('the round closes before it opens');
  });
});

describe('formsForRound', () => {
  const item = (overrides: Partial<WorkItem>): WorkItem => ({
    id: 'w1',
    year: 2025,
    taskNumber: 13,
    title: '开展质押融资入园惠企行动',
    leadUnit: 'amr',
    cooperatingUnits: ['finance', 'fin-center'],
    deadline: '2025-11-30',
    expectedOutput: '活动总结',
    milestones: [],
    servesTargets: [],
    ...overrides,
  });
  const [q1, q2] = roundsForYear(defaultReportingCycle, 2025);

  it('asks the lead and each co-operating unit for their own report', () => {
    expect(formsForRound(q1!, [item({})])).toEqual([
      { id: '2025-Q1/w1/amr', roundId: '2025-Q1', workItemId: 'w1', unitCode: 'amr', role: 'lead' },
      { id: '2025-Q1/w1/finance', roundId: '2025-Q1', workItemId: 'w1', unitCode: 'finance', role: 'co-operating' },
      { id: '2025-Q1/w1/fin-center', roundId: '2025-Q1', workItemId: 'w1', unitCode: 'fin-center', role: 'co-operating' },
    ]);
  });

  it("skips other years' items, items closed before the period, and repeated units", () => {
    const forms = formsForRound(
      q2!,
      [
        item({ id: 'old', year: 2024 }),
        item({ id: 'done', cooperatingUnits: [] }),
        item({ id: 'done-in-q2', cooperatingUnits: [] }),
        item({ id: 'dup', cooperatingUnits: ['amr', 'finance', 'finance'] }),
      ],
      { closedItems: new Map([['done', '2025-03-20'], ['done-in-q2', '2025-04-15']]) },
    );
    expect(forms.map((f) => f.id)).toEqual(['2025-Q2/done-in-q2/amr', '2025-Q2/dup/amr', '2025-Q2/dup/finance']);
  });
});

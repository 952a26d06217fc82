import { describe, expect, it } from 'vitest';
import { jinhuPlan } from './__tests__/jinhu.js';
import { assessmentSchemeSchema } from './assessment-scheme.js';
import { newReport, transition } from './report-workflow.js';
import type { Report, ReportActor } from './report.schema.js';
import { formsForRound, roundsForYear } from './reporting-round.js';
import { gatherUnitFacts, type UnitFactsInput } from './unit-facts.js';
import { scoreUnit } from './unit-score.js';
import type { WorkItem } from './work-plan.schema.js';

const plan = jinhuPlan();
const indicators = plan.targetGroups.flatMap((g) => g.indicators);
const [q1, q2] = roundsForYear({ kind: 'quarterly' }, 2025); // Q1 closes 04-10, Q2 07-10

const items: WorkItem[] = [
  { id: 'train', year: 2025, taskNumber: 20, title: '举办培训班', leadUnit: 'licheng', cooperatingUnits: ['human-resources'], deadline: '2025-06-30', expectedOutput: '', milestones: [], figures: ['training-participants'], servesTargets: [] },
  { id: 'station', year: 2025, taskNumber: 16, title: '建设知识产权工作站', leadUnit: 'licheng', cooperatingUnits: [], deadline: '2025-12-31', expectedOutput: '', milestones: [], servesTargets: [] },
  { id: 'old', year: 2024, taskNumber: 16, title: '上一年的事项', leadUnit: 'licheng', cooperatingUnits: [], deadline: '2024-12-31', expectedOutput: '', milestones: [], servesTargets: [] },
];

const unit = (code: string): ReportActor => ({ userId: `${code}-user`, unitCode: code, role: 'unit' });
const office: ReportActor = { userId: 'office', unitCode: 'program-office', role: 'office' };
function submitted(form: { id: string; roundId: string; workItemId: string; unitCode: string; role: 'lead' | 'co-operating' }, at: string, approve = false): Report {
  let report = newReport(form);
  for (const [action, actor] of [
    [{ type: 'edit', content: { progress: '已完成', indicatorValues: {}, evidence: [] } }, unit(form.unitCode)],
    [{ type: 'submit' }, unit(form.unitCode)],
    ...(approve ? [[{ type: 'approve' }, office]] : []),
  ] as const) {
    const result = transition(report, action as never, actor, at);
    if (!result.ok) throw new Error(result.reason);
    report = result.report;
  }
  return report;
}

const forms = [q1!, q2!].flatMap((round) => formsForRound(round, items));

/**
 * Worked example, assessed on 2025-07-20 (Q1 and Q2 closed, Q3 not open yet):
 * 黎城街道 owes 4 forms (train, station × Q1, Q2): Q1 both on time, Q2 train 3 days late, Q2
 * station never sent. 县人社局 owes 2 (train × Q1, Q2): both on time.
 * Work items: train (due 06-30) completed 06-28, station not due yet → 黎城 1 of 1, 人社局 1 of 1.
 */
const find = (round: string, item: string, u: string) => forms.find((f) => f.roundId === round && f.workItemId === item && f.unitCode === u)!;
const input: UnitFactsInput = {
  units: plan.units,
  indicators,
  year: 2025,
  now: '2025-07-20T10:00:00+08:00',
  rounds: [q1!, q2!],
  forms,
  reports: [
    submitted(find('2025-Q1', 'train', 'licheng'), '2025-04-08T10:00:00+08:00', true),
    submitted(find('2025-Q1', 'station', 'licheng'), '2025-04-10T23:59:00+08:00'),
    submitted(find('2025-Q2', 'train', 'licheng'), '2025-07-13T09:00:00+08:00', true),
    submitted(find('2025-Q1', 'train', 'human-resources'), '2025-04-01T09:00:00+08:00'),
    submitted(find('2025-Q2', 'train', 'human-resources'), '2025-07-02T09:00:00+08:00'),
  ],
  items,
  progress: new Map([['train', { completedOn: '2025-06-28' }]]),
  qualityScores: [{ unitCode: 'licheng', score: 90 }, { unitCode: 'licheng', score: 80 }],
  targets: [{ year: 2025, indicatorCode: 'training-participants', countyTarget: 200, regionTargets: { licheng: 50, jinbei: 30 } }],
  reportedValues: [
    { indicatorCode: 'training-participants', unitCode: 'licheng', regionCode: 'licheng', periodEnd: '2025-03-31', value: 25 },
    { indicatorCode: 'training-participants', unitCode: 'licheng', regionCode: 'licheng', periodEnd: '2025-06-30', value: 15 },
    { indicatorCode: 'training-participants', unitCode: 'licheng', regionCode: 'licheng', periodEnd: '2024-12-31', value: 70 },
    { indicatorCode: 'training-participants', unitCode: 'human-resources', regionCode: 'jinhu', periodEnd: '2025-06-30', value: 300 },
  ],
  adjustments: [{ unitCode: 'licheng', kind: 'bonus', code: 'provincial-award', note: '省专利奖' }],
};

describe('gatherUnitFacts', () => {
  const facts = gatherUnitFacts(input);

  it('assesses the units that owe work or reports that year, never the program office', () => {
    expect(facts.map((f) => f.unitCode)).toEqual(['human-resources', 'licheng']);
  });

  it("collects 黎城街道's year: reports, items, quality, its region's share of the targets, bonuses", () => {
    expect(facts.find((f) => f.unitCode === 'licheng')).toEqual({
      unitCode: 'licheng',
      unitKind: 'street',
      reports: { expected: 4, onTime: 2, late: 1 },
      workItems: { due: 1, completed: 1 },
      qualityScores: [90, 80],
      // 25 + 15 reported for 2025 periods; the 2024 figure and 人社局's 300 are not 黎城's.
      indicators: [{ indicatorCode: 'training-participants', target: 50, actual: 40 }],
      bonuses: [{ code: 'provincial-award', note: '省专利奖' }],
      penalties: [],
      // One of the four expected reports never came in after its round closed.
      shortfalls: { openNotices: 0, overdueReports: 1, returnedReports: 0 },
    });
  });

  it('counts the 督办单 still open against the unit they were issued to', () => {
    const withNotices = gatherUnitFacts({ ...input, openNotices: [{ unitCode: 'licheng' }, { unitCode: 'licheng' }, { unitCode: 'human-resources' }] });
    expect(withNotices.map((f) => [f.unitCode, f.shortfalls?.openNotices])).toEqual([
      ['human-resources', 1],
      ['licheng', 2],
    ]);
  });

  it('gives a county department no indicator of its own', () => {
    expect(facts.find((f) => f.unitCode === 'human-resources')).toMatchObject({
      unitKind: 'government-department',
      reports: { expected: 2, onTime: 2, late: 0 },
      workItems: { due: 1, completed: 1 },
      indicators: [],
    });
  });

  it('does not count a round that is still open against anyone', () => {
    const early = gatherUnitFacts({ ...input, now: '2025-07-05T10:00:00+08:00' });
    // Q2 closes 07-10: its forms are pending, so only Q1's two count for 黎城.
    expect(early.find((f) => f.unitCode === 'licheng')!.reports).toEqual({ expected: 2, onTime: 2, late: 0 });
  });

  it('scores the worked example: 30 × 2.5/4 + 30 × 1 + 20 × 0.85 + 20 × 0.8 + 2 − 2 × 1 missing report = 81.75', () => {
    const scheme = assessmentSchemeSchema.parse({
      year: 2025,
      weights: { timeliness: 30, completion: 30, quality: 20, indicatorAttainment: 20 },
      bonusItems: [{ code: 'provincial-award', title: '获省专利奖', points: 2 }],
    });
    // timeliness 30 × (2 + 0.5 × 1) ÷ 4 = 18.75; completion 30 × 1 ÷ 1 = 30; quality 20 × 85 ÷ 100 = 17;
    // attainment 20 × 40/50 = 16; base 81.75, bonus 2, the missing report −2.
    const score = scoreUnit(scheme, facts.find((f) => f.unitCode === 'licheng')!);
    expect(score.lines.map((l) => l.points)).toEqual([18.75, 30, 17, 16, 2, -2]);
    expect(score.total).toBe(81.75);
  });
});

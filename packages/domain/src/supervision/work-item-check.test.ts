import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan.schema.js';
import { jinhuPlan } from './__tests__/jinhu.js';
import { checkServedTargets, checkWorkItems } from './work-item-check.js';
import type { WorkItem } from './work-plan.schema.js';

const plan: Pick<Plan, 'period' | 'units' | 'taskGroups'> = {
  period: { startYear: 2024, endYear: 2026 },
  units: [
    { code: 'amr', name: '县市场监管局', kind: 'government-department', aliases: [] },
    { code: 'finance', name: '县财政局', kind: 'government-department', aliases: [] },
  ],
  taskGroups: [
    {
      code: 'g',
      number: '一',
      title: 't',
      tasks: [{ number: 1, title: 't', text: '……', responsibility: { text: '县市场监管局', parties: [{ ref: 'amr', role: 'lead' }] } }],
    },
  ],
};

const item = (overrides: Partial<WorkItem>): WorkItem => ({
  id: 'w1',
  year: 2025,
  taskNumber: 1,
  title: '召开联席会议',
  leadUnit: 'amr',
  cooperatingUnits: ['finance'],
  deadline: '2025-06-30',
  expectedOutput: '会议纪要',
  milestones: [{ title: '印发通知', due: '2025-03-31' }],
  servesTargets: [],
  ...overrides,
});

describe('checkWorkItems', () => {
  it('accepts a complete item', () => {
    expect(checkWorkItems(plan, [item({})])).toEqual([]);
  });

  it('flags an item without a lead unit, also when the lead is blank', () => {
    const warnings = checkWorkItems(plan, [item({ leadUnit: undefined }), item({ id: 'w2', leadUnit: '  ' })]);
    expect(warnings).toEqual([
      { code: 'no-lead-unit', itemId: 'w1', message: '"召开联席会议" has no lead unit (牵头单位)' },
      { code: 'no-lead-unit', itemId: 'w2', message: '"召开联席会议" has no lead unit (牵头单位)' },
    ]);
  });

  it('flags a deadline outside the plan period, and one outside the item\'s own year', () => {
    const warnings = checkWorkItems(plan, [
      item({ id: 'late', deadline: '2027-01-15', milestones: [] }),
      item({ id: 'early', year: 2024, deadline: '2023-12-31', milestones: [] }),
      item({ id: 'next-year', deadline: '2026-01-31', milestones: [] }),
    ]);
    expect(warnings.map((w) => [w.code, w.itemId])).toEqual([
      ['deadline-outside-period', 'late'],
      ['deadline-outside-period', 'early'],
      ['deadline-outside-year', 'next-year'],
    ]);
    expect(warnings[0]!.message).toBe('"召开联席会议" is due 2027-01-15, outside the plan period 2024–2026');
  });

  it('accepts deadlines on the first and last day of the period', () => {
    expect(
      checkWorkItems(plan, [
        item({ id: 'a', year: 2024, deadline: '2024-01-01', milestones: [] }),
        item({ id: 'b', year: 2026, deadline: '2026-12-31', milestones: [] }),
      ]),
    ).toEqual([]);
  });

  it('flags unknown units and tasks, a lead listed as co-operating, and duplicate ids', () => {
    const warnings = checkWorkItems(plan, [
      item({ leadUnit: 'police', cooperatingUnits: ['amr-typo'] }),
      item({ taskNumber: 22, cooperatingUnits: ['amr'] }),
    ]);
    expect(warnings.map((w) => w.code)).toEqual([
      'unknown-unit',
      'unknown-unit',
      'duplicate-id',
      'lead-also-cooperating',
      'unknown-task',
    ]);
  });

  it('flags milestones after the deadline or outside the period', () => {
    const warnings = checkWorkItems(plan, [
      item({ milestones: [{ title: '验收', due: '2025-07-15' }, { title: '调研', due: '2023-11-01' }] }),
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['milestone-after-deadline', 'milestone-outside-period']);
  });
});

describe('checkServedTargets', () => {
  const jinhu = jinhuPlan();
  const targets = jinhu.targetGroups.flatMap((g) => g.indicators);
  const everyTargetBut = (...left: string[]) => targets.map((t) => t.code).filter((c) => !left.includes(c));

  it('names each target of the plan no work item of the year serves, and nothing once all are served', () => {
    const items = [item({ servesTargets: everyTargetBut('high-value-invention-patents-per-10k', 'enterprise-grant-share') })];
    expect(checkServedTargets(jinhu, items, 2025)).toEqual([
      {
        code: 'target-not-served',
        severity: 'warning',
        indicatorCode: 'high-value-invention-patents-per-10k',
        year: 2025,
        message: 'no 2025 work item serves the target 万人高价值发明专利拥有量; nobody is warned when it falls behind',
        numbers: { reportingItems: 0 },
      },
      expect.objectContaining({ indicatorCode: 'enterprise-grant-share', message: expect.stringContaining('企业专利授权量占比') }),
    ]);
    expect(checkServedTargets(jinhu, [item({ servesTargets: everyTargetBut() })], 2025)).toEqual([]);
  });

  it('notes a target whose figures units report but no item serves, and ignores an item of another year', () => {
    const items = [item({ servesTargets: everyTargetBut('training-participants'), figures: ['training-participants'] }), item({ id: 'w2', year: 2024, servesTargets: ['training-participants'] })];
    expect(checkServedTargets(jinhu, items, 2025)).toEqual([
      expect.objectContaining({
        code: 'target-only-reported',
        severity: 'info',
        indicatorCode: 'training-participants',
        numbers: { reportingItems: 1 },
        message: expect.stringContaining('only the units reporting its figures are warned'),
      }),
    ]);
  });

  it('leaves a year without any work items alone', () => {
    expect(checkServedTargets(jinhu, [item({ year: 2024, deadline: '2024-06-30' })], 2025)).toEqual([]);
  });
});

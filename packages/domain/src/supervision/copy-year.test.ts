import { describe, expect, it } from 'vitest';
import { copyYear } from './copy-year.js';
import { workPlanSchema, type WorkItem, type WorkPlan } from './work-plan.schema.js';

const item = (overrides: Partial<WorkItem>): WorkItem => ({
  id: '2024-t01-a',
  year: 2024,
  taskNumber: 1,
  title: '召开知识产权联席会议',
  leadUnit: 'amr',
  cooperatingUnits: ['finance'],
  deadline: '2024-06-30',
  expectedOutput: '会议纪要',
  milestones: [],
  servesTargets: [],
  ...overrides,
});

describe('copyYear', () => {
  const plan: WorkPlan = {
    items: [
      item({ milestones: [{ title: '印发通知', due: '2024-02-29' }] }),
      item({ id: 'pledge-loans', taskNumber: 13, deadline: '2024-02-29' }),
      item({ id: '2025-t02-a', year: 2025, taskNumber: 2, deadline: '2025-12-31' }),
    ],
    indicatorTargets: [{ year: 2024, indicatorCode: 'trademarks', countyTarget: 1000, regionTargets: {} }],
  };

  it("copies the year's items with deadlines and milestones a year later, 29 Feb → 28 Feb", () => {
    const next = copyYear(plan, 2024, 2025);
    const copies = next.items.filter((i) => i.year === 2025 && i.id !== '2025-t02-a');
    expect(copies).toEqual([
      item({ id: '2025-t01-a', year: 2025, deadline: '2025-06-30', milestones: [{ title: '印发通知', due: '2025-02-28' }] }),
      item({ id: 'pledge-loans-2025', year: 2025, taskNumber: 13, deadline: '2025-02-28' }),
    ]);
  });

  it('keeps the source year untouched and does not copy indicator targets', () => {
    const next = copyYear(plan, 2024, 2025);
    expect(next.items.slice(0, 3)).toEqual(plan.items);
    expect(next.indicatorTargets).toEqual(plan.indicatorTargets);
    expect(plan.items).toHaveLength(3);
  });

  it('is idempotent: copying twice adds nothing the second time', () => {
    const once = copyYear(plan, 2024, 2025);
    const twice = copyYear(once, 2024, 2025);
    expect(twice.items).toHaveLength(5);
  });

  it('moves deadlines by the distance between the years', () => {
    const next = copyYear(plan, 2024, 2026, { idFor: (i, y) => `${i.id}@${y}` });
    expect(next.items.filter((i) => i.year === 2026).map((i) => [i.id, i.deadline])).toEqual([
      ['2024-t01-a@2026', '2026-06-30'],
      ['pledge-loans@2026', '2026-02-28'],
    ]);
  });

  it('copies nothing from a year without items', () => {
    expect(copyYear(plan, 2023, 2024).items).toEqual(plan.items);
  });

  it('loads a work plan file with defaults filled in', () => {
    const parsed = workPlanSchema.parse({
      items: [{ id: 'x', year: 2025, taskNumber: 3, title: '事项', deadline: '2025-09-30' }],
    });
    expect(parsed.items[0]).toMatchObject({ cooperatingUnits: [], milestones: [], expectedOutput: '' });
    expect(parsed.indicatorTargets).toEqual([]);
  });
});

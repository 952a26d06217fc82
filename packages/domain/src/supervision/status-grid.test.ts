import { describe, expect, it } from 'vitest';
import { taskUnitStatus, workItemStatus } from './status-grid.js';
import type { WorkItem } from './work-plan.schema.js';

const item = (id: string, taskNumber: number, deadline: string, extra: Partial<WorkItem> = {}): WorkItem => ({
  id, year: 2026, taskNumber, title: id, leadUnit: 'amr', cooperatingUnits: ['finance'], deadline, expectedOutput: '', milestones: [], servesTargets: [], ...extra,
});

describe('workItemStatus', () => {
  it('is not overdue on its deadline day in Shanghai, and is from the first minute of the next day', () => {
    const i = item('a', 1, '2026-03-31');
    expect(workItemStatus(i, undefined, '2026-03-31T23:59:00+08:00')).toMatchObject({ state: 'due-soon', light: 'yellow' });
    expect(workItemStatus(i, undefined, '2026-03-31T16:00:00Z')).toMatchObject({ state: 'overdue', light: 'red', daysOverdue: 1 });
  });

  it('turns red on an open milestone that passed, and green once that milestone is recorded', () => {
    const i = item('a', 1, '2026-06-30', { milestones: [{ title: '印发通知', due: '2026-03-31' }] });
    expect(workItemStatus(i, undefined, '2026-04-02T09:00:00+08:00')).toMatchObject({ state: 'overdue', milestone: '印发通知' });
    expect(workItemStatus(i, { milestonesCompleted: { 印发通知: '2026-03-30' } }, '2026-04-02T09:00:00+08:00')).toMatchObject({ state: 'on-track' });
  });
});

describe('taskUnitStatus', () => {
  it('counts each unit’s items per task and takes the worst as the cell’s level', () => {
    const now = '2026-04-01T09:00:00+08:00';
    const cells = taskUnitStatus(
      [
        item('done', 1, '2026-03-15'),
        item('late', 1, '2026-03-31', { cooperatingUnits: [] }),
        item('soon', 2, '2026-04-05'),
        item('later', 2, '2026-09-30', { leadUnit: 'finance', cooperatingUnits: ['finance'] }),
      ],
      new Map([['done', { completedOn: '2026-03-10' }]]),
      now,
    );
    expect(cells.map((c) => [c.taskNumber, c.unitCode, c.items, c.completed, c.onTrack, c.dueSoon, c.overdue, c.level])).toEqual([
      [1, 'amr', 2, 1, 0, 0, 1, 3],
      [1, 'finance', 1, 1, 0, 0, 0, 0],
      [2, 'amr', 1, 0, 0, 1, 0, 2],
      // 'later' names finance as lead and co-operating unit: counted once.
      [2, 'finance', 2, 0, 1, 1, 0, 2],
    ]);
  });
});

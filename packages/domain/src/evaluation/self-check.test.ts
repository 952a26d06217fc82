import { describe, expect, it } from 'vitest';
import { canConfirmTask, proposedTaskRating, selfCheckProgress, type SelfCheckPartState } from './self-check.js';

const part = (taskNumber: number, unitCode: string, role: 'lead' | 'co-operating', submittedAt: string | null, proposedRating: SelfCheckPartState['proposedRating'] = null): SelfCheckPartState => ({
  taskNumber,
  unitCode,
  role,
  submittedAt,
  proposedRating,
});

describe('self-check (自查自纠)', () => {
  const parts = [
    part(1, 'amr', 'lead', '2026-12-01T02:00:00Z', 'complete'),
    part(1, 'kjj', 'co-operating', null, 'basically-complete'),
    part(2, 'fgw', 'lead', null, null),
    part(2, 'amr', 'co-operating', '2026-12-02T02:00:00Z', 'incomplete'),
  ];

  it('counts parts submitted, tasks ready (lead submitted) and ratings confirmed', () => {
    expect(selfCheckProgress(parts, [{ taskNumber: 1, rating: 'complete', confirmedAt: 'x' }])).toEqual({
      tasks: 2,
      parts: 4,
      partsSubmitted: 2,
      tasksReady: 1,
      tasksConfirmed: 1,
      ratings: { complete: 1, 'basically-complete': 0, incomplete: 0 },
    });
  });

  it('starts the office from the lead unit’s proposal, else the most cautious part', () => {
    expect(proposedTaskRating(parts.filter((p) => p.taskNumber === 1))).toBe('complete');
    expect(proposedTaskRating(parts.filter((p) => p.taskNumber === 2))).toBe('incomplete');
    expect(proposedTaskRating([part(3, 'a', 'lead', null)])).toBeNull();
  });

  it('lets the office confirm only once the lead unit has submitted', () => {
    expect(canConfirmTask(parts, 1)).toBe(true);
    expect(canConfirmTask(parts, 2)).toBe(false);
  });
});

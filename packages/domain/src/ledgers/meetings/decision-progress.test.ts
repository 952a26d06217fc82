import { describe, expect, it } from 'vitest';
import { decisionProgress } from './decision-progress.js';

describe('decisionProgress (决定事项落实情况)', () => {
  it('follows the work item it became: in progress until the item is completed, whatever was typed', () => {
    const item = { kind: 'work-item' as const, id: '2025-t1-2', deadline: '2025-04-30' };
    expect(decisionProgress({ status: 'done' }, item, '2025-04-20')).toEqual({ status: 'in-progress', overdue: false, source: 'work-item' });
    expect(decisionProgress({}, { ...item, completedOn: '2025-04-25' }, '2025-04-26')).toEqual({ status: 'done', overdue: false, source: 'work-item' });
  });

  it('is overdue from the day after the item’s deadline, and not once the item is done', () => {
    const item = { kind: 'rectification' as const, id: 'r-1', deadline: '2025-04-30' };
    expect(decisionProgress({}, item, '2025-04-30').overdue).toBe(false);
    expect(decisionProgress({}, item, '2025-05-01')).toEqual({ status: 'in-progress', overdue: true, source: 'rectification' });
    expect(decisionProgress({}, { ...item, completedOn: '2025-05-10' }, '2025-05-12').overdue).toBe(false);
  });

  it('an item completed on a later date does not count yet', () => {
    expect(decisionProgress({}, { kind: 'work-item', id: 'x', deadline: '2025-06-30', completedOn: '2025-06-01' }, '2025-05-20').status).toBe('in-progress');
  });

  it('without a follow-up the office’s entry counts, open when none, overdue past its deadline', () => {
    expect(decisionProgress({}, null, '2025-03-01')).toEqual({ status: 'open', overdue: false, source: 'manual' });
    expect(decisionProgress({ status: 'in-progress', deadline: '2025-02-28' }, null, '2025-03-01')).toEqual({ status: 'in-progress', overdue: true, source: 'manual' });
    expect(decisionProgress({ status: 'done', deadline: '2025-02-28' }, null, '2025-03-01').overdue).toBe(false);
  });
});

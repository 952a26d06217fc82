import { describe, expect, it } from 'vitest';
import { deadlineStatus } from './deadline-light.js';

const at = (date: string, time = '09:00:00') => `${date}T${time}+08:00`;

describe('deadlineStatus (三色)', () => {
  const item = { deadline: '2025-06-30' };

  it('is green more than 7 days before the deadline', () => {
    expect(deadlineStatus(item, at('2025-06-22'))).toEqual({
      light: 'green',
      state: 'on-track',
      deadline: '2025-06-30',
      daysLeft: 8,
      daysOverdue: 0,
    });
  });

  it('is yellow from 7 days before to the end of the deadline day', () => {
    expect(deadlineStatus(item, at('2025-06-23'))).toMatchObject({ light: 'yellow', state: 'due-soon', daysLeft: 7 });
    expect(deadlineStatus(item, at('2025-06-30', '23:59:59'))).toMatchObject({ light: 'yellow', daysLeft: 0 });
  });

  it('is red from the next day in Shanghai, even when now is written in UTC', () => {
    expect(deadlineStatus(item, '2025-06-30T16:00:00Z')).toEqual({
      light: 'red',
      state: 'overdue',
      deadline: '2025-06-30',
      daysLeft: -1,
      daysOverdue: 1,
    });
    expect(deadlineStatus(item, at('2025-07-30'))).toMatchObject({ light: 'red', daysOverdue: 30 });
  });

  it('takes a configured yellow window', () => {
    expect(deadlineStatus(item, at('2025-06-20'), 10)).toMatchObject({ light: 'yellow', daysLeft: 10 });
    expect(deadlineStatus(item, at('2025-06-29'), 0)).toMatchObject({ light: 'green', daysLeft: 1 });
  });

  it('turns yellow at midnight in Shanghai when the office sets a 10-day window, whatever the offset of now', () => {
    // 2025-06-19T16:00Z is 2025-06-20 00:00 in Shanghai: 10 days before 06-30.
    expect(deadlineStatus(item, '2025-06-19T15:59:59Z', 10)).toMatchObject({ light: 'green', state: 'on-track', daysLeft: 11 });
    expect(deadlineStatus(item, '2025-06-19T16:00:00Z', 10)).toMatchObject({ light: 'yellow', state: 'due-soon', daysLeft: 10 });
    expect(deadlineStatus(item, at('2025-06-20', '00:00:00'), 10)).toMatchObject({ light: 'yellow', daysLeft: 10 });
  });

  it('with no advance window, is yellow only on the deadline day (Shanghai)', () => {
    expect(deadlineStatus(item, at('2025-06-29', '23:59:59'), 0)).toMatchObject({ light: 'green', daysLeft: 1 });
    expect(deadlineStatus(item, '2025-06-29T16:00:00Z', 0)).toMatchObject({ light: 'yellow', state: 'due-soon', daysLeft: 0 });
    expect(deadlineStatus(item, '2025-06-30T16:00:00Z', 0)).toMatchObject({ light: 'red', daysOverdue: 1 });
  });

  it('is green once completed, also when completed late, but not for a completion date still ahead', () => {
    expect(deadlineStatus({ ...item, completedOn: '2025-07-05' }, at('2025-07-10'))).toMatchObject({ light: 'green', state: 'completed' });
    expect(deadlineStatus({ ...item, completedOn: '2025-07-15' }, at('2025-07-10'))).toMatchObject({ light: 'red', daysOverdue: 10 });
  });

  it('turns red on an open overdue milestone before the final deadline', () => {
    const withMilestones = {
      deadline: '2025-12-31',
      milestones: [
        { title: '印发方案', due: '2025-03-31', completedOn: '2025-03-20' },
        { title: '完成调研', due: '2025-06-30' },
        { title: '形成报告', due: '2025-09-30' },
      ],
    };
    expect(deadlineStatus(withMilestones, at('2025-07-03'))).toEqual({
      light: 'red',
      state: 'overdue',
      deadline: '2025-06-30',
      milestone: '完成调研',
      daysLeft: -3,
      daysOverdue: 3,
    });
    expect(deadlineStatus(withMilestones, at('2025-04-10'))).toMatchObject({ light: 'green', milestone: '完成调研', daysLeft: 81 });
  });
});

import { describe, expect, it } from 'vitest';
import { defaultEscalationPolicy, escalationLevel, overdueRounds } from './escalation.js';
import { defaultReportingCycle, roundsForYear } from './reporting-round.js';

describe('escalationLevel', () => {
  it('climbs 提醒 → 催办 → 督办 with the colour and the overdue history', () => {
    expect(escalationLevel('green', 0, 0)).toBeNull();
    expect(escalationLevel('yellow', 0, 5)).toBe('reminder');
    expect(escalationLevel('red', 1, 0)).toBe('urge');
    expect(escalationLevel('red', 29, 1)).toBe('urge');
    expect(escalationLevel('red', 30, 0)).toBe('supervise');
    expect(escalationLevel('red', 3, 2)).toBe('supervise');
  });

  it('takes configured thresholds', () => {
    const strict = { ...defaultEscalationPolicy, superviseAfterOverdueRounds: 1, superviseAfterDaysOverdue: 10 };
    expect(escalationLevel('red', 3, 1, strict)).toBe('supervise');
    expect(escalationLevel('red', 10, 0, strict)).toBe('supervise');
    expect(escalationLevel('red', 9, 0, strict)).toBe('urge');
  });
});

describe('overdueRounds', () => {
  const rounds = roundsForYear(defaultReportingCycle, 2025); // closes 04-10, 07-10, 10-10, 2026-01-10

  it('lists the closed rounds at whose close the item was past its deadline and not done', () => {
    expect(overdueRounds({ deadline: '2025-03-15' }, rounds, '2025-07-11T09:00:00+08:00')).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('does not count a round that has not closed yet (closes at the end of its day in Shanghai)', () => {
    expect(overdueRounds({ deadline: '2025-03-15' }, rounds, '2025-07-10T23:00:00+08:00')).toEqual(['2025-Q1']);
  });

  it('stops counting once the item is done, and ignores deadlines on the closing day', () => {
    expect(overdueRounds({ deadline: '2025-03-15', completedOn: '2025-05-01' }, rounds, '2025-12-01T09:00:00+08:00')).toEqual(['2025-Q1']);
    expect(overdueRounds({ deadline: '2025-04-10' }, rounds, '2025-05-01T09:00:00+08:00')).toEqual([]);
  });
});

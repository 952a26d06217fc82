import { describe, expect, it } from 'vitest';
import { defaultEscalationPolicy, escalationLevel, escalationPolicyOf, overdueRounds } from './escalation.js';
import { defaultLadderThresholds } from './ladder-thresholds.js';
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

  it('waits for the configured day overdue before 催办, standing on 提醒 until then', () => {
    const patient = { ...defaultLadderThresholds, urgeAfterDaysOverdue: 3, superviseAfterDaysOverdue: 15 };
    expect(escalationLevel('red', 1, 0, patient)).toBe('reminder');
    expect(escalationLevel('red', 2, 0, patient)).toBe('reminder');
    expect(escalationLevel('red', 3, 0, patient)).toBe('urge');
    expect(escalationLevel('red', 14, 1, patient)).toBe('urge');
    expect(escalationLevel('red', 15, 0, patient)).toBe('supervise');
    // An indicator at risk before its deadline (red, no days overdue) is urged at once.
    expect(escalationLevel('red', 0, 0, patient)).toBe('urge');
  });

  it('issues a 督办单 at the configured number of overdue rounds, even before the urge day', () => {
    const threeRounds = { ...defaultLadderThresholds, urgeAfterDaysOverdue: 5, superviseAfterOverdueRounds: 3 };
    expect(escalationLevel('red', 20, 2, threeRounds)).toBe('urge');
    expect(escalationLevel('red', 20, 3, threeRounds)).toBe('supervise');
    expect(escalationLevel('red', 1, 3, threeRounds)).toBe('supervise');
  });

  it('builds the policy of a year from its rules, sent once per rung and deadline', () => {
    expect(escalationPolicyOf(defaultLadderThresholds)).toEqual(defaultEscalationPolicy);
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

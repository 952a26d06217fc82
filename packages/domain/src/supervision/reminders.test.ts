import { describe, expect, it } from 'vitest';
import { defaultEscalationPolicy, escalationPolicyOf } from './escalation.js';
import { defaultLadderThresholds } from './ladder-thresholds.js';
import { assessPace } from './indicator-pace.js';
import { defaultReportingCycle, formsForRound, roundsForYear } from './reporting-round.js';
import { remindersDue, reportSubject, workItemSubject, type SentReminder, type SupervisedSubject } from './reminders.js';
import type { WorkItem } from './work-plan.schema.js';

const now = '2025-06-25T09:00:00+08:00';
const task = (id: string, deadline: string, extra: Partial<SupervisedSubject> = {}): SupervisedSubject =>
  ({
    id: `work-item:${id}`,
    kind: 'work-item',
    title: `事项${id}`,
    leadUnit: 'amr',
    cooperatingUnits: ['finance'],
    overdueRounds: [],
    deadline,
    ...extra,
  }) as SupervisedSubject;

/** An indicator at risk: 100 trademarks by 2025-03-14 against an expected 200 (see indicator-pace.test). */
const atRisk = assessPace({
  indicatorCode: 'trademarks',
  target: 1000,
  baseline: { date: '2024-12-31', value: 0 },
  deadline: '2025-12-31',
  observations: [{ date: '2025-03-14', value: 100 }],
  asOf: '2025-03-20',
});
const indicator = (overdue: string[], pace = atRisk): SupervisedSubject => ({
  id: 'indicator:trademarks',
  kind: 'indicator',
  title: '商标注册量',
  leadUnit: 'amr',
  cooperatingUnits: ['town-a', 'town-b'],
  overdueRounds: overdue,
  pace,
});

describe('remindersDue', () => {
  it('sends a reminder when due soon, an urge when overdue, a 督办单 after 30 days overdue; nothing when green', () => {
    const reminders = remindersDue(
      [task('a', '2025-06-30'), task('b', '2025-06-10'), task('c', '2025-05-20'), task('d', '2025-08-31'), task('e', '2025-06-01', { completedOn: '2025-05-30' } as Partial<SupervisedSubject>)],
      now,
      [],
    );
    expect(reminders.map((r) => [r.subjectId, r.level, r.light, r.daysOverdue, r.addressee, r.reason])).toEqual([
      ['work-item:c', 'supervise', 'red', 36, 'lead-unit-leader', 'deadline 2025-05-20 passed 36 days ago'],
      ['work-item:b', 'urge', 'red', 15, 'units', 'deadline 2025-06-10 passed 15 days ago'],
      ['work-item:a', 'reminder', 'yellow', 0, 'units', 'deadline 2025-06-30 is in 5 days'],
    ]);
    expect(reminders[2]).toMatchObject({ to: ['amr', 'finance'], daysLeft: 5, overdueRounds: 0 });
  });

  it('does not repeat a reminder already sent for the same deadline', () => {
    const log: SentReminder[] = [{ subjectId: 'work-item:a', level: 'reminder', deadline: '2025-06-30', sentAt: '2025-06-23T09:00:00+08:00' }];
    expect(remindersDue([task('a', '2025-06-30')], now, log)).toEqual([]);
  });

  it('climbs to the next rung even when a lower one was sent, and never steps back down', () => {
    const urged: SentReminder[] = [{ subjectId: 'work-item:c', level: 'urge', deadline: '2025-05-20', sentAt: '2025-05-21T09:00:00+08:00' }];
    expect(remindersDue([task('c', '2025-05-20')], now, urged).map((r) => r.level)).toEqual(['supervise']);

    const improved = assessPace({
      indicatorCode: 'trademarks',
      target: 1000,
      baseline: { date: '2024-12-31', value: 0 },
      deadline: '2025-12-31',
      observations: [{ date: '2025-03-14', value: 180 }],
      asOf: '2025-03-20',
    });
    expect(improved.light).toBe('yellow');
    const sentUrge: SentReminder[] = [{ subjectId: 'indicator:trademarks', level: 'urge', deadline: '2025-12-31', sentAt: '2025-03-01T09:00:00+08:00' }];
    expect(remindersDue([indicator([], improved)], now, sentUrge)).toEqual([]);
  });

  it('starts the ladder again for a new (extended) deadline', () => {
    const log: SentReminder[] = [{ subjectId: 'work-item:b', level: 'supervise', deadline: '2025-05-10', sentAt: '2025-06-10T09:00:00+08:00' }];
    expect(remindersDue([task('b', '2025-06-30')], now, log).map((r) => [r.level, r.deadline])).toEqual([['reminder', '2025-06-30']]);
  });

  it('repeats a level after the configured number of days', () => {
    const policy = { ...defaultEscalationPolicy, repeatEveryDays: { urge: 7 } };
    const sent = (date: string): SentReminder[] => [
      { subjectId: 'work-item:b', level: 'urge', deadline: '2025-06-10', sentAt: `${date}T09:00:00+08:00` },
    ];
    expect(remindersDue([task('b', '2025-06-10')], now, sent('2025-06-18'), policy)).toHaveLength(1);
    expect(remindersDue([task('b', '2025-06-10')], now, sent('2025-06-19'), policy)).toHaveLength(0);
  });

  it("follows the year's rules at the Shanghai day boundary: 10 days' notice, 催办 from the third day overdue", () => {
    const rules = escalationPolicyOf({ ...defaultLadderThresholds, yellowWithinDays: 10, urgeAfterDaysOverdue: 3 });
    const due = (now: string, log: SentReminder[] = []) => remindersDue([task('a', '2025-06-30'), task('b', '2025-06-10')], now, log, rules);
    // 2025-06-19T16:00Z is 06-20 00:00 in Shanghai: 10 days before a, 10 days after b.
    expect(due('2025-06-12T15:59:59Z').map((r) => [r.subjectId, r.level, r.light, r.daysOverdue])).toEqual([['work-item:b', 'reminder', 'red', 2]]);
    expect(due('2025-06-12T16:00:00Z').map((r) => [r.subjectId, r.level, r.daysOverdue])).toEqual([['work-item:b', 'urge', 3]]);
    expect(due('2025-06-19T15:59:59Z').map((r) => r.subjectId)).toEqual(['work-item:b']);
    expect(due('2025-06-19T16:00:00Z').map((r) => [r.subjectId, r.level, r.daysLeft])).toEqual([
      ['work-item:b', 'urge', -10],
      ['work-item:a', 'reminder', 10],
    ]);
    // The default rules give a no notice yet on 06-20, and urge b from its first day overdue.
    expect(remindersDue([task('a', '2025-06-30'), task('b', '2025-06-10')], '2025-06-10T16:00:00Z', []).map((r) => [r.subjectId, r.level])).toEqual([['work-item:b', 'urge']]);

    // A 提醒 sent in the grace days does not stop the 催办 on the third day.
    const reminded: SentReminder[] = [{ subjectId: 'work-item:b', level: 'reminder', deadline: '2025-06-10', sentAt: '2025-06-11T09:00:00+08:00' }];
    expect(due('2025-06-12T09:00:00+08:00', reminded)).toEqual([]);
    expect(due('2025-06-13T09:00:00+08:00', reminded).map((r) => r.level)).toEqual(['urge']);
  });

  it('warns the responsible units of an indicator behind its pace like an overdue item', () => {
    const [first] = remindersDue([indicator([])], now, []);
    expect(first).toMatchObject({ level: 'urge', light: 'red', deadline: '2025-12-31', to: ['amr', 'town-a', 'town-b'], addressee: 'units' });
    expect(first!.reason).toMatch(/^at risk: 100 on 2025-03-14, 50% of the expected 200/);

    const [second] = remindersDue([indicator(['2025-Q1', '2025-Q2'])], now, []);
    expect(second).toMatchObject({ level: 'supervise', overdueRounds: 2, addressee: 'lead-unit-leader' });
    expect(second!.reason).toMatch(/; overdue in 2 reporting rounds \(2025-Q1, 2025-Q2\)$/);
  });

  it('supervises a work item at its second overdue round', () => {
    const rounds = roundsForYear(defaultReportingCycle, 2025);
    const item: WorkItem = {
      id: 'w7',
      year: 2025,
      taskNumber: 7,
      title: '开展专利导航',
      leadUnit: 'amr',
      cooperatingUnits: ['tech'],
      deadline: '2025-03-15',
      expectedOutput: '导航报告',
      milestones: [],
      servesTargets: [],
    };
    const patient = { ...defaultEscalationPolicy, superviseAfterDaysOverdue: 1000 };
    const inApril = '2025-04-11T09:00:00+08:00';
    const inJuly = '2025-07-11T09:00:00+08:00';
    expect(remindersDue([workItemSubject(item, {}, rounds, inApril)], inApril, [], patient).map((r) => r.level)).toEqual(['urge']);
    const [july] = remindersDue([workItemSubject(item, {}, rounds, inJuly)], inJuly, [], patient);
    expect(july).toMatchObject({ subjectId: 'work-item:w7', level: 'supervise', overdueRounds: 2, to: ['amr', 'tech'] });
    expect(july!.reason).toBe('deadline 2025-03-15 passed 118 days ago; overdue in 2 reporting rounds (2025-Q1, 2025-Q2)');
    expect(remindersDue([workItemSubject(item, { completedOn: '2025-07-01' }, rounds, inJuly)], inJuly, [])).toEqual([]);

    // A county that waits for a third overdue round: July is still a 催办, October (Q1–Q3) a 督办单.
    const threeRounds = escalationPolicyOf({ ...defaultLadderThresholds, superviseAfterDaysOverdue: 366, superviseAfterOverdueRounds: 3 });
    expect(remindersDue([workItemSubject(item, {}, rounds, inJuly)], inJuly, [], threeRounds).map((r) => [r.level, r.overdueRounds])).toEqual([['urge', 2]]);
    // Q3 closes at the end of 10-10 in Shanghai: 16:00 UTC that day.
    const q3Closed = '2025-10-10T16:00:00Z';
    expect(remindersDue([workItemSubject(item, {}, rounds, '2025-10-10T15:59:59Z')], '2025-10-10T15:59:59Z', [], threeRounds).map((r) => r.level)).toEqual(['urge']);
    expect(remindersDue([workItemSubject(item, {}, rounds, q3Closed)], q3Closed, [], threeRounds).map((r) => [r.level, r.overdueRounds])).toEqual([['supervise', 3]]);
  });

  it('still warns about an item without a lead unit, to its co-operating units', () => {
    const orphan: WorkItem = {
      id: 'w0',
      year: 2025,
      taskNumber: 1,
      title: '无牵头单位的事项',
      cooperatingUnits: ['finance'],
      deadline: '2025-06-10',
      expectedOutput: '',
      milestones: [],
      servesTargets: [],
    };
    const [reminder] = remindersDue([workItemSubject(orphan, {}, [], now)], now, []);
    expect(reminder).toMatchObject({ level: 'urge', to: ['finance'] });
  });

  it('reminds about an open milestone before the final deadline', () => {
    const item: WorkItem = {
      id: 'w9',
      year: 2025,
      taskNumber: 9,
      title: '高价值专利培育',
      leadUnit: 'amr',
      cooperatingUnits: [],
      deadline: '2025-12-31',
      expectedOutput: '',
      milestones: [{ title: '遴选培育企业', due: '2025-06-30' }, { title: '中期检查', due: '2025-09-30' }],
      servesTargets: [],
    };
    const rounds = roundsForYear(defaultReportingCycle, 2025);
    expect(remindersDue([workItemSubject(item, {}, rounds, now)], now, [])[0]!.reason).toBe('milestone "遴选培育企业" 2025-06-30 is in 5 days');
    expect(remindersDue([workItemSubject(item, {}, rounds, now)], now, [])[0]).toMatchObject({ milestone: '遴选培育企业', deadline: '2025-06-30' });
    const done = workItemSubject(item, { milestonesCompleted: { 遴选培育企业: '2025-06-20' } }, rounds, now);
    expect(remindersDue([done], now, [])).toEqual([]);
  });

  it("escalates a unit's missing report, to 督办 when it also missed an earlier round", () => {
    const rounds = roundsForYear(defaultReportingCycle, 2025);
    const q2 = rounds[1]!;
    const [, form] = formsForRound(q2, [
      { id: 'w1', year: 2025, taskNumber: 1, title: '联席会议', leadUnit: 'amr', cooperatingUnits: ['finance'], deadline: '2025-12-31', expectedOutput: '', milestones: [], servesTargets: [] },
    ]);
    const july12 = '2025-07-12T09:00:00+08:00';
    const once = reportSubject(form!, q2, undefined, '联席会议 第2季度进展');
    expect(remindersDue([once], july12, [])).toMatchObject([{ level: 'urge', to: ['finance'], daysOverdue: 2 }]);
    const again = reportSubject(form!, q2, undefined, '联席会议 第2季度进展', ['2025-Q1']);
    expect(remindersDue([again], july12, [])).toMatchObject([{ level: 'supervise', overdueRounds: 2 }]);
    expect(remindersDue([again], '2025-07-08T09:00:00+08:00', [])).toMatchObject([{ level: 'reminder', daysLeft: 2 }]);
  });
});

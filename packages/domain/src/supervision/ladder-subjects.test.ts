import { describe, expect, it } from 'vitest';
import { jinhuPlan } from './__tests__/jinhu.js';
import { ladderSubjects, type LadderInput } from './ladder-subjects.js';
import { remindersDue } from './reminders.js';
import type { IndicatorForecast } from './target-pace.js';
import type { WorkItem } from './work-plan.schema.js';

const plan = jinhuPlan();
const now = '2025-07-05T09:00:00+08:00';

/** 2025 training item: 黎城街道 leads, 县人社局 co-operates; they report 培训人次. */
const training: WorkItem = {
  id: 'w20',
  year: 2025,
  taskNumber: 20,
  title: '举办知识产权培训班',
  leadUnit: 'licheng',
  cooperatingUnits: ['human-resources'],
  deadline: '2025-12-31',
  expectedOutput: '',
  milestones: [],
  servesTargets: [],
  figures: ['training-participants'],
};

const input = (extra: Partial<LadderInput> = {}): LadderInput => ({
  plan,
  items: [training],
  progress: new Map(),
  rounds: [],
  reports: [],
  reportedValues: [
    { indicatorCode: 'training-participants', unitCode: 'licheng', periodEnd: '2025-03-31', value: 100 },
    { indicatorCode: 'training-participants', unitCode: 'human-resources', periodEnd: '2025-06-30', value: 140 },
  ],
  targets: [],
  now,
  ...extra,
});

const offTrack: IndicatorForecast = {
  indicatorCode: 'training-participants',
  status: 'off-track',
  target: 500,
  current: 240,
  horizon: '2026-12-31',
  forecastAtHorizon: 360,
  neededPerMonth: 260 / 18,
  asOf: '2025-07-05',
};

const indicatorSubject = (extra: Partial<LadderInput> = {}) => ladderSubjects(input(extra)).find((s) => s.kind === 'indicator');

describe('ladderSubjects: the pace of the targets work items name', () => {
  it('judges a target on the trend of reported figures when the engine has no forecast', () => {
    const subject = indicatorSubject();
    expect(subject).toMatchObject({ id: 'indicator:training-participants', leadUnit: 'licheng', cooperatingUnits: ['human-resources'] });
    expect(subject?.kind === 'indicator' && subject.pace).toMatchObject({ basis: 'reported', light: 'yellow', state: 'behind' });
  });

  it('judges it on the statistics forecast when there is one, and the reminder carries its figures', () => {
    const subject = indicatorSubject({ forecasts: [offTrack] });
    expect(subject?.kind === 'indicator' && subject.pace).toMatchObject({ basis: 'statistics', light: 'red', state: 'at-risk', forecastAtDeadline: 360, target: 500 });
    const [reminder] = remindersDue(ladderSubjects(input({ forecasts: [offTrack] })), now, []);
    expect(reminder).toMatchObject({ subjectId: 'indicator:training-participants', level: 'urge', light: 'red', to: ['licheng', 'human-resources'], pace: { basis: 'statistics', forecastAtDeadline: 360 } });
    expect(reminder!.reason).toBe('statistics: off track, forecast 360 by 2026-12-31 against the target 500; needs 14.44 a month from here');
  });

  it('warns about a stock a work item names only from its forecast', () => {
    const item = { ...training, id: 'w1', figures: ['effective-invention-patents-per-10k'] };
    const stock: IndicatorForecast = { ...offTrack, indicatorCode: 'effective-invention-patents-per-10k', status: 'at-risk', target: 40, current: 30, forecastAtHorizon: 38.5, neededPerMonth: 10 / 18 };
    expect(ladderSubjects(input({ items: [item] })).filter((s) => s.kind === 'indicator')).toEqual([]);
    expect(ladderSubjects(input({ items: [item], forecasts: [stock] })).filter((s) => s.kind === 'indicator').map((s) => s.kind === 'indicator' && [s.id, s.pace.light, s.pace.basis])).toEqual([
      ['indicator:effective-invention-patents-per-10k', 'yellow', 'statistics'],
    ]);
  });

  it('addresses the warning about a stock no unit reports to the units of the items serving it, lead units first', () => {
    const cultivate: WorkItem = { ...training, id: 'w7', taskNumber: 7, title: '培育高价值专利', leadUnit: 'market-supervision', cooperatingUnits: ['science-technology'], figures: [], servesTargets: ['high-value-invention-patents-per-10k'] };
    const enterprises: WorkItem = { ...cultivate, id: 'w8', leadUnit: 'industry-it', cooperatingUnits: ['market-supervision', 'development-zone'] };
    const stock: IndicatorForecast = { ...offTrack, indicatorCode: 'high-value-invention-patents-per-10k', status: 'off-track', target: 15, current: 9.2, forecastAtHorizon: 11.4, neededPerMonth: 5.8 / 18 };
    const subjects = ladderSubjects(input({ items: [cultivate, enterprises, training], forecasts: [stock] })).filter((s) => s.kind === 'indicator');
    expect(subjects.map((s) => [s.id, s.leadUnit, s.cooperatingUnits])).toEqual([
      ['indicator:high-value-invention-patents-per-10k', 'market-supervision', ['industry-it', 'science-technology', 'development-zone']],
      ['indicator:training-participants', 'licheng', ['human-resources']],
    ]);
    const reminder = remindersDue(subjects, now, []).find((r) => r.subjectId === 'indicator:high-value-invention-patents-per-10k');
    expect(reminder).toMatchObject({ level: 'urge', light: 'red', to: ['market-supervision', 'industry-it', 'science-technology', 'development-zone'], pace: { basis: 'statistics', forecastAtDeadline: 11.4, target: 15 } });
    // Next year's plan does not answer for this year's pace.
    const nextYear = { ...cultivate, year: 2026, deadline: '2026-12-31' };
    expect(ladderSubjects(input({ items: [nextYear], forecasts: [stock] })).filter((s) => s.kind === 'indicator')).toEqual([]);
  });

  it("leaves targets no work item of this year names to the dashboard: nobody to address", () => {
    expect(indicatorSubject({ items: [{ ...training, figures: [] }], forecasts: [offTrack] })).toBeUndefined();
  });
});

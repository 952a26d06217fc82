import { describe, expect, it } from 'vitest';
import { jinhuPlan } from './__tests__/jinhu.js';
import { targetResponsibilities, unitsAnsweringFor } from './target-responsibility.js';
import type { WorkItem } from './work-plan.schema.js';

const plan = jinhuPlan();

const item = (id: string, overrides: Partial<WorkItem>): WorkItem => ({
  id,
  year: 2025,
  taskNumber: 7,
  title: id,
  leadUnit: 'market-supervision',
  cooperatingUnits: [],
  deadline: '2025-12-31',
  expectedOutput: '',
  milestones: [],
  servesTargets: [],
  ...overrides,
});

const of = (code: string, items: WorkItem[], year = 2025) => targetResponsibilities(plan, items, year).find((r) => r.indicatorCode === code)!;

describe('targetResponsibilities', () => {
  it('makes the units of the items serving a stock target answer for it, lead units first', () => {
    const items = [
      item('cultivate', { servesTargets: ['effective-invention-patents-per-10k'], cooperatingUnits: ['science-technology', 'industry-it'] }),
      item('enterprises', { leadUnit: 'science-technology', servesTargets: ['effective-invention-patents-per-10k'], cooperatingUnits: ['licheng'] }),
    ];
    const stock = of('effective-invention-patents-per-10k', items);
    expect(stock).toEqual({
      indicatorCode: 'effective-invention-patents-per-10k',
      leadUnits: ['market-supervision', 'science-technology'],
      cooperatingUnits: ['industry-it', 'licheng'],
      servingItems: ['cultivate', 'enterprises'],
      reportingItems: [],
    });
    expect(unitsAnsweringFor(stock)).toEqual(['market-supervision', 'science-technology', 'industry-it', 'licheng']);
  });

  it('adds the units reporting the figures after those serving the target, each unit once', () => {
    const items = [
      item('report', { leadUnit: 'licheng', cooperatingUnits: ['human-resources'], figures: ['training-participants'] }),
      item('serve', { leadUnit: 'human-resources', servesTargets: ['training-participants'] }),
    ];
    const training = of('training-participants', items);
    expect(unitsAnsweringFor(training)).toEqual(['human-resources', 'licheng']);
    expect([training.servingItems, training.reportingItems]).toEqual([['serve'], ['report']]);
  });

  it('looks only at the items of the year, and lists every target of the plan', () => {
    const lastYear = item('old', { year: 2024, servesTargets: ['enterprise-grant-share'] });
    expect(unitsAnsweringFor(of('enterprise-grant-share', [lastYear]))).toEqual([]);
    expect(unitsAnsweringFor(of('enterprise-grant-share', [lastYear], 2024))).toEqual(['market-supervision']);
    expect(targetResponsibilities(plan, [], 2025)).toHaveLength(plan.targetGroups.flatMap((g) => g.indicators).length);
  });
});

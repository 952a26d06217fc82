import { describe, expect, it } from 'vitest';
import { jinhuPlan } from './__tests__/jinhu.js';
import { checkWorkItemFigures, reportableFigures } from './reported-figures.js';
import type { WorkItem } from './work-plan.schema.js';

const plan = jinhuPlan();

describe('reportableFigures', () => {
  it("offers Jinhu's nine flows that add up, never per-10k ratios, shares, stocks or the survey score", () => {
    expect(reportableFigures(plan).map((f) => `${f.code} ${f.unit}${f.indicator ? '' : ' (supplementary)'}`)).toEqual([
      'trademark-registrations 件',
      'copyright-registrations 件',
      'pledge-financing-amount 亿元',
      'new-certified-enterprises 家',
      'ip-intensive-enterprises 家',
      'new-service-agencies 家',
      'new-high-level-talent 人',
      'introduced-professionals 人',
      'training-participants 人次',
      'training-sessions 场 (supplementary)',
    ]);
  });
});

describe('checkWorkItemFigures', () => {
  const item = (figures: string[]): WorkItem => ({
    id: 'w1', year: 2025, taskNumber: 20, title: '举办知识产权培训班', leadUnit: 'human-resources', cooperatingUnits: [],
    deadline: '2025-06-30', expectedOutput: '培训通知、签到表', milestones: [], servesTargets: [], figures,
  });

  it('accepts reportable figures and flags a ratio or an unknown code, saying why', () => {
    expect(checkWorkItemFigures(plan, [item(['training-participants', 'training-sessions'])])).toEqual([]);
    const warnings = checkWorkItemFigures(plan, [item(['effective-invention-patents-per-10k', 'made-up'])]);
    expect(warnings.map((w) => w.code)).toEqual(['unknown-figure', 'unknown-figure']);
    expect(warnings[0]!.message).toContain('万人有效发明专利拥有量, which is a stock the statistics engine computes');
    expect(warnings[1]!.message).toContain('"made-up"');
  });

  it('accepts an item that asks for no figure', () => {
    const { figures: _, ...withoutFigures } = item([]);
    expect(checkWorkItemFigures(plan, [withoutFigures])).toEqual([]);
  });
});

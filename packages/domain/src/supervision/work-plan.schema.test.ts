import { describe, expect, it } from 'vitest';
import { jinhuPlan } from './__tests__/jinhu.js';
import { workItemSchema, workItemSchemaFor } from './work-plan.schema.js';

const plan = jinhuPlan();

const entered = {
  id: '2025-t7-1',
  year: 2025,
  taskNumber: 7,
  title: '开展高价值专利培育',
  leadUnit: 'market-supervision',
  deadline: '2025-12-31',
};

describe('work item 支撑指标 (servesTargets)', () => {
  it('defaults to no targets for an item entered before the field existed', () => {
    expect(workItemSchema.parse(entered).servesTargets).toEqual([]);
  });

  it("accepts any of the plan's indicators, a stock and a share as well as a flow", () => {
    const serves = ['effective-invention-patents-per-10k', 'enterprise-grant-share', 'training-participants'];
    expect(workItemSchemaFor(plan).parse({ ...entered, servesTargets: serves }).servesTargets).toEqual(serves);
  });

  it('refuses a code the plan does not have, in Chinese and English, at the place of the code', () => {
    const result = workItemSchemaFor(plan).safeParse({ ...entered, servesTargets: ['high-value-invention-patents-per-10k', 'patents-per-capita'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['servesTargets', 1], '方案没有指标“patents-per-capita” / the plan has no target "patents-per-capita"'],
    ]);
  });
});

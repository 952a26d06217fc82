import { describe, expect, it } from 'vitest';
import { checkIndexSystem, indexSystemFromPlan } from './index-system.js';

const plan = {
  targetGroups: [
    { code: 'creation', title: '创造', text: 't', indicators: [{ name: '万人有效发明专利拥有量' }] },
    { code: 'use', title: '运用', text: 't', indicators: [{ name: '质押融资' }] },
    { code: 'protection', title: '保护', text: 't', indicators: [] },
  ],
  taskGroups: [
    { code: 'a', number: '一', title: '创造', tasks: [{}, {}] },
    { code: 'b', number: '二', title: '运用', tasks: [{}] },
  ],
  safeguards: [{ number: '一', title: '加强领导', text: '' }, { number: '二', title: '加大投入', text: '' }, { number: '三', title: '督查考核', text: '' }],
} as never;

describe('indexSystemFromPlan (评价指标体系模板)', () => {
  it('splits 40 / 35 / 10 / 15 points over target groups, task groups, safeguards and highlights', () => {
    const items = indexSystemFromPlan(plan);
    // 40 over 3 groups → 14, 13, 13; 35 over 2 → 18, 17; 10 over 3 → 4, 3, 3; highlights 10 + cases 5.
    expect(items.map((i) => i.weight)).toEqual([14, 13, 13, 18, 17, 4, 3, 3, 10, 5]);
    expect(checkIndexSystem(items)).toEqual([]);
    expect(items[3]!.guidance).toContain('共 2 项任务');
  });

  it('finds weights that do not add up to 100 and repeated codes', () => {
    const items = indexSystemFromPlan(plan);
    const broken = [...items.slice(0, -1), { ...items[0]! }];
    expect(checkIndexSystem(broken).map((p) => p.code)).toEqual(['duplicate-code', 'weights-not-100']);
  });
});

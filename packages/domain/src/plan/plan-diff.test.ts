import { describe, expect, it } from 'vitest';
import { diffPlans, summarizeChanges } from './plan-diff.js';

describe('diffPlans', () => {
  it('lists the changed leaf with its path', () => {
    const before = { targetGroups: [{ indicators: [{ code: 'a', target: 40 }] }] };
    const after = { targetGroups: [{ indicators: [{ code: 'a', target: 45 }] }] };
    expect(diffPlans(before, after)).toEqual([
      { path: 'targetGroups[0].indicators[0].target', before: 40, after: 45 },
    ]);
  });

  it('reports added and removed entries with null on the missing side', () => {
    expect(diffPlans({ units: [{ code: 'x' }] }, { units: [{ code: 'x' }, { code: 'y' }] })).toEqual([
      { path: 'units[1]', before: null, after: { code: 'y' } },
    ]);
    expect(diffPlans({ a: 1, b: 2 }, { a: 1 })).toEqual([{ path: 'b', before: 2, after: null }]);
  });

  it('finds nothing between equal documents', () => {
    const plan = { title: '方案', phases: [{ start: '2024-01' }] };
    expect(diffPlans(plan, structuredClone(plan))).toEqual([]);
    expect(summarizeChanges([])).toBe('no changes');
  });

  it('summarises the first change and counts the rest', () => {
    const changes = diffPlans({ a: 1, b: 'x' }, { a: 2, b: 'y' });
    expect(summarizeChanges(changes)).toBe('a: 1 → 2 (+1 more)');
  });
});

import { describe, expect, it } from 'vitest';
import { buildPlan } from './__tests__/build-plan.js';
import { planRemovals } from './plan-removals.js';
import type { Plan } from './plan.schema.js';
import { validatePlan } from './validate-plan.js';

function valid(input: ReturnType<typeof buildPlan>): Plan {
  const result = validatePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

describe('what a plan revision takes away or changes under the records that point at it', () => {
  const before = valid(buildPlan());

  it('finds nothing between a plan and itself', () => {
    expect(planRemovals(before, before)).toEqual({ targets: [], units: [], tasks: [], changedTargets: [], unusedDefinitions: [] });
  });

  it('names a target whose figure changed, with its figure before and after', () => {
    const after = structuredClone(before);
    const indicator = after.targetGroups[0]!.indicators[0]!;
    indicator.target = indicator.target + 5;
    const removals = planRemovals(before, after);
    expect(removals.changedTargets).toEqual([
      { code: indicator.code, name: indicator.name, before: { target: indicator.target - 5, comparison: indicator.comparison, unit: indicator.unit }, after: { target: indicator.target, comparison: indicator.comparison, unit: indicator.unit } },
    ]);
  });

  it('names a removed unit and a removed task', () => {
    const after = structuredClone(before);
    const [removedUnit] = after.units.splice(1, 1);
    const [removedTask] = after.taskGroups[0]!.tasks.splice(0, 1);
    const removals = planRemovals(before, after);
    expect(removals.units).toEqual([{ code: removedUnit!.code, name: removedUnit!.name }]);
    expect(removals.tasks).toEqual([{ number: removedTask!.number, title: removedTask!.title }]);
  });
});

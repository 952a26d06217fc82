import { describe, expect, it } from 'vitest';
import { validatePlan } from '../index.js';
import { buildPlan } from './__tests__/build-plan.js';

describe('validatePlan', () => {
  it('accepts a complete plan and fills defaults', () => {
    const result = validatePlan(buildPlan());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.targetGroups[0]!.indicators[0]!.annualTargets).toEqual({});
  });

  it('names the field and the reason when a value has the wrong type', () => {
    const plan = buildPlan();
    (plan.targetGroups[0]!.indicators[0] as { target: unknown }).target = '四十';
    const result = validatePlan(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.path).toBe('targetGroups[0].indicators[0].target');
      expect(result.problems[0]!.message).toMatch(/number/);
    }
  });

  it('names a missing required field', () => {
    const { documentNumber: _omitted, ...rest } = buildPlan();
    const result = validatePlan(rest);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['documentNumber']);
  });

  it('refuses a responsibility that names an unknown unit', () => {
    const plan = buildPlan();
    plan.taskGroups[0]!.tasks[0]!.responsibility.parties.push({ ref: 'nobody' });
    const result = validatePlan(plan);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual({
        path: 'taskGroups[0].tasks[0].responsibility.parties[2].ref',
        message: 'unknown unit or unit group "nobody"',
      });
  });

  it('refuses duplicate codes, unknown parents and phases that end before they start', () => {
    const plan = buildPlan({
      regions: [
        { code: 'test', name: '测试县', kind: 'county' },
        { code: 'test', name: '乙镇', kind: 'town', parent: 'nowhere' },
      ],
      phases: [{ code: 'start', name: '启动阶段', start: '2024-05', end: '2024-04', text: '……' }],
    });
    const result = validatePlan(plan);
    const messages = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'regions: region code "test" is used twice',
        'regions[1].parent: unknown region "nowhere"',
        'phases[0].end: ends (2024-04) before it starts (2024-05)',
      ]),
    );
  });

  it('refuses something that is not a plan at all, without throwing', () => {
    for (const input of [null, 42, 'plan', []]) expect(validatePlan(input).ok).toBe(false);
  });
});

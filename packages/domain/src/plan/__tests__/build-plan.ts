import type { Plan, PlanInput } from '../plan.schema.js';
import { validatePlan } from '../validate-plan.js';

/**
 * A small complete plan document as written in a file (before defaults), fresh on every call so a
 * test may mutate it, with whatever parts a test cares about replaced. Overrides are not checked:
 * tests of validatePlan build invalid plans on purpose. The defaults mirror Jinhu's shape (four
 * phases over 2024–2026) with one indicator and one task named to two units.
 */
export function buildPlan(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    code: 'test-plan',
    county: { code: 'test-county', name: '测试县' },
    title: '测试县国家知识产权强县建设试点县工作方案',
    documentNumber: '测政发〔2024〕1号',
    issuer: '测试县人民政府',
    issueDate: '2024-04-15',
    period: { startYear: 2024, endYear: 2026 },
    guidingIdeology: '指导思想',
    principles: [{ title: '坚持优质发展', text: '坚持优质发展。' }],
    overallGoal: '发展目标',
    regions: [{ code: 'test-county', name: '测试县', kind: 'county' }],
    units: [
      { code: 'publicity', name: '县委宣传部', kind: 'party-department' },
      { code: 'market-supervision', name: '县市场监管局', kind: 'government-department' },
    ],
    targetGroups: [
      {
        code: 'output',
        title: '知识产权产出质量进一步提高',
        text: '知识产权产出质量进一步提高。万人有效发明专利拥有量达40件。',
        indicators: [
          {
            code: 'effective-invention-patents-per-10k',
            name: '万人有效发明专利拥有量',
            planText: '万人有效发明专利拥有量达40件',
            unit: '件',
            target: 40,
            comparison: 'reach',
            kind: 'stock',
          },
        ],
      },
    ],
    taskGroups: [
      {
        code: 'management',
        number: '一',
        title: '提升知识产权管理效能',
        tasks: [
          {
            number: 1,
            title: '任务一',
            text: '任务一。',
            responsibility: {
              text: '县委宣传部，县市场监管局',
              parties: [{ ref: 'publicity' }, { ref: 'market-supervision' }],
            },
          },
        ],
      },
    ],
    phases: [
      { code: 'start', name: '启动阶段', start: '2024-01', end: '2024-04', text: '启动' },
      { code: 'implementation', name: '实施阶段', start: '2024-05', end: '2026-06', text: '实施' },
      { code: 'evaluation', name: '评估阶段', start: '2026-07', end: '2026-09', text: '评估' },
      { code: 'acceptance', name: '验收阶段', start: '2026-10', end: '2026-12', text: '验收' },
    ],
    ...overrides,
  };
}

/** buildPlan passed through validatePlan, defaults filled; throws if the overrides broke it. */
export function buildValidPlan(overrides: Partial<PlanInput> = {}): Plan {
  const result = validatePlan(buildPlan(overrides));
  if (!result.ok) throw new Error(`buildValidPlan: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.plan;
}

import type { Plan, PlanInput } from '../plan.schema.js';
import { validatePlan } from '../validate-plan.js';

/**
 * A small valid plan for tests, with whatever parts a test cares about replaced. The defaults
 * mirror Jinhu's shape (four phases over 2024–2026) but hold one unit and one task. Throws when the
 * result would not pass validatePlan, so a broken fixture fails where it is built.
 */
export function buildPlan(overrides: Partial<PlanInput> = {}): Plan {
  const input: PlanInput = {
    code: 'test-plan',
    county: { code: 'test-county', name: '测试县' },
    title: '测试县国家知识产权强县建设试点县工作方案',
    documentNumber: '测政发〔2024〕1号',
    issuer: '测试县人民政府',
    issueDate: '2024-04-15',
    period: { startYear: 2024, endYear: 2026 },
    guidingIdeology: '指导思想',
    principles: [],
    overallGoal: '发展目标',
    regions: [{ code: 'test-county', name: '测试县', kind: 'county' }],
    units: [{ code: 'market-supervision', name: '县市场监管局', kind: 'government-department' }],
    targetGroups: [{ code: 'output', title: '产出', text: '产出', indicators: [] }],
    taskGroups: [
      {
        code: 'management',
        number: '一',
        title: '管理',
        tasks: [
          {
            number: 1,
            title: '任务一',
            text: '任务一。',
            responsibility: { text: '县市场监管局', parties: [{ ref: 'market-supervision' }] },
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
  const result = validatePlan(input);
  if (!result.ok) throw new Error(`buildPlan: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.plan;
}

import { z } from 'zod';
import type { Plan } from '../plan/plan.schema.js';

/**
 * 评价指标体系: the items an evaluation panel scores, each with its full marks (weight) and scoring
 * guidance. No published index system for 强县建设试点 acceptance was found (CNIPA derives its 验收标准
 * from the 知识产权强国建设示范评价指标, not public), so the ready template follows what acceptance
 * practice judges: the targets attained, the plan's tasks carried out (结合工作方案完成情况), the
 * safeguards, and highlights and typical cases. The office edits it and saves it as its own template.
 */
export const indexItemSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  category: z.enum(['targets', 'tasks', 'safeguards', 'highlights']),
  title: z.string().min(1).max(200),
  /** 满分 */
  weight: z.number().positive().max(100),
  /** 评分说明 */
  guidance: z.string().max(2000),
});
export const indexSystemSchema = z.array(indexItemSchema).min(1).max(60);
export type IndexItem = z.infer<typeof indexItemSchema>;

/** The shares of 100 points the template gives each category. */
const categoryPoints = { targets: 40, tasks: 35, safeguards: 10, highlights: 15 } as const;

/** Split `total` points over `n` items in whole points, the first ones taking the remainder. */
function split(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

/** The ready template built from the plan: one item per target group, task group and safeguard. */
export function indexSystemFromPlan(plan: Pick<Plan, 'targetGroups' | 'taskGroups' | 'safeguards'>): IndexItem[] {
  const items: IndexItem[] = [];
  const targetPoints = split(categoryPoints.targets, plan.targetGroups.length);
  plan.targetGroups.forEach((g, i) =>
    items.push({
      code: `target-${g.code}`,
      category: 'targets',
      title: `目标完成情况：${g.title}`,
      weight: targetPoints[i]!,
      guidance: `对照方案目标（${g.indicators.map((x) => x.name).join('、')}）逐项核对完成值；全部达到得满分，每有一项未达到按比例扣分。`,
    }),
  );
  const taskPoints = split(categoryPoints.tasks, plan.taskGroups.length);
  plan.taskGroups.forEach((g, i) =>
    items.push({
      code: `tasks-${g.code}`,
      category: 'tasks',
      title: `任务落实情况：${g.number}、${g.title}`,
      weight: taskPoints[i]!,
      guidance: `共 ${g.tasks.length} 项任务。对照方案原文和自查评定，完成得满分，基本完成得一半，未完成不得分；佐证材料不全酌情扣分。`,
    }),
  );
  const safeguards = plan.safeguards.length ? plan.safeguards : [{ number: '一', title: '保障措施' }];
  const safeguardPoints = split(categoryPoints.safeguards, safeguards.length);
  safeguards.forEach((s, i) =>
    items.push({
      code: `safeguard-${i + 1}`,
      category: 'safeguards',
      title: `保障措施：${s.title}`,
      weight: safeguardPoints[i]!,
      guidance: '组织领导、经费投入、督查考核等机制建立并有效运行。',
    }),
  );
  items.push(
    { code: 'highlights', category: 'highlights', title: '工作亮点与创新', weight: 10, guidance: '有在省内外推广的做法或获得上级肯定的创新举措。' },
    { code: 'typical-cases', category: 'highlights', title: '典型案例', weight: 5, guidance: '形成可复制推广的典型案例，材料完整。' },
  );
  return items;
}

export interface IndexSystemProblem {
  code: 'duplicate-code' | 'weights-not-100';
  zh: string;
  en: string;
}

/** An index system must add up to 100 points and name each item once. */
export function checkIndexSystem(items: readonly IndexItem[]): IndexSystemProblem[] {
  const problems: IndexSystemProblem[] = [];
  const codes = items.map((i) => i.code);
  const dup = codes.filter((c, i) => codes.indexOf(c) !== i);
  if (dup.length) problems.push({ code: 'duplicate-code', zh: `指标编码重复：${[...new Set(dup)].join('、')}`, en: `Item codes repeated: ${[...new Set(dup)].join(', ')}` });
  const total = Math.round(items.reduce((a, i) => a + i.weight, 0) * 100) / 100;
  if (total !== 100) problems.push({ code: 'weights-not-100', zh: `分值合计 ${total}，应为 100`, en: `Weights add up to ${total}, not 100` });
  return problems;
}

/** 评审结论: 通过 / 限期整改后通过 / 不通过 */
export const evaluationConclusions = ['pass', 'pass-after-rectification', 'fail'] as const;
export type EvaluationConclusion = (typeof evaluationConclusions)[number];
export const evaluationConclusionZh: Record<EvaluationConclusion, string> = {
  pass: '通过',
  'pass-after-rectification': '限期整改后通过',
  fail: '不通过',
};

/** 模拟验收 / 省级验收 / 中期评估 */
export const evaluationKinds = ['mock-acceptance', 'provincial-acceptance', 'mid-term'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];
export const evaluationKindZh: Record<EvaluationKind, string> = {
  'mock-acceptance': '模拟验收',
  'provincial-acceptance': '省级验收',
  'mid-term': '中期评估',
};

import { z } from 'zod';
import type { Plan } from '../plan/plan.schema.js';

/**
 * The annual work plan (年度工作计划): the seed plan's 六(三) asks the county to "制定年度工作计划，
 * 层层分解…工作任务，建立知识产权年度工作责任制". Each year the office breaks the plan's tasks into
 * dated work items with a lead unit, and splits the quantitative targets into annual and per-region
 * targets.
 *
 * Unit and region fields hold codes from the plan (plan.units / plan.regions). Unit-group phrases
 * such as 各镇街 are expanded into member units before they reach a work item, because each unit
 * reports and is assessed for its own part.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const year = z.number().int().min(1980).max(2100);

/** 节点: an intermediate deadline inside a work item. */
export const milestoneSchema = z.object({
  title: z.string().min(1),
  due: isoDate,
});

/** 工作事项: one dated piece of a plan task for one year. */
export const workItemSchema = z.object({
  id: z.string().min(1),
  year,
  /** The plan task (1–21 in Jinhu's plan) this item belongs to. */
  taskNumber: z.number().int().positive(),
  title: z.string().min(1),
  /** 牵头单位. Optional here so an incomplete draft loads; checkWorkItems flags it. */
  leadUnit: z.string().optional(),
  /** 配合单位 */
  cooperatingUnits: z.array(z.string()).default([]),
  /** 完成时限 */
  deadline: isoDate,
  /** 工作内容: what the item asks of its units (a plan task's text when drafted from the plan). */
  content: z.string().optional(),
  /** 成果形式: what counts as done (a policy document, a report, a signed agreement…). */
  expectedOutput: z.string().default(''),
  milestones: z.array(milestoneSchema).default([]),
  /**
   * 报送数据项: the figures (reportable indicator codes, see reportableFigures) the responsible
   * units report with their progress on this item, e.g. training-participants.
   */
  figures: z.array(z.string()).optional(),
  /**
   * 支撑指标: the plan's targets (any indicator code, a stock or a ratio as well as a flow) this
   * item works towards. The lead and co-operating units of the year's items that serve a target
   * answer for it: its pace warnings go to them.
   */
  servesTargets: z.array(z.string()).default([]),
});

/**
 * The work-item schema of one plan: the served targets must be the plan's indicators, because a
 * pace warning can only follow a target the plan has.
 */
export function workItemSchemaFor(plan: Pick<Plan, 'targetGroups'>) {
  const codes = new Set(plan.targetGroups.flatMap((g) => g.indicators.map((i) => i.code)));
  return workItemSchema.superRefine((item, ctx) => {
    item.servesTargets.forEach((code, index) => {
      if (!codes.has(code))
        ctx.addIssue({ code: 'custom', path: ['servesTargets', index], message: `方案没有指标“${code}” / the plan has no target "${code}"` });
    });
  });
}

/** 年度指标分解: one indicator's target for one year, for the county and per region. */
export const annualIndicatorTargetsSchema = z.object({
  year,
  indicatorCode: z.string().min(1),
  countyTarget: z.number(),
  /** region code → that region's target (towns, streets, the development zone). */
  regionTargets: z.record(z.string(), z.number()).default({}),
});

/** Every year's work items and target decompositions of one plan. */
export const workPlanSchema = z.object({
  items: z.array(workItemSchema).default([]),
  indicatorTargets: z.array(annualIndicatorTargetsSchema).default([]),
});

export type Milestone = z.infer<typeof milestoneSchema>;
export type WorkItem = z.infer<typeof workItemSchema>;
export type AnnualIndicatorTargets = z.infer<typeof annualIndicatorTargetsSchema>;
export type WorkPlan = z.infer<typeof workPlanSchema>;

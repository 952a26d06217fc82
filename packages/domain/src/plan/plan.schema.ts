import { z } from 'zod';

/**
 * The plan model: a county's IP Strong County pilot work plan (工作方案) as data.
 * Jinhu's plan is one instance (plans/jinhu-2024-2026.yaml); another county's plan
 * loads through the same schema without code changes.
 */

const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const yearMonth = z.string().regex(/^\d{4}-\d{2}$/, 'must be a month written YYYY-MM');
const year = z.number().int().min(1980).max(2100);

/** 行政区划: county → towns/streets and the development zone. */
export const regionSchema = z.object({
  code,
  name: z.string().min(1),
  kind: z.enum(['county', 'town', 'street', 'development-zone']),
  parent: code.optional(),
  /** Other names seen in addresses (e.g. 金湖经济开发区 for 开发区). */
  aliases: z.array(z.string()).default([]),
  /** 统计用区划代码 where known. */
  statisticalCode: z.string().optional(),
});

export const unitKinds = [
  'party-department', // 县委各部门
  'government-department', // 县政府委办局
  'judicial', // 法院、检察院
  'town', // 镇
  'street', // 街道
  'development-zone', // 开发区
  'financial-institution', // 金融机构
  'program-office', // 知识产权强县建设工作专班 / 知识产权局
] as const;

/** 责任单位: a unit that can be held responsible for tasks and reports. */
export const unitSchema = z.object({
  code,
  name: z.string().min(1),
  kind: z.enum(unitKinds),
  /** The forms the plan text uses: 县发改委 is also written 发改委 after a 县. */
  aliases: z.array(z.string()).default([]),
  region: code.optional(),
});

/**
 * A phrase in the plan that stands for several units ("开发区、各镇街",
 * "县知识产权战略实施工作领导小组各成员单位", "各金融机构"). The expansion is data so
 * the UI can show it and the office can correct it.
 */
export const unitGroupSchema = z.object({
  code,
  phrase: z.string().min(1),
  members: z.array(code).min(1),
  /** Where the membership comes from, shown in the UI when it is not the plan itself. */
  membershipSource: z.string().optional(),
});

export const comparisons = ['reach', 'at-least', 'exceed', 'strive'] as const;
/** 达到 / 不低于(以上) / 超过 / 力争 */
export const comparisonSchema = z.enum(comparisons);

export const indicatorKinds = [
  'stock', // 存量: value at a date (万人有效发明专利拥有量)
  'share', // 占比 over a period's flow (企业专利授权量占比)
  'annual-flow', // 每年 (商标注册每年不低于1000件)
  'cumulative', // 累计 over the plan period (质押融资金额累计)
  'new-since-baseline', // 新增 since the baseline (新增贯标企业40家)
  'survey-score', // 满意度 score
] as const;

/** A quantitative target (目标指标) exactly as the plan writes it. */
export const indicatorSchema = z.object({
  code,
  /** Name exactly as in the plan text. */
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** The sentence fragment of the plan that sets the target, verbatim. */
  planText: z.string().min(1),
  unit: z.string().min(1),
  target: z.number(),
  comparison: comparisonSchema,
  kind: z.enum(indicatorKinds),
  baseline: z.object({ value: z.number(), year }).optional(),
  /** 年度分解: a target per year, where the plan or the office sets one. */
  annualTargets: z.record(z.string().regex(/^\d{4}$/), z.number()).default({}),
  /** Key into the indicator definitions (统计口径) used by the statistics engine. */
  definition: z.string().optional(),
});

export const targetGroupSchema = z.object({
  code,
  title: z.string().min(1),
  /** The group's whole paragraph, verbatim. */
  text: z.string().min(1),
  indicators: z.array(indicatorSchema),
});

export const responsibilityRoles = ['lead', 'co-operating', 'responsible'] as const;

export const responsiblePartySchema = z.object({
  /** A unit code or a unit-group code. */
  ref: code,
  /** 'responsible' where the plan does not say who leads. */
  role: z.enum(responsibilityRoles).default('responsible'),
});

export const taskSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
  text: z.string().min(1),
  responsibility: z.object({
    /** The （责任单位：…） text, verbatim, without the brackets and the label. */
    text: z.string().min(1),
    parties: z.array(responsiblePartySchema).min(1),
  }),
});

export const taskGroupSchema = z.object({
  code,
  /** 一、二… */
  number: z.string().min(1),
  title: z.string().min(1),
  tasks: z.array(taskSchema).min(1),
});

export const phaseSchema = z.object({
  code,
  name: z.string().min(1),
  start: yearMonth,
  end: yearMonth,
  text: z.string().min(1),
  deliverables: z.array(z.string()).default([]),
});

export const principleSchema = z.object({ title: z.string().min(1), text: z.string().min(1) });
export const safeguardSchema = z.object({
  number: z.string().min(1),
  title: z.string().min(1),
  text: z.string().min(1),
});

export const planSchema = z.object({
  code,
  county: z.object({
    code,
    name: z.string().min(1),
    /**
     * The county's name in English ("Jinhu County"), shown on English pages, workbooks and the
     * command line. Without it the name is made from the code and the kind of place
     * (counties/county-name.ts: xuyi, 盱眙县 → "Xuyi County").
     */
    nameEn: z.string().max(100).optional(),
    /** 行政区划代码 */
    adminCode: z.string().optional(),
  }),
  title: z.string().min(1),
  documentNumber: z.string().min(1),
  noticeTitle: z.string().optional(),
  issuer: z.string().min(1),
  issueDate: isoDate,
  period: z.object({ startYear: year, endYear: year }),
  guidingIdeology: z.string().min(1),
  principles: z.array(principleSchema),
  overallGoal: z.string().min(1),
  regions: z.array(regionSchema).min(1),
  units: z.array(unitSchema).min(1),
  unitGroups: z.array(unitGroupSchema).default([]),
  targetGroups: z.array(targetGroupSchema).min(1),
  taskGroups: z.array(taskGroupSchema).min(1),
  phases: z.array(phaseSchema).min(1),
  safeguards: z.array(safeguardSchema).default([]),
});

export type Region = z.infer<typeof regionSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type UnitGroup = z.infer<typeof unitGroupSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export type ResponsibleParty = z.infer<typeof responsiblePartySchema>;
export type Task = z.infer<typeof taskSchema>;
export type TaskGroup = z.infer<typeof taskGroupSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Plan = z.infer<typeof planSchema>;
/** A plan as written in a file, before defaults are filled in. */
export type PlanInput = z.input<typeof planSchema>;

import { z } from 'zod';
import { formatPath } from '../plan/validate-plan.js';

/**
 * The year's assessment scheme (考核办法): how a unit's year turns into points. The four weighted
 * components share 100 points; bonus (加分) and penalty (减分) items come on top, each capped.
 */

const weight = z.number().min(0).max(100);
const code = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');

export const scoreItemSchema = z.object({
  code,
  /** 加分/减分事项, e.g. 获省专利奖, 数据报送错误被通报 */
  title: z.string().min(1),
  /** Points per occurrence. */
  points: z.number().positive(),
  /** At most this many occurrences count. */
  maxCount: z.number().int().positive().optional(),
});

export const assessmentSchemeSchema = z.object({
  year: z.number().int().min(1980).max(2100),
  weights: z.object({
    /** 报送及时性: reports on time (late ones earn `lateCredit`). */
    timeliness: weight,
    /** 任务完成率: work items due this year that are completed. */
    completion: weight,
    /** 工作质量: the office's quality score (0–100) of the unit's reports. */
    quality: weight,
    /** 指标完成度: actual ÷ target of the indicators the unit answers for. */
    indicatorAttainment: weight,
  }),
  /** Share of a report's credit a late report still earns (0 = none, 1 = as on time). */
  lateCredit: z.number().min(0).max(1).default(0.5),
  /** Highest attainment credited per indicator (1 = overshooting earns nothing extra). */
  attainmentCap: z.number().min(1).default(1),
  /**
   * A component with nothing to measure (no reports expected, no indicator assigned):
   * 'rescale' marks it 不参评 and scales the others up to 100 (按比例折算), the default, so a unit
   * is never rewarded for what was not asked of it; 'full-points' gives its full weight.
   */
  notApplicable: z.enum(['full-points', 'rescale']).default('rescale'),
  /**
   * 扣分: points each open 督办单, each report missing past its round's close and each report
   * returned and not yet resubmitted costs, whatever the office records by hand.
   */
  deductions: z
    .object({
      /** 未销号的督办单 */
      openNotice: z.number().min(0).max(100),
      /** 逾期未报 */
      overdueReport: z.number().min(0).max(100),
      /** 被退回未重报 */
      returnedReport: z.number().min(0).max(100),
    })
    .default({ openNotice: 5, overdueReport: 2, returnedReport: 1 }),
  bonusItems: z.array(scoreItemSchema).default([]),
  penaltyItems: z.array(scoreItemSchema).default([]),
  /** Most bonus points a unit can get in total. */
  bonusCap: z.number().positive().optional(),
  /** Most penalty points a unit can lose in total. */
  penaltyCap: z.number().positive().optional(),
});

export type ScoreItem = z.infer<typeof scoreItemSchema>;
export type AssessmentScheme = z.infer<typeof assessmentSchemeSchema>;
export type AssessmentSchemeInput = z.input<typeof assessmentSchemeSchema>;
export type AssessmentComponent = keyof AssessmentScheme['weights'];

export interface SchemeProblem {
  path: string;
  message: string;
}

/** Rules beyond the shape: the weights share exactly 100 points, item codes are unique. */
export function schemeProblems(scheme: AssessmentScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const w = scheme.weights;
  const sum = Math.round((w.timeliness + w.completion + w.quality + w.indicatorAttainment) * 1e6) / 1e6;
  if (sum !== 100)
    problems.push({
      path: 'weights',
      message: `the weights add up to ${sum} (${w.timeliness} + ${w.completion} + ${w.quality} + ${w.indicatorAttainment}); they must add up to 100`,
    });
  const seen = new Set<string>();
  for (const [list, items] of [['bonusItems', scheme.bonusItems], ['penaltyItems', scheme.penaltyItems]] as const)
    items.forEach((item, i) => {
      if (seen.has(item.code)) problems.push({ path: `${list}[${i}].code`, message: `item code "${item.code}" is used twice` });
      seen.add(item.code);
    });
  return problems;
}

export type SchemeValidation = { ok: true; scheme: AssessmentScheme } | { ok: false; problems: SchemeProblem[] };

/** Parse and check a scheme as the office enters it. Never throws. */
export function validateScheme(input: unknown): SchemeValidation {
  const parsed = assessmentSchemeSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message })),
    };
  const problems = schemeProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, scheme: parsed.data };
}

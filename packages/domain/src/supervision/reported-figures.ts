import type { Indicator, Plan } from '../plan/plan.schema.js';
import { isAdditive } from './annual-target-check.js';
import type { WorkItem } from './work-plan.schema.js';

/**
 * 报送数据: a figure a responsible unit reports with its progress (培训人次, 新增服务机构, 促成质押
 * 融资金额). Units can only report counts that add up across units and rounds: a training session
 * in 黎城街道 and one held by 县人社局 together make the county's figure. Ratios and stocks
 * (万人有效发明专利拥有量, 占比, 满意度) are computed by the statistics engine from the registers,
 * never typed in by a unit.
 */
export interface ReportableFigure {
  code: string;
  name: string;
  nameEn?: string;
  unit: string;
  /** True when the figure is one of the plan's indicators and flows into its value. */
  indicator: boolean;
}

/** Figures the office asks for that are not targets of the plan but explain one (培训场次 beside 培训人次). */
export const supplementaryFigures: readonly ReportableFigure[] = [
  { code: 'training-sessions', name: '举办知识产权培训场次', nameEn: 'IP training sessions held', unit: '场', indicator: false },
];

const flowKinds: ReadonlySet<Indicator['kind']> = new Set(['annual-flow', 'cumulative', 'new-since-baseline']);

/** Whether units may report an indicator's figure: a flow (per year, cumulative or new) that adds up. */
export function isReportable(indicator: Indicator): boolean {
  return flowKinds.has(indicator.kind) && isAdditive(indicator);
}

/** The figures units may be asked to report under a plan: its additive flow indicators, then the supplementary ones. */
export function reportableFigures(plan: Pick<Plan, 'targetGroups'>): ReportableFigure[] {
  const fromPlan = plan.targetGroups
    .flatMap((group) => group.indicators)
    .filter(isReportable)
    .map((i) => ({ code: i.code, name: i.name, ...(i.nameEn ? { nameEn: i.nameEn } : {}), unit: i.unit, indicator: true }));
  return [...fromPlan, ...supplementaryFigures.filter((s) => !fromPlan.some((f) => f.code === s.code))];
}

export interface FigureWarning {
  code: 'unknown-figure';
  itemId: string;
  message: string;
}

/** Work items that ask for a figure units cannot report (a ratio, a stock, or a code the plan lacks). */
export function checkWorkItemFigures(plan: Pick<Plan, 'targetGroups'>, items: readonly WorkItem[]): FigureWarning[] {
  const reportable = new Set(reportableFigures(plan).map((f) => f.code));
  const indicators = new Map(plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
  const warnings: FigureWarning[] = [];
  for (const item of items)
    for (const figure of item.figures ?? []) {
      if (reportable.has(figure)) continue;
      const indicator = indicators.get(figure);
      warnings.push({
        code: 'unknown-figure',
        itemId: item.id,
        message: indicator
          ? `"${item.title}" asks units to report ${indicator.name}, which is a ${indicator.kind} the statistics engine computes; units report only counts that add up`
          : `"${item.title}" asks for figure "${figure}", which is neither a reportable indicator of the plan nor a supplementary figure`,
      });
    }
  return warnings;
}

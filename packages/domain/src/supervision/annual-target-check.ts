import type { Indicator, Plan } from '../plan/plan.schema.js';
import { clean, meetsTarget } from './target-comparison.js';
import type { AnnualIndicatorTargets } from './work-plan.schema.js';

export type TargetWarningCode =
  | 'unknown-indicator'
  | 'year-outside-period'
  | 'duplicate-year'
  | 'no-annual-targets'
  | 'missing-year'
  | 'differs-from-plan'
  | 'final-year-short'
  | 'year-short'
  | 'sum-short'
  | 'remaining-needed'
  | 'target-decreases'
  | 'unknown-region'
  | 'regions-short'
  | 'regions-not-additive';

/** One finding of the annual-target check, with the numbers behind it. */
export interface TargetWarning {
  code: TargetWarningCode;
  /** 'info' explains something the office should know; 'warning' needs a decision. */
  severity: 'warning' | 'info';
  indicatorCode: string;
  year?: number;
  message: string;
  numbers: Record<string, number>;
}

export interface AnnualTargetCheckOptions {
  /**
   * Years after this one are not expected to have a target yet (the office sets each year's
   * targets at the start of that year). Default: the plan's last year.
   */
  throughYear?: number;
  /** Override the additivity rule of `isAdditive` per indicator code. */
  additive?: Readonly<Record<string, boolean>>;
}

/**
 * How the plan period's annual targets must add up to the plan's target, by indicator kind:
 *
 * - stock (万人有效发明专利拥有量), share (占比), survey-score (满意度): a value at a point in time,
 *   so the LAST year's target must reach the plan's target; earlier years are steps towards it.
 * - annual-flow (商标注册每年不低于1000件): the plan sets the bar for EVERY year, so each year's
 *   target must reach it. Summing would let a strong year hide a weak one.
 * - cumulative (质押融资金额累计) and new-since-baseline (新增贯标企业): the annual targets are the
 *   year's own increment, so their SUM over the period must reach the plan's target. For
 *   new-since-baseline only years after the baseline year count.
 */
export type AttainmentRule = 'last-year' | 'every-year' | 'sum';

export function attainmentRule(kind: Indicator['kind']): AttainmentRule {
  switch (kind) {
    case 'annual-flow':
      return 'every-year';
    case 'cumulative':
    case 'new-since-baseline':
      return 'sum';
    case 'stock':
    case 'share':
    case 'survey-score':
      return 'last-year';
  }
}

/**
 * Whether per-region targets of an indicator may be added up to the county's.
 *
 * Counts are additive (registered trademarks, pledge-loan yuan, new certified enterprises, patents
 * held). Ratios are not: 万人有效发明专利拥有量 of the county is Σ patents ÷ Σ population, a
 * population-weighted mean of the towns' ratios, not their sum; shares (占比) and survey scores are
 * likewise averages. A stock is treated as a ratio when its name or unit speaks of 万人/每万 or its
 * unit is a fraction or a percentage; pass `additive` to override.
 */
export function isAdditive(indicator: Indicator, override?: Readonly<Record<string, boolean>>): boolean {
  const forced = override?.[indicator.code];
  if (forced !== undefined) return forced;
  if (indicator.kind === 'share' || indicator.kind === 'survey-score') return false;
  if (indicator.kind !== 'stock') return true;
  const perPopulation = /万人|每万/.test(indicator.name) || /万人|每万|\/|%|％/.test(indicator.unit);
  return !perPopulation;
}

type PlanPart = Pick<Plan, 'period' | 'targetGroups' | 'regions'>;

function periodYears(plan: PlanPart): number[] {
  const years: number[] = [];
  for (let y = plan.period.startYear; y <= plan.period.endYear; y++) years.push(y);
  return years;
}

const fmt = (n: number) => String(clean(n));
const shortBy = (target: number, value: number) => (clean(target - value) > 0 ? ` (short by ${fmt(target - value)})` : '');
const reachVerb = (comparison: Indicator['comparison']) => (comparison === 'exceed' ? 'exceed' : 'reach');

/**
 * Check the annual decomposition of the plan's targets (分解年度绩效指标): do the years add up to
 * the plan's final target, do the towns add up to the county, is every year set. The annual target
 * of a year is the work plan's entry when there is one, else the plan's own `annualTargets`.
 */
export function checkAnnualTargets(
  plan: PlanPart,
  targets: readonly AnnualIndicatorTargets[],
  options: AnnualTargetCheckOptions = {},
): TargetWarning[] {
  const warnings: TargetWarning[] = [];
  const indicators = plan.targetGroups.flatMap((g) => g.indicators);
  const known = new Set(indicators.map((i) => i.code));
  const years = periodYears(plan);
  const throughYear = options.throughYear ?? plan.period.endYear;

  for (const entry of targets) {
    if (!known.has(entry.indicatorCode))
      warnings.push({
        code: 'unknown-indicator',
        severity: 'warning',
        indicatorCode: entry.indicatorCode,
        year: entry.year,
        message: `annual target for "${entry.indicatorCode}", which is not an indicator of the plan`,
        numbers: {},
      });
    else if (!years.includes(entry.year))
      warnings.push({
        code: 'year-outside-period',
        severity: 'warning',
        indicatorCode: entry.indicatorCode,
        year: entry.year,
        message: `annual target for ${entry.year}, outside the plan period ${plan.period.startYear}–${plan.period.endYear}`,
        numbers: { year: entry.year },
      });
  }

  for (const indicator of indicators) {
    warnings.push(...checkIndicator(plan, indicator, targets, years, throughYear, options));
  }
  return warnings;
}

function checkIndicator(
  plan: PlanPart,
  indicator: Indicator,
  targets: readonly AnnualIndicatorTargets[],
  years: number[],
  throughYear: number,
  options: AnnualTargetCheckOptions,
): TargetWarning[] {
  const warnings: TargetWarning[] = [];
  const code = indicator.code;
  const warn = (w: Omit<TargetWarning, 'indicatorCode'>) => warnings.push({ indicatorCode: code, ...w });

  const entries = new Map<number, AnnualIndicatorTargets>();
  for (const entry of targets) {
    if (entry.indicatorCode !== code || !years.includes(entry.year)) continue;
    if (entries.has(entry.year)) {
      warn({
        code: 'duplicate-year',
        severity: 'warning',
        year: entry.year,
        message: `${entry.year} has more than one annual target; the first (${fmt(entries.get(entry.year)!.countyTarget)}) is used`,
        numbers: { used: entries.get(entry.year)!.countyTarget, ignored: entry.countyTarget },
      });
      continue;
    }
    entries.set(entry.year, entry);
  }

  const annual = new Map<number, number>();
  for (const year of years) {
    const fromWorkPlan = entries.get(year)?.countyTarget;
    const fromPlan = indicator.annualTargets[String(year)];
    if (fromWorkPlan !== undefined && fromPlan !== undefined && clean(fromWorkPlan) !== clean(fromPlan))
      warn({
        code: 'differs-from-plan',
        severity: 'warning',
        year,
        message: `the ${year} work plan sets ${fmt(fromWorkPlan)} but the plan's decomposition says ${fmt(fromPlan)}`,
        numbers: { workPlanTarget: fromWorkPlan, planTarget: fromPlan },
      });
    const value = fromWorkPlan ?? fromPlan;
    if (value !== undefined) annual.set(year, value);
  }

  const rule = attainmentRule(indicator.kind);
  const countedYears =
    rule === 'sum' && indicator.kind === 'new-since-baseline' && indicator.baseline
      ? years.filter((y) => y > indicator.baseline!.year)
      : years;

  if (annual.size === 0) {
    warn({
      code: 'no-annual-targets',
      severity: 'warning',
      message: `no annual targets are set for ${indicator.name} (plan target ${fmt(indicator.target)} ${indicator.unit})`,
      numbers: { planTarget: indicator.target },
    });
  } else {
    for (const year of countedYears)
      if (year <= throughYear && !annual.has(year))
        warn({
          code: 'missing-year',
          severity: 'warning',
          year,
          message: `no ${year} target is set for ${indicator.name}`,
          numbers: {},
        });
    warnings.push(...attainmentWarnings(indicator, rule, annual, countedYears));
  }

  warnings.push(...regionWarnings(plan, indicator, [...entries.values()], options));
  return warnings;
}

function attainmentWarnings(
  indicator: Indicator,
  rule: AttainmentRule,
  annual: Map<number, number>,
  countedYears: number[],
): TargetWarning[] {
  const warnings: TargetWarning[] = [];
  const { code, target, comparison, unit, name } = indicator;
  const lastYear = countedYears[countedYears.length - 1];

  if (rule === 'last-year') {
    const last = lastYear === undefined ? undefined : annual.get(lastYear);
    if (last !== undefined && !meetsTarget(last, target, comparison))
      warnings.push({
        code: 'final-year-short',
        severity: 'warning',
        indicatorCode: code,
        year: lastYear,
        message: `${name}: the ${lastYear} target ${fmt(last)} ${unit} does not ${reachVerb(comparison)} the plan's target ${fmt(target)} ${unit}${shortBy(target, last)}`,
        numbers: { finalYearTarget: last, planTarget: target, shortfall: clean(target - last) },
      });
    let previous: [number, number] | undefined;
    for (const year of countedYears) {
      const value = annual.get(year);
      if (value === undefined) continue;
      if (previous && value < previous[1])
        warnings.push({
          code: 'target-decreases',
          severity: 'info',
          indicatorCode: code,
          year,
          message: `${name}: the ${year} target ${fmt(value)} is lower than the ${previous[0]} target ${fmt(previous[1])}`,
          numbers: { target: value, previousTarget: previous[1] },
        });
      previous = [year, value];
    }
  } else if (rule === 'every-year') {
    for (const year of countedYears) {
      const value = annual.get(year);
      if (value !== undefined && !meetsTarget(value, target, comparison))
        warnings.push({
          code: 'year-short',
          severity: 'warning',
          indicatorCode: code,
          year,
          message: `${name}: the plan asks for ${fmt(target)} ${unit} every year, but ${year} is set to ${fmt(value)}${shortBy(target, value)}`,
          numbers: { yearTarget: value, planTarget: target, shortfall: clean(target - value) },
        });
    }
  } else {
    const set = countedYears.filter((y) => annual.has(y));
    const sum = clean(set.reduce((total, y) => total + annual.get(y)!, 0));
    const missing = countedYears.filter((y) => !annual.has(y));
    const span = `${countedYears[0]}–${lastYear}`;
    if (missing.length === 0) {
      if (!meetsTarget(sum, target, comparison))
        warnings.push({
          code: 'sum-short',
          severity: 'warning',
          indicatorCode: code,
          message: `${name}: the annual targets for ${span} add up to ${fmt(sum)} ${unit}, which does not ${reachVerb(comparison)} the plan's ${fmt(target)} ${unit}${shortBy(target, sum)}`,
          numbers: { sum, planTarget: target, shortfall: clean(target - sum) },
        });
    } else if (!meetsTarget(sum, target, comparison)) {
      warnings.push({
        code: 'remaining-needed',
        severity: 'info',
        indicatorCode: code,
        message: `${name}: the targets set so far (${set.join(', ')}) add up to ${fmt(sum)} ${unit}; ${missing.join(', ')} must together add ${comparison === 'exceed' ? 'more than' : 'at least'} ${fmt(target - sum)} ${unit} to ${reachVerb(comparison)} ${fmt(target)}`,
        numbers: { sum, planTarget: target, remaining: clean(target - sum) },
      });
    }
  }
  return warnings;
}

function regionWarnings(
  plan: PlanPart,
  indicator: Indicator,
  entries: AnnualIndicatorTargets[],
  options: AnnualTargetCheckOptions,
): TargetWarning[] {
  const warnings: TargetWarning[] = [];
  const regionCodes = new Set(plan.regions.map((r) => r.code));
  const additive = isAdditive(indicator, options.additive);
  let explained = false;

  for (const entry of entries) {
    const regions = Object.entries(entry.regionTargets);
    if (regions.length === 0) continue;
    for (const [region] of regions)
      if (!regionCodes.has(region))
        warnings.push({
          code: 'unknown-region',
          severity: 'warning',
          indicatorCode: indicator.code,
          year: entry.year,
          message: `${entry.year} target for region "${region}", which is not a region of the plan`,
          numbers: {},
        });
    if (!additive) {
      if (!explained)
        warnings.push({
          code: 'regions-not-additive',
          severity: 'info',
          indicatorCode: indicator.code,
          year: entry.year,
          message: `${indicator.name} is a ratio or an average, so the regions' targets cannot be added up to the county's (for 万人 indicators the county's value is total count ÷ total population, a population-weighted mean); they were not summed`,
          numbers: {},
        });
      explained = true;
      continue;
    }
    const sum = clean(regions.reduce((total, [, value]) => total + value, 0));
    if (!meetsTarget(sum, entry.countyTarget, 'at-least'))
      warnings.push({
        code: 'regions-short',
        severity: 'warning',
        indicatorCode: indicator.code,
        year: entry.year,
        message: `${indicator.name} ${entry.year}: the ${regions.length} regions' targets add up to ${fmt(sum)} ${indicator.unit}, short of the county's ${fmt(entry.countyTarget)} by ${fmt(entry.countyTarget - sum)}`,
        numbers: { regionSum: sum, countyTarget: entry.countyTarget, shortfall: clean(entry.countyTarget - sum) },
      });
  }
  return warnings;
}

import { describe, expect, it } from 'vitest';
import type { Indicator, Plan } from '../plan/plan.schema.js';
import { attainmentRule, checkAnnualTargets, isAdditive } from './annual-target-check.js';
import type { AnnualIndicatorTargets } from './work-plan.schema.js';

const indicator = (fields: Partial<Indicator> & Pick<Indicator, 'code' | 'kind' | 'target'>): Indicator => ({
  name: fields.code,
  planText: '……',
  unit: '件',
  comparison: 'at-least',
  annualTargets: {},
  ...fields,
});

const perTenThousand = indicator({ code: 'per-10k', name: '万人有效发明专利拥有量', kind: 'stock', target: 40, comparison: 'reach' });
const trademarks = indicator({ code: 'trademarks', name: '商标注册', kind: 'annual-flow', target: 1000 });
const pledge = indicator({ code: 'pledge', name: '知识产权质押融资金额', unit: '亿元', kind: 'cumulative', target: 10 });
const certified = indicator({
  code: 'certified',
  name: '新增贯标企业',
  unit: '家',
  kind: 'new-since-baseline',
  target: 40,
  baseline: { value: 12, year: 2023 },
});
const density = indicator({ code: 'density', name: '专利密集型产业增加值占GDP比重', unit: '%', kind: 'share', target: 10, comparison: 'exceed' });

const planWith = (...indicators: Indicator[]): Pick<Plan, 'period' | 'targetGroups' | 'regions'> => ({
  period: { startYear: 2024, endYear: 2026 },
  targetGroups: [{ code: 'g', title: 'g', text: '……', indicators }],
  regions: [
    { code: 'county', name: '县', kind: 'county', aliases: [] },
    { code: 'town-a', name: '甲镇', kind: 'town', parent: 'county', aliases: [] },
    { code: 'town-b', name: '乙镇', kind: 'town', parent: 'county', aliases: [] },
  ],
});

const t = (indicatorCode: string, year: number, countyTarget: number, regionTargets: Record<string, number> = {}): AnnualIndicatorTargets => ({
  year,
  indicatorCode,
  countyTarget,
  regionTargets,
});

describe('attainment rules per indicator kind', () => {
  it('checks stocks, shares and scores at the last year, flows every year, increments by their sum', () => {
    expect(attainmentRule('stock')).toBe('last-year');
    expect(attainmentRule('share')).toBe('last-year');
    expect(attainmentRule('survey-score')).toBe('last-year');
    expect(attainmentRule('annual-flow')).toBe('every-year');
    expect(attainmentRule('cumulative')).toBe('sum');
    expect(attainmentRule('new-since-baseline')).toBe('sum');
  });

  it('treats counts as additive and per-10k ratios, shares and scores as not', () => {
    expect(isAdditive(perTenThousand)).toBe(false);
    expect(isAdditive(indicator({ code: 'x', kind: 'stock', target: 1, name: '有效发明专利', unit: '件/万人' }))).toBe(false);
    expect(isAdditive(indicator({ code: 'held', kind: 'stock', target: 1, name: '有效发明专利' }))).toBe(true);
    expect(isAdditive(trademarks)).toBe(true);
    expect(isAdditive(pledge)).toBe(true);
    expect(isAdditive(density)).toBe(false);
    expect(isAdditive(perTenThousand, { 'per-10k': true })).toBe(true);
  });
});

describe('checkAnnualTargets', () => {
  it("flags a stock whose last-year target stops short of the plan's, and a decreasing year", () => {
    const warnings = checkAnnualTargets(planWith(perTenThousand), [
      t('per-10k', 2024, 30),
      t('per-10k', 2025, 36),
      t('per-10k', 2026, 35),
    ]);
    expect(warnings.map((w) => [w.code, w.year, w.numbers])).toEqual([
      ['final-year-short', 2026, { finalYearTarget: 35, planTarget: 40, shortfall: 5 }],
      ['target-decreases', 2026, { target: 35, previousTarget: 36 }],
    ]);
    expect(warnings[0]!.message).toBe(
      "万人有效发明专利拥有量: the 2026 target 35 件 does not reach the plan's target 40 件 (short by 5)",
    );
  });

  it('is silent when every rule holds', () => {
    expect(
      checkAnnualTargets(planWith(perTenThousand, trademarks), [
        t('per-10k', 2024, 30),
        t('per-10k', 2025, 35),
        t('per-10k', 2026, 40),
        t('trademarks', 2024, 1000),
        t('trademarks', 2025, 1050),
        t('trademarks', 2026, 1100),
      ]),
    ).toEqual([]);
  });

  it('requires every year of an annual flow to reach the yearly bar; a strong year does not cover a weak one', () => {
    const warnings = checkAnnualTargets(planWith(trademarks), [
      t('trademarks', 2024, 1000),
      t('trademarks', 2025, 950),
      t('trademarks', 2026, 1200),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'year-short', year: 2025, numbers: { yearTarget: 950, planTarget: 1000, shortfall: 50 } });
  });

  it('sums a cumulative indicator over the period, without floating-point noise', () => {
    // 3 + 3.5 + 3.4 = 9.9 亿元 < 10 亿元
    const warnings = checkAnnualTargets(planWith(pledge), [t('pledge', 2024, 3), t('pledge', 2025, 3.5), t('pledge', 2026, 3.4)]);
    expect(warnings.map((w) => [w.code, w.numbers])).toEqual([['sum-short', { sum: 9.9, planTarget: 10, shortfall: 0.1 }]]);
    expect(warnings[0]!.message).toContain('add up to 9.9 亿元');
    // 3.3 + 3.3 + 3.4 is 10.000000000000002 or 9.999999999999998 in floats; either way it reaches 10.
    expect(checkAnnualTargets(planWith(pledge), [t('pledge', 2024, 3.3), t('pledge', 2025, 3.3), t('pledge', 2026, 3.4)])).toEqual([]);
  });

  it('says how much the remaining years must add when later years are not set yet', () => {
    const warnings = checkAnnualTargets(planWith(certified), [t('certified', 2024, 10), t('certified', 2025, 15)], {
      throughYear: 2025,
    });
    expect(warnings.map((w) => [w.code, w.severity, w.numbers])).toEqual([
      ['remaining-needed', 'info', { sum: 25, planTarget: 40, remaining: 15 }],
    ]);
    expect(warnings[0]!.message).toContain('2026 must together add at least 15 家 to reach 40');
  });

  it('flags a missing year up to throughYear (default: the last plan year)', () => {
    const warnings = checkAnnualTargets(planWith(certified), [t('certified', 2024, 20), t('certified', 2026, 20)]);
    expect(warnings.map((w) => [w.code, w.year])).toEqual([['missing-year', 2025]]);
  });

  it('only counts years after the baseline year for new-since-baseline indicators', () => {
    const from2024 = { ...certified, baseline: { value: 12, year: 2024 } };
    // 2024 is the baseline year: its 30 does not count, so 2025 + 2026 = 30 < 40.
    const warnings = checkAnnualTargets(planWith(from2024), [t('certified', 2024, 30), t('certified', 2025, 15), t('certified', 2026, 15)]);
    expect(warnings.map((w) => [w.code, w.numbers])).toEqual([['sum-short', { sum: 30, planTarget: 40, shortfall: 10 }]]);
  });

  it('needs more than the target when the plan says 超过 (exceed)', () => {
    const warnings = checkAnnualTargets(planWith(density), [t('density', 2024, 8), t('density', 2025, 9), t('density', 2026, 10)]);
    expect(warnings.map((w) => w.code)).toEqual(['final-year-short']);
    expect(warnings[0]!.message).toBe("专利密集型产业增加值占GDP比重: the 2026 target 10 % does not exceed the plan's target 10 %");
  });

  it("flags towns whose targets add up to less than the county's, for additive indicators", () => {
    const warnings = checkAnnualTargets(planWith(trademarks), [
      t('trademarks', 2024, 1000, { 'town-a': 600, 'town-b': 350 }),
      t('trademarks', 2025, 1000, { 'town-a': 600, 'town-b': 450 }),
      t('trademarks', 2026, 1000),
    ]);
    expect(warnings.map((w) => [w.code, w.year, w.numbers])).toEqual([
      ['regions-short', 2024, { regionSum: 950, countyTarget: 1000, shortfall: 50 }],
    ]);
    expect(warnings[0]!.message).toBe("商标注册 2024: the 2 regions' targets add up to 950 件, short of the county's 1000 by 50");
  });

  it('does not add up per-10k ratios across towns, and says so once', () => {
    const warnings = checkAnnualTargets(planWith(perTenThousand), [
      t('per-10k', 2024, 30, { 'town-a': 20, 'town-b': 5 }),
      t('per-10k', 2025, 35, { 'town-a': 22, 'town-b': 6 }),
      t('per-10k', 2026, 40),
    ]);
    expect(warnings.map((w) => [w.code, w.severity, w.year])).toEqual([['regions-not-additive', 'info', 2024]]);
    expect(warnings[0]!.message).toMatch(/population-weighted mean/);
  });

  it("prefers the work plan's figure but flags a difference from the plan's own decomposition", () => {
    const withDecomposition = { ...perTenThousand, annualTargets: { '2024': 30, '2025': 36, '2026': 40 } };
    const warnings = checkAnnualTargets(planWith(withDecomposition), [t('per-10k', 2025, 35)]);
    expect(warnings.map((w) => [w.code, w.year, w.numbers])).toEqual([
      ['differs-from-plan', 2025, { workPlanTarget: 35, planTarget: 36 }],
    ]);
  });

  it('reports unknown indicators and regions, years outside the period, duplicates and indicators without targets', () => {
    const warnings = checkAnnualTargets(planWith(trademarks, pledge), [
      t('nonsense', 2024, 1),
      t('trademarks', 2027, 1000),
      t('trademarks', 2024, 1000, { 'town-z': 1000 }),
      t('trademarks', 2024, 900),
      t('trademarks', 2025, 1000),
      t('trademarks', 2026, 1000),
    ]);
    expect(warnings.map((w) => [w.code, w.indicatorCode, w.year])).toEqual([
      ['unknown-indicator', 'nonsense', 2024],
      ['year-outside-period', 'trademarks', 2027],
      ['duplicate-year', 'trademarks', 2024],
      ['unknown-region', 'trademarks', 2024],
      ['no-annual-targets', 'pledge', undefined],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { monthPeriod, quarterPeriod, trademarkYearPeriod, yearPeriod } from '../periods/period.js';
import { buildRegisters } from './__tests__/build-records.js';
import {
  advantageDemonstrationEnterprises,
  copyrightRegistrations,
  introducedProfessionals,
  ipIntensiveEnterprises,
  newCertifiedEnterprises,
  newHighLevelTalent,
  newServiceAgencies,
  pledgeFinancingAmount,
  satisfactionScore,
  trademarkRegistrations,
  trainingParticipants,
} from './definitions/index.js';
import { evaluateIndicator } from './evaluate-indicator.js';
import { evaluatePeriod, evaluatePeriodYearOnYear } from './evaluate-period.js';

const records = buildRegisters();
const at = (definition: Parameters<typeof evaluateIndicator>[0], asOf: string, extra: Partial<Parameters<typeof evaluateIndicator>[2]> = {}) =>
  evaluateIndicator(definition, records, { asOf, ...extra });

describe('商标注册量 (trademark statistical year 12-16 … 12-15)', () => {
  it('counts the statistical year up to the date', () => {
    // 2023-12-16 … 2024-12-15: T2, T3, T4.
    expect(at(trademarkRegistrations, '2024-12-15')).toMatchObject({ value: 3, window: { from: '2023-12-16', to: '2024-12-15' } });
    expect(at(trademarkRegistrations, '2024-12-15').recordIds).toEqual(['T2', 'T3', 'T4']);
    expect(at(trademarkRegistrations, '2023-12-15').recordIds).toEqual(['T1']);
  });

  it('judges plan year 2024 on the statistical year labelled 2024 until 31 December, whatever registers after 15 December', () => {
    // 2024-12-31 lies in plan year 2024: its window stays 2023-12-16 … 2024-12-15 (T2, T3, T4);
    // T5 (12-16) and T6 (12-20) already belong to the statistical year 2025.
    expect(at(trademarkRegistrations, '2024-12-31')).toMatchObject({ value: 3, window: { from: '2023-12-16', to: '2024-12-15' } });
    expect(at(trademarkRegistrations, '2024-12-20', { region: 'licheng' }).recordIds).toEqual(['T2', 'T3', 'T4']);
    // From 1 January 2025 the plan year 2025 is judged on 2024-12-16 … : T5 and T6 count there.
    expect(at(trademarkRegistrations, '2025-01-10')).toMatchObject({ value: 2, window: { from: '2024-12-16', to: '2025-01-10' } });
    expect(at(trademarkRegistrations, '2025-01-10', { region: 'licheng' }).recordIds).toEqual(['T5']);
  });

  it('counts the calendar year when so configured', () => {
    const calendar = at(trademarkRegistrations, '2024-12-31', { settings: { statisticalYear: 'calendar' } });
    expect(calendar.recordIds).toEqual(['T3', 'T4', 'T5', 'T6']);
    expect(calendar.settings).toContainEqual({ key: 'statisticalYear', value: 'calendar', overridden: true, confirmed: true });
  });
});

describe('作品登记数量', () => {
  it('counts works only by default, software when configured', () => {
    expect(at(copyrightRegistrations, '2024-12-31').recordIds).toEqual(['W1', 'W2']);
    expect(at(copyrightRegistrations, '2024-12-31', { settings: { kinds: ['work', 'software'] } }).value).toBe(3);
    expect(at(copyrightRegistrations, '2025-01-31').recordIds).toEqual(['W3']);
  });
});

describe('知识产权质押融资金额（累计）', () => {
  it('adds registrations from the plan start, exactly in fen, shown in 亿元', () => {
    // Q1 1.5亿 + Q2 0.3亿; Q0 (2023-12-31) is before the plan period.
    const end2024 = at(pledgeFinancingAmount, '2024-12-31');
    expect(end2024).toMatchObject({ numerator: 18_000_000_000, value: 1.8, unit: '亿元' });
    expect(at(pledgeFinancingAmount, '2025-06-30')).toMatchObject({ numerator: 20_000_000_000, value: 2 });
    expect(at(pledgeFinancingAmount, '2025-06-30', { region: 'yintu' }).value).toBe(0.2);
  });

  it('filters pledge types and moves the start when configured', () => {
    expect(at(pledgeFinancingAmount, '2025-06-30', { settings: { ipTypes: ['patent'] } }).value).toBe(1.5);
    expect(at(pledgeFinancingAmount, '2024-12-31', { settings: { periodStart: '2023-01-01' } }).value).toBe(2.3);
  });
});

describe('新增贯标企业', () => {
  it('counts enterprises whose first certificate is on or after the baseline; renewals are not new', () => {
    expect(at(newCertifiedEnterprises, '2024-12-31').recordIds).toEqual(['E2']);
    // E1 renewed on 2025-03-20 but was first certified in 2022.
    expect(at(newCertifiedEnterprises, '2025-06-30').recordIds).toEqual(['E2', 'E3']);
    expect(at(newCertifiedEnterprises, '2025-06-30', { settings: { baselineDate: '2022-01-01' } }).value).toBe(3);
  });
});

describe('知识产权优势示范企业 (stock, each enterprise once)', () => {
  it('counts valid national and provincial titles by default', () => {
    expect(at(advantageDemonstrationEnterprises, '2024-08-31').recordIds).toEqual(['E4']);
    expect(at(advantageDemonstrationEnterprises, '2024-12-31').recordIds).toEqual(['E4', 'E5']);
    // E4's national title is valid to 2025-11-30.
    expect(at(advantageDemonstrationEnterprises, '2025-11-30').value).toBe(2);
    expect(at(advantageDemonstrationEnterprises, '2025-12-01').recordIds).toEqual(['E5']);
  });

  it('counts all levels when configured, E4 once although it has two titles', () => {
    const all = at(advantageDemonstrationEnterprises, '2024-12-31', { settings: { levels: ['national', 'provincial', 'municipal', 'county'] } });
    expect(all.recordIds).toEqual(['E4', 'E5', 'E6']);
  });
});

describe('培育知识产权密集型企业', () => {
  it('counts first recognitions since the baseline, split by key industry', () => {
    const result = at(ipIntensiveEnterprises, '2024-12-31', { breakdown: 'key-industry' });
    expect(result.recordIds).toEqual(['E5']);
    expect(result.groups).toEqual([{ key: '高端装备', numerator: 1, value: 1, recordIds: ['E5'] }]);
  });
});

describe('新增服务机构, 人才, 培训', () => {
  it('counts new agencies in the county with its development zone', () => {
    expect(at(newServiceAgencies, '2024-12-31').recordIds).toEqual(['A2']);
    expect(at(newServiceAgencies, '2025-12-31').value).toBe(2);
    expect(at(newServiceAgencies, '2025-12-31', { region: 'development-zone' }).recordIds).toEqual(['A2']);
  });

  it('counts talent by category since the baseline', () => {
    expect(at(newHighLevelTalent, '2025-12-31').recordIds).toEqual(['H1']);
    expect(at(introducedProfessionals, '2024-12-31').recordIds).toEqual(['I1']);
    expect(at(introducedProfessionals, '2025-12-31').value).toBe(2);
  });

  it('adds training participants (人次) from the plan start', () => {
    expect(at(trainingParticipants, '2024-12-31')).toMatchObject({ value: 270, recordIds: ['S1', 'S2'] });
    expect(at(trainingParticipants, '2025-06-30').value).toBe(330);
  });
});

describe('reported indicators', () => {
  it('take the latest official value on or before the date, with its source', () => {
    const result = at(satisfactionScore, '2025-06-30');
    expect(result).toMatchObject({ value: 83.6, recordIds: ['O1'], official: { sourceDocument: '2024年度知识产权保护社会满意度调查报告' } });
    expect(at(satisfactionScore, '2024-06-30').value).toBe(81.2);
    expect(at(satisfactionScore, '2023-06-30')).toMatchObject({ value: null, note: expect.stringContaining('no official value') });
  });
});

describe('settings', () => {
  it('refuses unknown settings and values outside the options', () => {
    expect(() => at(trademarkRegistrations, '2024-12-31', { settings: { statisticalYear: 'fiscal' } })).toThrow(/not one of/);
    expect(() => at(trademarkRegistrations, '2024-12-31', { settings: { nope: 1 } })).toThrow(/unknown setting/);
    expect(() => at(copyrightRegistrations, '2024-12-31', { settings: { kinds: 'work' } })).toThrow(/expected list/);
  });

  it('refuses an unknown region', () => {
    expect(() => at(trademarkRegistrations, '2024-12-31', { region: 'atlantis' })).toThrow(/unknown region/);
  });
});

describe('evaluatePeriod', () => {
  it('counts flows within a month, a quarter or a statistical year', () => {
    expect(evaluatePeriod(trademarkRegistrations, records, monthPeriod(2024, 12)).recordIds).toEqual(['T4', 'T5', 'T6']);
    expect(evaluatePeriod(trademarkRegistrations, records, quarterPeriod(2024, 2)).recordIds).toEqual(['T3']);
    expect(evaluatePeriod(trademarkRegistrations, records, trademarkYearPeriod(2025)).recordIds).toEqual(['T5', 'T6']);
    expect(evaluatePeriod(pledgeFinancingAmount, records, yearPeriod(2025)).value).toBe(0.2);
  });

  it('takes stocks at the end of the period', () => {
    expect(evaluatePeriod(advantageDemonstrationEnterprises, records, quarterPeriod(2025, 4)).recordIds).toEqual(['E5']);
  });

  it('compares with the same period a year earlier', () => {
    // TM year 2024: T2 T3 T4 = 3; TM year 2023: T1 = 1.
    const comparison = evaluatePeriodYearOnYear(trademarkRegistrations, records, trademarkYearPeriod(2024));
    expect(comparison.yearOnYear).toEqual({ current: 3, previous: 1, change: 2, changePercent: 200 });
  });
});

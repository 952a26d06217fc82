import { describe, expect, it } from 'vitest';
import { buildPatent, event } from '../../registers/__tests__/build-patent.js';
import {
  buildHighValueEvidence,
  classifyHighValue,
  defaultHighValueRules,
  emptyHighValueEvidence,
  highValueCategoriesOf,
  highValueFrom,
  type HighValueRules,
} from './high-value-categories.js';
import { patentPledge } from '../../registers/__tests__/build-pledge.js';

// buildPatent: invention filed 2015-03-10, granted 2017-06-20, key 2015101234561.
const rules = (overrides: Partial<HighValueRules> = {}): HighValueRules => ({ ...defaultHighValueRules, ...overrides });
const categories = (patent = buildPatent(), r = rules(), evidence = emptyHighValueEvidence) =>
  highValueCategoriesOf(patent, evidence, r).map((m) => [m.category, m.from]);


describe('highValueCategoriesOf', () => {
  it('meets C3 from the day after the tenth filing anniversary by default', () => {
    // Filed 2015-03-10: 10 years on 2025-03-10, "more than 10 years" from 2025-03-11.
    expect(categories()).toEqual([['maintained-over-ten-years', '2025-03-11']]);
    expect(categories(buildPatent(), rules({ maintenanceComparison: 'at-least' }))).toEqual([
      ['maintained-over-ten-years', '2025-03-10'],
    ]);
    expect(categories(buildPatent(), rules({ maintenanceBasis: 'grant-date' }))).toEqual([
      ['maintained-over-ten-years', '2027-06-21'],
    ]);
  });

  it('applies only to invention patents', () => {
    expect(categories(buildPatent({ type: 'utility-model' }))).toEqual([]);
  });

  it('meets C1 by the vendor flag or by the configured IPC table', () => {
    const flagged = buildPatent({ vendorFlags: { strategicEmergingIndustry: true } });
    expect(categories(flagged)).toContainEqual(['strategic-emerging-industry', '2015-03-10']);
    expect(categories(flagged, rules({ useVendorFlags: false }))).not.toContainEqual(['strategic-emerging-industry', '2015-03-10']);
    const byIpc = buildPatent({ ipcCodes: ['H01M10/0525'] });
    expect(categories(byIpc, rules({ strategicEmergingTable: [{ industry: '6.1', pattern: 'H01M10/0525' }] }))).toContainEqual([
      'strategic-emerging-industry',
      '2015-03-10',
    ]);
  });

  it('meets C2 by default on 海外同族数 > 0 or 是, and on granted members when the source gives them', () => {
    // 海外同族数 = 2, nothing said about grants: counted by the default rule.
    const filedOnly = buildPatent({ overseasFamily: { memberCount: 2 } });
    expect(categories(filedOnly).map(([c]) => c)).toContain('overseas-family');
    expect(highValueCategoriesOf(filedOnly, emptyHighValueEvidence, defaultHighValueRules).find((m) => m.category === 'overseas-family')?.evidence).toBe('2 overseas family members');
    // 海外同族 = 是 (a yes/no column): counted too, even with vendor flags switched off.
    const yes = buildPatent({ vendorFlags: { overseasFamily: true } });
    expect(categories(yes, rules({ useVendorFlags: false })).map(([c]) => c)).toContain('overseas-family');
    // The source says 2 members, none granted: the granted rule applies, not counted.
    const noneGranted = buildPatent({ overseasFamily: { memberCount: 2, grantedCount: 0 } });
    expect(categories(noneGranted).map(([c]) => c)).not.toContain('overseas-family');
    const granted = buildPatent({ overseasFamily: { memberCount: 2, grantedCount: 1 } });
    expect(categories(granted).map(([c]) => c)).toContain('overseas-family');
  });

  it('meets C2 on granted members only under granted-member, on any member under any-member', () => {
    const filedOnly = buildPatent({ overseasFamily: { memberCount: 2 } });
    expect(categories(filedOnly, rules({ overseasFamilyRule: 'granted-member' })).map(([c]) => c)).not.toContain('overseas-family');
    const noneGranted = buildPatent({ overseasFamily: { memberCount: 2, grantedCount: 0 } });
    expect(categories(noneGranted, rules({ overseasFamilyRule: 'any-member' })).map(([c]) => c)).toContain('overseas-family');
  });

  it('meets C4 from the registration that takes the pledged total over the threshold', () => {
    const evidence = buildHighValueEvidence(
      [
        patentPledge('p1', '2021-04-01', 600_000_000, ['201510123456.1']),
        patentPledge('p2', '2022-08-15', 600_000_000, ['CN201510123456.1', '2019100000199']),
      ],
      [],
    );
    const threshold = rules({ pledgeThresholdFen: 1_000_000_000 });
    // 6,000,000 + 6,000,000 yuan ≥ 10,000,000 yuan on 2022-08-15.
    expect(categories(buildPatent(), threshold, evidence)).toContainEqual(['high-pledge-financing', '2022-08-15']);
    // Shared equally, p2 gives 3,000,000 yuan: 9,000,000 in all, below the threshold.
    const shared = rules({ pledgeThresholdFen: 1_000_000_000, pledgeAllocation: 'equal-share' });
    expect(categories(buildPatent(), shared, evidence).map(([c]) => c)).not.toContain('high-pledge-financing');
    // Without a threshold (the default: none published) pledges alone never qualify.
    expect(categories(buildPatent(), rules(), evidence).map(([c]) => c)).not.toContain('high-pledge-financing');
  });

  it('meets C5 for national awards only, from the award date', () => {
    const provincial = buildPatent({ awards: [{ kind: 'provincial-patent-award', year: 2020, awardedOn: '2020-11-01' }] });
    expect(categories(provincial).map(([c]) => c)).not.toContain('national-award');
    const evidence = buildHighValueEvidence(
      [],
      [
        {
          id: 'a1',
          name: '第二十三届中国专利奖',
          kind: 'china-patent-award',
          level: '优秀奖',
          year: 2022,
          awardedOn: '2022-07-20',
          patentKeys: ['201510123456.1'],
          winners: ['金湖测试公司'],
        },
      ],
    );
    expect(categories(buildPatent(), rules(), evidence)).toContainEqual(['national-award', '2022-07-20']);
  });

  it('drops the pledge category under the reported four-category list', () => {
    const flagged = buildPatent({ vendorFlags: { highPledgeFinancing: true } });
    expect(categories(flagged).map(([c]) => c)).toContain('high-pledge-financing');
    expect(categories(flagged, rules({ categoryVersion: 'cnipa-15th-five-year-reported' })).map(([c]) => c)).not.toContain(
      'high-pledge-financing',
    );
    expect(() => categories(flagged, rules({ categoryVersion: 'nope' }))).toThrow(RangeError);
  });

  it('gives the earliest date any category holds', () => {
    const met = highValueCategoriesOf(
      buildPatent({ overseasFamily: { memberCount: 1, grantedCount: 1 } }),
      emptyHighValueEvidence,
      defaultHighValueRules,
    );
    expect(highValueFrom(met)).toBe('2015-03-10');
    expect(highValueFrom([])).toBeNull();
  });
});

describe('classifyHighValue', () => {
  it('needs the patent in force and a category met on the date, counting it once', () => {
    const patent = buildPatent({
      vendorFlags: { strategicEmergingIndustry: true, overseasFamily: true },
      legalEvents: [event('2017-06-20', 'grant'), event('2026-03-10', 'lapse-non-payment')],
    });
    expect(classifyHighValue(patent, '2016-01-01')).toMatchObject({ inForce: false, highValue: false });
    expect(classifyHighValue(patent, '2020-01-01')).toMatchObject({
      inForce: true,
      highValue: true,
      categories: ['strategic-emerging-industry', 'overseas-family'],
    });
    expect(classifyHighValue(patent, '2025-06-30').categories).toEqual([
      'strategic-emerging-industry',
      'overseas-family',
      'maintained-over-ten-years',
    ]);
    expect(classifyHighValue(patent, '2026-03-10')).toMatchObject({ inForce: false, highValue: false });
  });

  it('makes a plain invention high-value only once it passes ten years', () => {
    expect(classifyHighValue(buildPatent(), '2025-03-10').highValue).toBe(false);
    expect(classifyHighValue(buildPatent(), '2025-03-11')).toMatchObject({ highValue: true, categories: ['maintained-over-ten-years'] });
  });
});

import { describe, expect, it } from 'vitest';
import { jinhuRegions } from '../attribution/__tests__/jinhu-regions.js';
import { attributePatents } from '../attribution/attribute-patent.js';
import { createRegionResolver } from '../attribution/region-resolver.js';
import { fromDay, monthEndsBetween, toDay } from '../periods/iso-date.js';
import type { AwardRecord } from '../registers/awards/award.js';
import type { LegalEvent } from '../registers/patents/legal-event.js';
import type { OwnerType, Patent, PatentParty } from '../registers/patents/patent.js';
import { statusAt } from '../registers/patents/patent-status.js';
import type { PopulationFigure } from '../registers/population/population.js';
import {
  effectiveInventionPatentsPer10k,
  enterpriseGrantShare,
  highValueInventionPatentsPer10k,
  inventionGrantShare,
} from './definitions/index.js';
import { evaluateAll } from './evaluate-all.js';
import { buildHighValueEvidence, classifyHighValue, defaultHighValueRules, type HighValueRules } from './high-value/high-value-categories.js';
import { evaluateIndicator } from './evaluate-indicator.js';
import type { IndicatorRecords } from './indicator-records.js';
import { patentHighValueFrom, patentPeriods } from './patent-columns.js';
import { derivePatentFacts, FULLY_INVALIDATED } from './patent-facts.js';

/*
 * A hand-made register of 15 patents in two towns of Jinhu (黎城街道 = licheng, 银涂镇 = yintu)
 * plus the county itself, and the answers worked out by hand.
 *
 *  id  type     filed       granted     basis*     first party (type, place)      events / facts
 *  P01 发明     2012-05-10  2014-08-01  patentee   enterprise, 黎城 (applicant in 银涂)  >10 years from 2022-05-11 → C3
 *  P02 发明     2019-03-01  2021-05-10  applicant  enterprise, 黎城 (patentee in 银涂)   vendor SEI flag → C1
 *  P03 发明     2020-01-15  2022-03-01  applicant  enterprise, 银涂                 —
 *  P04 发明     2018-06-01  2020-09-09  patentee   university, 银涂                 lapsed (fees) 2024-06-01
 *  P05 发明     2017-02-02  2019-11-11  patentee   enterprise, 黎城                 lapsed 2023-02-02, restored 2023-07-01; family granted abroad → C2
 *  P06 发明     2016-04-04  2018-12-12  patentee   individual, 黎城                 lapsed (fees) ON 2024-12-31
 *  P07 发明     2021-08-08  2024-12-31  applicant  enterprise, 银涂                 granted ON 2024-12-31
 *  P08 发明     2022-02-02  —           applicant  enterprise, 黎城                 pending
 *  P09 发明     2020-10-10  2023-04-04  applicant  foreign (US)                     excluded
 *  P10 发明     2019-09-09  2022-10-10  applicant  Hong Kong                        excluded
 *  P11 发明     2020-05-05  2022-06-06  applicant  enterprise, 盱眙县 (outside)      unresolved
 *  P12 实用新型 2023-03-03  2024-02-02  applicant  enterprise, 黎城                 —
 *  P13 外观设计 2023-05-05  2024-07-07  applicant  individual, 银涂                 —
 *  P14 发明     2013-01-20  2015-07-07  patentee   enterprise, county only          >10 years from 2023-01-21 → C3; fully invalidated 2025-03-03
 *  P15 发明     2020-12-01  2024-05-20  applicant  enterprise, 黎城                 中国专利奖 announced 2025-05-15 → C5
 *  (* grants up to 2020-12-31 by first patentee address, from 2021-01-01 by first applicant address)
 *
 * Resident population 2024: county 100,000; 黎城 50,000; 银涂 20,000. 2025 not yet published.
 */

const L = '江苏省淮安市金湖县黎城街道工业园路1号';
const Y = '江苏省金湖县银涂镇人民路8号';
const C = '江苏省淮安市金湖县神华大道88号';
const X = '江苏省淮安市盱眙县某路';

const party = (type: OwnerType, address: string, country = 'CN'): PatentParty => ({ name: `${type}@${address}`, type, address, country });
const grant = (date: string): LegalEvent => ({ date, category: 'grant' });

function patent(
  id: string,
  applicationNumber: string,
  type: Patent['type'],
  filingDate: string,
  grantDate: string | null,
  applicant: PatentParty,
  patentee: PatentParty = applicant,
  extra: Partial<Patent> = {},
  events: LegalEvent[] = [],
): Patent {
  return {
    id,
    applicationNumber,
    type,
    filingDate,
    ...(grantDate ? { grant: { number: `CN-${id}`, date: grantDate } } : {}),
    title: `测试专利 ${id}`,
    applicants: [applicant],
    patentees: grantDate ? [patentee] : [],
    ipcCodes: [],
    awards: [],
    legalEvents: [...(grantDate ? [grant(grantDate)] : []), ...events],
    ...extra,
  };
}

const patents: Patent[] = [
  patent('P01', '2012101000014', 'invention', '2012-05-10', '2014-08-01', party('enterprise', Y), party('enterprise', L)),
  patent('P02', '2019101000020', 'invention', '2019-03-01', '2021-05-10', party('enterprise', L), party('enterprise', Y), {
    vendorFlags: { strategicEmergingIndustry: true },
  }),
  patent('P03', '2020101000038', 'invention', '2020-01-15', '2022-03-01', party('enterprise', Y)),
  patent('P04', '2018101000045', 'invention', '2018-06-01', '2020-09-09', party('university', Y), undefined, {}, [
    { date: '2024-06-01', category: 'lapse-non-payment' },
  ]),
  patent('P05', '2017101000055', 'invention', '2017-02-02', '2019-11-11', party('enterprise', L), undefined, {
    overseasFamily: { memberCount: 3, grantedCount: 1 },
  }, [
    { date: '2023-02-02', category: 'lapse-non-payment' },
    { date: '2023-07-01', category: 'restoration' },
  ]),
  patent('P06', '2016101000065', 'invention', '2016-04-04', '2018-12-12', party('individual', L), undefined, {}, [
    { date: '2024-12-31', category: 'lapse-non-payment' },
  ]),
  patent('P07', '2021101000070', 'invention', '2021-08-08', '2024-12-31', party('enterprise', Y)),
  patent('P08', '202210100008X', 'invention', '2022-02-02', null, party('enterprise', L)),
  patent('P09', '2020101000095', 'invention', '2020-10-10', '2023-04-04', party('enterprise', 'Cupertino, CA', 'US')),
  patent('P10', '2019101000105', 'invention', '2019-09-09', '2022-10-10', party('enterprise', '香港九龙', 'HK')),
  patent('P11', '2020101000112', 'invention', '2020-05-05', '2022-06-06', party('enterprise', X)),
  patent('P12', '2023201000126', 'utility-model', '2023-03-03', '2024-02-02', party('enterprise', L)),
  patent('P13', '2023301000136', 'design', '2023-05-05', '2024-07-07', party('individual', Y)),
  patent('P14', '2013101000146', 'invention', '2013-01-20', '2015-07-07', party('enterprise', C), undefined, {}, [
    { date: '2025-03-03', category: 'invalidation-full' },
  ]),
  patent('P15', '2020101000150', 'invention', '2020-12-01', '2024-05-20', party('enterprise', L)),
];

const awards: AwardRecord[] = [
  {
    id: 'award-1',
    name: '第二十六届中国专利奖',
    kind: 'china-patent-award',
    level: '优秀奖',
    year: 2025,
    awardedOn: '2025-05-15',
    patentKeys: ['CN202010100015.0'],
    winners: ['enterprise'],
  },
];

const population: PopulationFigure[] = [
  { region: 'jinhu', year: 2024, persons: 100_000, basis: 'resident', source: '2024统计公报' },
  { region: 'licheng', year: 2024, persons: 50_000, basis: 'resident', source: '2024统计公报' },
  { region: 'yintu', year: 2024, persons: 20_000, basis: 'resident', source: '2024统计公报' },
];

const attribution = attributePatents(patents, createRegionResolver(jinhuRegions));
const records: IndicatorRecords = { regions: jinhuRegions, patents, patentRegions: attribution.regions, awards, population };

describe('golden register: attribution', () => {
  it('places each patent by the address its grant date calls for', () => {
    expect(Object.fromEntries(attribution.regions)).toEqual({
      P01: 'licheng', // granted 2014: patentee in 黎城, not the applicant in 银涂
      P02: 'licheng', // granted 2021: applicant in 黎城, not the patentee in 银涂
      P03: 'yintu',
      P04: 'yintu',
      P05: 'licheng',
      P06: 'licheng',
      P07: 'yintu',
      P08: 'licheng',
      P12: 'licheng',
      P13: 'yintu',
      P14: 'jinhu',
      P15: 'licheng',
    });
    expect(attribution.excluded).toEqual([
      { patentId: 'P09', reason: 'foreign' },
      { patentId: 'P10', reason: 'hk-mo-tw' },
    ]);
    expect(attribution.unresolved).toEqual([{ address: X, reason: 'names no region of the plan', patentIds: ['P11'] }]);
  });
});

describe('golden register: 每万人口有效发明专利拥有量', () => {
  it('2024-12-31: county 7 patents / 10 万人 = 0.7', () => {
    // In force: P01 P02 P05 P15 (黎城), P03 P07 (银涂), P14 (county). Not: P04 lapsed 2024-06-01,
    // P06 lapsed on the day, P08 pending; P09 P10 P11 carry no plan region.
    const result = evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2024-12-31' });
    expect(result.recordIds.sort()).toEqual(['P01', 'P02', 'P03', 'P05', 'P07', 'P14', 'P15']);
    expect(result.numerator).toBe(7);
    expect(result.value).toBeCloseTo(0.7, 10);
    expect(result.population).toEqual({ year: 2024, persons: 100_000, source: '2024统计公报', fallback: false });
    expect(result.unattributed).toBe(3);
  });

  it('2024-12-31 by town: 黎城 4 / 5 = 0.8, 银涂 2 / 2 = 1.0', () => {
    expect(evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2024-12-31', region: 'licheng' }).value).toBeCloseTo(0.8, 10);
    expect(evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2024-12-31', region: 'yintu' }).value).toBeCloseTo(1.0, 10);
  });

  it('2024-12-30: P06 still counts and P07 is not yet granted → still 7', () => {
    const result = evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2024-12-30' });
    expect(result.recordIds.sort()).toEqual(['P01', 'P02', 'P03', 'P05', 'P06', 'P14', 'P15']);
  });

  it('2023-03-31: P05 counts through its lapse because it was restored', () => {
    const result = evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2023-03-31', region: 'licheng' });
    // P01, P02, P05, P06 in 黎城 (P15 granted 2024); no 2023 population → value null, count 4.
    expect(result.recordIds.sort()).toEqual(['P01', 'P02', 'P05', 'P06']);
    expect(result.value).toBeNull();
    expect(result.note).toContain('population');
  });

  it('2025-06-30: P14 invalidated → 6 / 10 = 0.6 on the 2024 population', () => {
    const result = evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2025-06-30' });
    expect(result.numerator).toBe(6);
    expect(result.value).toBeCloseTo(0.6, 10);
    expect(result.population).toMatchObject({ year: 2024, fallback: true });
  });

  it('splits by region to the record', () => {
    const result = evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2024-12-31', breakdown: 'region' });
    expect(result.groups?.map((g) => [g.key, g.numerator, g.value])).toEqual([
      ['licheng', 4, 0.8],
      ['yintu', 2, 1],
      ['jinhu', 1, 0.1],
    ]);
  });
});

describe('golden register: 每万人口高价值发明专利拥有量', () => {
  it('2024-12-31: P01 (C3) P02 (C1) P05 (C2) P14 (C3) → 4 / 10 = 0.4', () => {
    const result = evaluateIndicator(highValueInventionPatentsPer10k, records, { asOf: '2024-12-31' });
    expect(result.recordIds.sort()).toEqual(['P01', 'P02', 'P05', 'P14']);
    expect(result.value).toBeCloseTo(0.4, 10);
    expect(evaluateIndicator(highValueInventionPatentsPer10k, records, { asOf: '2024-12-31', region: 'yintu' }).value).toBe(0);
  });

  it('2025-06-30: P14 gone, P15 added by its 中国专利奖 → still 4 / 10; 黎城 4 / 5 = 0.8', () => {
    const result = evaluateIndicator(highValueInventionPatentsPer10k, records, { asOf: '2025-06-30' });
    expect(result.recordIds.sort()).toEqual(['P01', 'P02', 'P05', 'P15']);
    expect(result.value).toBeCloseTo(0.4, 10);
    expect(evaluateIndicator(highValueInventionPatentsPer10k, records, { asOf: '2025-06-30', region: 'licheng' }).value).toBeCloseTo(0.8, 10);
  });

  it('2022-05-10 vs 2022-05-11: P01 passes ten years on the 11th', () => {
    const before = evaluateIndicator(highValueInventionPatentsPer10k, records, { asOf: '2022-05-10' });
    const after = evaluateIndicator(highValueInventionPatentsPer10k, records, { asOf: '2022-05-11' });
    expect(before.recordIds.sort()).toEqual(['P02', 'P05']);
    expect(after.recordIds.sort()).toEqual(['P01', 'P02', 'P05']);
  });
});

describe('golden register: grant shares (2024 grants: P12 黎城 enterprise UM, P15 黎城 enterprise inv, P13 银涂 individual design, P07 银涂 enterprise inv)', () => {
  it('企业专利授权量占比 2024: 3 / 4 = 75%; 黎城 2 / 2 = 100%; 银涂 1 / 2 = 50%', () => {
    const county = evaluateIndicator(enterpriseGrantShare, records, { asOf: '2024-12-31' });
    expect(county).toMatchObject({ numerator: 3, denominator: 3 + 1, value: 75, window: { from: '2024-01-01', to: '2024-12-31' } });
    expect(county.recordIds.sort()).toEqual(['P07', 'P12', 'P15']);
    expect(evaluateIndicator(enterpriseGrantShare, records, { asOf: '2024-12-31', region: 'licheng' }).value).toBe(100);
    expect(evaluateIndicator(enterpriseGrantShare, records, { asOf: '2024-12-31', region: 'yintu' }).value).toBe(50);
  });

  it('counts the year to date: on 2024-06-30 only P12 and P15 → 100%', () => {
    expect(evaluateIndicator(enterpriseGrantShare, records, { asOf: '2024-06-30' })).toMatchObject({ numerator: 2, denominator: 2, value: 100 });
  });

  it('发明专利授权占比 2024: enterprise inventions 2 / enterprise grants 3 = 66.7%; county-wide 2 / 4 = 50%', () => {
    const enterpriseBased = evaluateIndicator(inventionGrantShare, records, { asOf: '2024-12-31' });
    expect(enterpriseBased.value).toBeCloseTo(200 / 3, 10);
    expect(enterpriseBased.settings).toContainEqual({ key: 'denominator', value: 'enterprise-grants', overridden: false, confirmed: false });
    const countyWide = evaluateIndicator(inventionGrantShare, records, { asOf: '2024-12-31', settings: { denominator: 'all-grants' } });
    expect(countyWide).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
  });
});

describe('golden register: monthly series', () => {
  const dates = monthEndsBetween('2024-01-01', '2025-12-31');
  const series = evaluateAll(
    [effectiveInventionPatentsPer10k, highValueInventionPatentsPer10k, enterpriseGrantShare, inventionGrantShare],
    records,
    { dates },
  );
  const point = (key: string, region: string, date: string) =>
    series.find((s) => s.key === key && s.region === region)?.points.find((p) => p.date === date);

  it('gives the hand-worked values at the month-ends', () => {
    expect(point('effective-invention-patents-per-10k', 'jinhu', '2024-12-31')).toMatchObject({ numerator: 7, populationYear: 2024 });
    expect(point('effective-invention-patents-per-10k', 'jinhu', '2024-05-31')?.numerator).toBe(8); // P04 lapses 06-01; P15 granted 05-20
    expect(point('effective-invention-patents-per-10k', 'jinhu', '2024-06-30')?.numerator).toBe(7);
    expect(point('high-value-invention-patents-per-10k', 'licheng', '2025-05-31')?.value).toBeCloseTo(0.8, 10);
    expect(point('enterprise-grant-share', 'jinhu', '2024-12-31')).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    expect(point('enterprise-grant-share', 'jinhu', '2025-01-31')).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('agrees with evaluateIndicator at every date and region', () => {
    const mismatches: string[] = [];
    for (const s of series) {
      const definition = [effectiveInventionPatentsPer10k, highValueInventionPatentsPer10k, enterpriseGrantShare, inventionGrantShare].find(
        (d) => d.key === s.key,
      );
      if (!definition) throw new Error(s.key);
      for (const p of s.points) {
        const single = evaluateIndicator(definition, records, { asOf: p.date, region: s.region });
        if (single.value !== p.value || single.numerator !== p.numerator) mismatches.push(`${s.key} ${s.region} ${p.date}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('golden register: from the patents\' facts alone (as a server stores them)', () => {
  const facts = derivePatentFacts(patents, attribution.regions);
  const fromFacts: IndicatorRecords = { regions: jinhuRegions, patentFacts: facts, awards, population };
  const at = (id: string) => facts.ids.indexOf(id);

  it('keeps the turning days of the hand-worked cases', () => {
    // P06 lapsed ON 2024-12-31: in force until that day, exclusive.
    expect(facts.inForceUntil[at('P06')]).toBe(toDay('2024-12-31'));
    // P05 lapsed 2023-02-02 and was restored 2023-07-01: in force from the grant to the end of the term.
    expect([facts.inForceFrom[at('P05')], facts.inForceUntil[at('P05')]]).toEqual([toDay('2019-11-11'), toDay('2037-02-02')]);
    // P14 fully invalidated 2025-03-03: ends then, and is marked for the void-from-the-start basis.
    expect(facts.inForceUntil[at('P14')]).toBe(toDay('2025-03-03'));
    expect((facts.flags[at('P14')] as number) & FULLY_INVALIDATED).toBe(FULLY_INVALIDATED);
    // P07 granted ON 2024-12-31; P08 pending: never in force.
    expect(facts.firstGrantDays[at('P07')]).toBe(toDay('2024-12-31'));
    expect([facts.inForceFrom[at('P08')], facts.firstGrantDays[at('P08')]]).toEqual([Number.NaN, Number.NaN]);
    // The 2020/2021 cut-over: P01 (granted 2014) in the patentee's town, P02 (granted 2021) in the applicant's.
    expect([facts.regionNames[facts.regionIds[at('P01')] as number], facts.regionNames[facts.regionIds[at('P02')] as number]]).toEqual(['licheng', 'licheng']);
    expect(facts.regionIds[at('P09')]).toBe(-1);
  });

  // Every day from 2022 to 2025: each turning day of the register is among them.
  const first = toDay('2022-01-01');
  const dates = Array.from({ length: toDay('2025-12-31') - first + 1 }, (_, i) => fromDay(first + i));
  const evidence = buildHighValueEvidence([], awards);
  const ruleSets: Record<string, HighValueRules> = {
    defaults: defaultHighValueRules,
    'from the grant, at least 5 years, any family member, no vendor flags, 十五五 list': {
      ...defaultHighValueRules,
      maintenanceBasis: 'grant-date',
      maintenanceComparison: 'at-least',
      maintenanceYears: 5,
      overseasFamilyRule: 'any-member',
      useVendorFlags: false,
      categoryVersion: 'cnipa-15th-five-year-reported',
    },
  };

  for (const basis of ['decision-date', 'void-ab-initio'] as const) {
    it(`agree with statusAt for every patent on every day (${basis})`, () => {
      const periods = patentPeriods(fromFacts, basis);
      const mismatches = patents.flatMap((patent) =>
        dates.flatMap((date) => {
          const day = toDay(date);
          const i = at(patent.id);
          const inForce = (periods.from[i] as number) <= day && day < (periods.until[i] as number);
          return inForce === statusAt(patent, patent.legalEvents, date, { invalidationBasis: basis }).inForce ? [] : [`${patent.id} ${date}`];
        }),
      );
      expect(mismatches).toEqual([]);
    });
  }

  for (const [name, rules] of Object.entries(ruleSets)) {
    it(`agree with classifyHighValue for every patent on every day: ${name}`, () => {
      const periods = patentPeriods(fromFacts, 'decision-date');
      const highValueFrom = patentHighValueFrom(fromFacts, rules);
      const mismatches = patents.flatMap((patent) =>
        dates.flatMap((date) => {
          const day = toDay(date);
          const i = at(patent.id);
          const held = Math.max(periods.from[i] as number, highValueFrom[i] as number) <= day && day < (periods.until[i] as number);
          return held === classifyHighValue(patent, date, evidence, rules).highValue ? [] : [`${patent.id} ${date}`];
        }),
      );
      expect(mismatches).toEqual([]);
    });
  }

  it('gives the series the patents themselves give', () => {
    const definitions = [effectiveInventionPatentsPer10k, highValueInventionPatentsPer10k, enterpriseGrantShare, inventionGrantShare];
    const months = monthEndsBetween('2022-01-01', '2025-12-31');
    expect(evaluateAll(definitions, fromFacts, { dates: months })).toEqual(evaluateAll(definitions, records, { dates: months }));
  });

  it('counts a high-value patent meeting several categories once (P05: C2 and, from 2027, C3)', () => {
    const series = evaluateAll([highValueInventionPatentsPer10k], fromFacts, { dates: ['2027-02-03'], settings: {} });
    const licheng = series.find((s) => s.region === 'licheng');
    // P01 P02 P05 P15 in 黎城, each once although P05 and P01 meet C3 and P05 C2 too.
    expect(licheng?.points[0]?.numerator).toBe(4);
  });

  it('gives the same records behind a number as the patents themselves', () => {
    const single = (r: IndicatorRecords) => evaluateIndicator(highValueInventionPatentsPer10k, r, { asOf: '2025-06-30', breakdown: 'region' });
    expect(single(fromFacts)).toEqual(single(records));
  });
});


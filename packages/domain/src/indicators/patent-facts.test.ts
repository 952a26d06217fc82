import { describe, expect, it } from 'vitest';
import { jinhuRegions } from '../attribution/__tests__/jinhu-regions.js';
import { fromDay, toDay } from '../periods/iso-date.js';
import type { AwardRecord } from '../registers/awards/award.js';
import { buildPatent, event, jinhuEnterprise } from '../registers/__tests__/build-patent.js';
import type { Patent } from '../registers/patents/patent.js';
import { highValueInventionPatentsPer10k } from './definitions/index.js';
import { evaluateIndicator } from './evaluate-indicator.js';
import {
  buildHighValueEvidence,
  defaultHighValueRules,
  highValueCategoriesOf,
  highValueFlags,
  highValueFrom,
  type HighValueRules,
} from './high-value/high-value-categories.js';
import type { IndicatorRecords } from './indicator-records.js';
import { patentHighValueFrom } from './patent-columns.js';
import { derivePatentFacts, FULLY_INVALIDATED, NO_PARTY_TYPE, patentFactOf, patentFactsBuilder, PRESUMED_LAPSE } from './patent-facts.js';
import { PRESUMED_LAPSE_SOURCE } from '../registers/patents/snapshot-status.js';
import { patentPledge } from '../registers/__tests__/build-pledge.js';

// buildPatent: invention filed 2015-03-10, granted 2017-06-20 (event and record), 黎城 enterprise.
describe('patentFactOf', () => {
  it('takes the earliest grant, events included, and the period in force from the events', () => {
    const patent = buildPatent({
      grant: { number: 'CN1B', date: '2017-06-20' },
      legalEvents: [event('2017-06-13', 'grant'), event('2020-03-11', 'lapse-non-payment'), event('2020-09-01', 'restoration'), event('2024-05-05', 'invalidation-full')],
    });
    const fact = patentFactOf(patent);
    // The grant event (06-13) is earlier than the recorded 授权公告日 (06-20): both are kept, each for its use.
    expect(fromDay(fact.firstGrantDay)).toBe('2017-06-13');
    expect(fromDay(fact.recordedGrantDay)).toBe('2017-06-20');
    // The lapse was undone by the restoration; the full invalidation ends the right on its decision date.
    expect([fromDay(fact.inForceFrom), fromDay(fact.inForceUntil)]).toEqual(['2017-06-13', '2024-05-05']);
    expect(fact.flags & FULLY_INVALIDATED).toBe(FULLY_INVALIDATED);
    expect(fact).toMatchObject({ partyName: jinhuEnterprise.name, partyType: 'enterprise', partyCreditCode: undefined, filingDay: toDay('2015-03-10') });
  });

  it('marks a right ended by an export-date lapse (无权 without 失效日) as presumed, and only that', () => {
    const presumed = buildPatent({ legalEvents: [event('2017-06-20', 'grant'), { date: '2025-06-30', category: 'lapse-non-payment', source: PRESUMED_LAPSE_SOURCE }] });
    const fact = patentFactOf(presumed);
    expect(fromDay(fact.inForceUntil)).toBe('2025-06-30');
    expect(fact.flags & PRESUMED_LAPSE).toBe(PRESUMED_LAPSE);
    const dated = buildPatent({ legalEvents: [event('2017-06-20', 'grant'), event('2022-03-02', 'lapse-non-payment')] });
    expect(patentFactOf(dated).flags & PRESUMED_LAPSE).toBe(0);
  });

  it('keeps what the high-value rules read of the record, whatever the rules', () => {
    const patent = buildPatent({
      vendorFlags: { strategicEmergingIndustry: true, highPledgeFinancing: true },
      overseasFamily: { memberCount: 2 },
      awards: [
        { kind: 'provincial-patent-award', year: 2019, awardedOn: '2019-12-31' },
        { kind: 'china-patent-award', year: 2022, awardedOn: '2022-07-20', level: '优秀奖' },
      ],
    });
    const fact = patentFactOf(patent);
    expect(fact.flags).toBe(highValueFlags.vendorStrategicEmerging | highValueFlags.vendorPledgeFinancing | highValueFlags.overseasFamilyMember);
    // The provincial award does not count; the national one does.
    expect(fromDay(fact.awardDay)).toBe('2022-07-20');
  });

  it('says never in force for a pending application, and names no party when there is none', () => {
    const fact = patentFactOf(buildPatent({ grant: undefined, legalEvents: [], applicants: [], patentees: [] }));
    expect([fact.firstGrantDay, fact.inForceFrom, fact.inForceUntil, fact.recordedGrantDay]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    expect(fact.partyName).toBeUndefined();
  });
});

describe('patentFactsBuilder', () => {
  it('grows past the size announced, keeps the order, and encodes regions and types', () => {
    const builder = patentFactsBuilder(1);
    const fact = patentFactOf(buildPatent());
    builder.add({ id: 'A', applicationNumber: 'A', type: 'design', region: 'yintu' }, fact);
    builder.add({ id: 'B', applicationNumber: 'B', type: 'invention', region: undefined }, { ...fact, partyType: undefined, partyCreditCode: '91320831MA0000001X' });
    builder.add({ id: 'C', applicationNumber: 'C', type: 'utility-model', region: 'yintu' }, fact);
    const facts = builder.finish();
    expect(facts.ids).toEqual(['A', 'B', 'C']);
    expect([...facts.typeCodes]).toEqual([2, 0, 1]);
    expect([...facts.regionIds]).toEqual([0, -1, 0]);
    expect(facts.regionNames).toEqual(['yintu']);
    expect(facts.partyTypeCodes[1]).toBe(NO_PARTY_TYPE);
    expect(facts.partyCreditCodes).toEqual([undefined, '91320831MA0000001X', undefined]);
    expect(facts.inForceFrom).toHaveLength(3);
  });
});

describe('high-value days from the facts', () => {
  // One patent for each input a rule reads, and some with several.
  const variants: Partial<Patent>[] = [
    {},
    { type: 'utility-model' },
    { vendorFlags: { strategicEmergingIndustry: true } },
    { overseasFamily: { memberCount: 3 } },
    { overseasFamily: { memberCount: 3, grantedCount: 1 } },
    { vendorFlags: { overseasFamily: true, award: true } },
    { vendorFlags: { highPledgeFinancing: true } },
    { grant: undefined, legalEvents: [] },
    { filingDate: '2016-02-29', grant: { number: 'x', date: '2020-02-29' } },
    { awards: [{ kind: 'national-science-technology-award', year: 2021, awardedOn: '2021-12-31' }] },
  ];
  const patents = variants.flatMap((variant, v) =>
    ['2015101234561', '2016101234562'].map((applicationNumber, k) => buildPatent({ ...variant, id: `V${v}-${k}`, applicationNumber })),
  );
  const pledges = [patentPledge('Z1', '2019-05-01', 6_000_000_00, ['2015101234561', '2016101234562']), patentPledge('Z2', '2021-08-01', 5_000_000_00, ['2015101234561'])];
  const awards: AwardRecord[] = [
    { id: 'A1', name: '中国专利奖', kind: 'china-patent-award', year: 2020, awardedOn: '2020-11-30', patentKeys: ['2016101234562'], winners: [] },
  ];
  const records: IndicatorRecords = { regions: jinhuRegions, patentFacts: derivePatentFacts(patents), pledges, awards };
  const evidence = buildHighValueEvidence(pledges, awards);
  const ruleSets: HighValueRules[] = [
    defaultHighValueRules,
    { ...defaultHighValueRules, pledgeThresholdFen: 10_000_000_00 },
    { ...defaultHighValueRules, pledgeThresholdFen: 5_000_000_00, pledgeAllocation: 'equal-share', pledgeAggregation: 'single-registration' },
    { ...defaultHighValueRules, overseasFamilyRule: 'any-member', maintenanceBasis: 'grant-date', maintenanceComparison: 'at-least' },
    { ...defaultHighValueRules, useVendorFlags: false, categoryVersion: 'cnipa-15th-five-year-reported', maintenanceYears: 3 },
  ];

  it.each(ruleSets.map((rules, i) => [i, rules] as const))('agree with highValueCategoriesOf for every kind of patent (rule set %i)', (_i, rules) => {
    const days = patentHighValueFrom(records, rules);
    const expected = patents.map((p) => {
      const first = highValueFrom(highValueCategoriesOf(p, evidence, rules));
      return first === null ? Number.NaN : toDay(first);
    });
    expect([...days]).toEqual(expected);
  });

  it('refuses an IPC table when the records carry only the facts, and applies it with the patents', () => {
    const table: HighValueRules = { ...defaultHighValueRules, useVendorFlags: false, maintenanceYears: 50, strategicEmergingTable: [{ industry: '6.1', pattern: 'H01M' }] };
    expect(() => patentHighValueFrom(records, table)).toThrow(RangeError);
    const ipc = [buildPatent({ id: 'I1', ipcCodes: ['H01M10/0525'], region: 'licheng' }), buildPatent({ id: 'I2', ipcCodes: ['A01G25/16'], region: 'licheng' })];
    const whole: IndicatorRecords = { regions: jinhuRegions, patents: ipc, population: [{ region: 'jinhu', year: 2024, persons: 10_000, basis: 'resident', source: 'x' }] };
    const value = evaluateIndicator(highValueInventionPatentsPer10k, whole, { asOf: '2024-12-31', settings: { strategicEmergingTable: table.strategicEmergingTable, useVendorFlags: false, maintenanceYears: 50 } });
    expect(value.recordIds).toEqual(['I1']);
  });
});

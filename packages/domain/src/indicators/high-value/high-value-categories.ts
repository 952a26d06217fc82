import { anniversaryOfDay, fromDay, toDay, type DayNumber, type IsoDate } from '../../periods/iso-date.js';
import { nationalAwardKinds, type AwardRecord, type PatentAward } from '../../registers/awards/award.js';
import type { Fen } from '../../registers/money.js';
import { normalizeApplicationNumber } from '../../registers/patents/application-number.js';
import type { Patent } from '../../registers/patents/patent.js';
import { statusAt, type PatentStatusOptions } from '../../registers/patents/patent-status.js';
import type { PledgeRegistration } from '../../registers/pledges/pledge-registration.js';
import { matchStrategicEmergingIndustry, type StrategicEmergingIpcRow } from './ipc-pattern.js';

/**
 * The five kinds of effective invention patent CNIPA counts as high-value (高价值发明专利,
 * indicator-definitions.md §2.1); a patent meeting several is counted once.
 */
export const highValueCategories = [
  'strategic-emerging-industry', // 1 战略性新兴产业的发明专利
  'overseas-family', // 2 在海外有同族专利权的发明专利
  'maintained-over-ten-years', // 3 维持年限超过10年的发明专利
  'high-pledge-financing', // 4 实现较高质押融资金额的发明专利
  'national-award', // 5 获得国家科学技术奖或中国专利奖的发明专利
] as const;
export type HighValueCategory = (typeof highValueCategories)[number];

export interface HighValueCategoryVersion {
  categories: readonly HighValueCategory[];
  source: string;
  confirmed: boolean;
}

/** The category list is versioned configuration because it has changed before (§2.7). */
export const highValueCategoryVersions: Readonly<Record<string, HighValueCategoryVersion>> = {
  'cnipa-14th-five-year': {
    categories: highValueCategories,
    source: '国家知识产权局 十四五 口径: 五类有效发明专利 (indicator-definitions.md §2.1)',
    confirmed: true,
  },
  'cnipa-15th-five-year-reported': {
    categories: ['strategic-emerging-industry', 'overseas-family', 'maintained-over-ten-years', 'national-award'],
    source: 'Single public research note: 十五五 explanations list four categories, without 较高质押融资金额 (§2.7, unconfirmed)',
    confirmed: false,
  },
};

export const overseasFamilyRules = ['granted-when-known', 'granted-member', 'any-member'] as const;
export type OverseasFamilyRule = (typeof overseasFamilyRules)[number];

/** The high-value rules an office can configure; defaults in defaultHighValueRules. */
export interface HighValueRules {
  categoryVersion: string;
  /** Accept the flags a commercial source computes (战略新兴产业标识, 海外同族, …). */
  useVendorFlags: boolean;
  /** C1: rows of the 2021 SEI–IPC table; all IPC codes of the patent are tested. */
  strategicEmergingTable: readonly StrategicEmergingIpcRow[];
  /**
   * C2: 'granted-when-known' (default) — a member granted abroad when the source says which were
   * granted, else any overseas member (海外同族数 > 0, or 海外同族 是); 'granted-member' only a member
   * known to be granted (or the vendor flag); 'any-member' any filing abroad.
   */
  overseasFamilyRule: OverseasFamilyRule;
  /** C3: years counted from the filing date (default) or the grant date. */
  maintenanceBasis: 'filing-date' | 'grant-date';
  maintenanceYears: number;
  /** C3: 'more-than' (超过10年: from the day after the anniversary) or 'at-least'. */
  maintenanceComparison: 'more-than' | 'at-least';
  /** C4: threshold in 分; null = unknown, only the vendor flag counts. */
  pledgeThresholdFen: Fen | null;
  /** C4: a registration over several patents counts in full for each, or is shared equally. */
  pledgeAllocation: 'whole-amount' | 'equal-share';
  /** C4: the patent's registrations are added up, or the largest single one is compared. */
  pledgeAggregation: 'cumulative' | 'single-registration';
}

export const defaultHighValueRules: HighValueRules = {
  categoryVersion: 'cnipa-14th-five-year',
  useVendorFlags: true,
  strategicEmergingTable: [],
  overseasFamilyRule: 'granted-when-known',
  maintenanceBasis: 'filing-date',
  maintenanceYears: 10,
  maintenanceComparison: 'more-than',
  pledgeThresholdFen: null,
  pledgeAllocation: 'whole-amount',
  pledgeAggregation: 'cumulative',
};

/** Pledge and award facts from other registers, indexed by patent application key. */
export interface HighValueEvidence {
  pledges: ReadonlyMap<string, readonly { registeredOn: IsoDate; amountFen: Fen; patentCount: number }[]>;
  awards: ReadonlyMap<string, readonly PatentAward[]>;
}

export const emptyHighValueEvidence: HighValueEvidence = { pledges: new Map(), awards: new Map() };

export function buildHighValueEvidence(
  pledges: readonly PledgeRegistration[],
  awards: readonly AwardRecord[],
): HighValueEvidence {
  const byPatent = new Map<string, { registeredOn: IsoDate; amountFen: Fen; patentCount: number }[]>();
  for (const pledge of pledges) {
    const keys = pledge.pledgedItems.map(patentKey).filter((k): k is string => k !== null);
    for (const key of keys) {
      const list = byPatent.get(key) ?? [];
      list.push({ registeredOn: pledge.registeredOn, amountFen: pledge.amountFen, patentCount: keys.length });
      byPatent.set(key, list);
    }
  }
  const awardsByPatent = new Map<string, PatentAward[]>();
  for (const award of awards) {
    for (const raw of award.patentKeys) {
      const key = patentKey(raw);
      if (key === null) continue;
      const list = awardsByPatent.get(key) ?? [];
      list.push({ kind: award.kind, year: award.year, awardedOn: award.awardedOn, ...(award.level ? { level: award.level } : {}) });
      awardsByPatent.set(key, list);
    }
  }
  return { pledges: byPatent, awards: awardsByPatent };
}

function patentKey(raw: string): string | null {
  const result = normalizeApplicationNumber(raw, { allowMissingCheck: true });
  return result.ok ? result.key : null;
}

/** A category the patent meets, from which date, and why. */
export interface CategoryMet {
  category: HighValueCategory;
  from: IsoDate;
  evidence: string;
}

/** Bits of HighValueInputs.flags: what the patent's own record says, apart from dates. */
export const highValueFlags = {
  /** 战略新兴产业标识 */
  vendorStrategicEmerging: 1,
  /** A family member granted abroad (在海外有同族专利权). */
  overseasFamilyGranted: 2,
  /** A family member filed abroad. */
  overseasFamilyMember: 4,
  /** 海外同族 as a vendor flag. */
  vendorOverseasFamily: 8,
  /** 质押融资 as a vendor flag. */
  vendorPledgeFinancing: 16,
  /** 获奖 as a vendor flag. */
  vendorAward: 32,
  /** The source says how many family members were granted abroad (0 included). */
  overseasFamilyGrantedKnown: 256,
} as const;

/**
 * What the category rules read of a patent's own record. No setting changes it, so it can be
 * kept with the record (the server stores it when a patent is written) and the rules applied to
 * it later, for any settings, without the record. The IPC codes (C1 by the IPC table) are not
 * part of it: the caller says whether they match.
 */
export interface HighValueInputs {
  invention: boolean;
  /** The key the pledge and award registers name the patent by. */
  applicationNumber: string;
  filingDay: DayNumber;
  /** 授权公告日 as recorded (C3 counted from the grant date); NaN when none. */
  grantDay: DayNumber;
  /** highValueFlags bits. */
  flags: number;
  /** The first national award on the patent's own record (C5); NaN when none. */
  awardDay: DayNumber;
}

export function highValueInputsOf(patent: Patent): HighValueInputs {
  const vendor = patent.vendorFlags;
  const family = patent.overseasFamily;
  let flags = 0;
  if (vendor?.strategicEmergingIndustry) flags |= highValueFlags.vendorStrategicEmerging;
  if (family && (family.grantedCount ?? 0) > 0) flags |= highValueFlags.overseasFamilyGranted;
  if (family?.grantedCount !== undefined) flags |= highValueFlags.overseasFamilyGrantedKnown;
  // 海外同族数 > 0, or a 海外同族 column saying 是: a member filed abroad, whatever else the source says.
  if ((family && family.memberCount > 0) || vendor?.overseasFamily) flags |= highValueFlags.overseasFamilyMember;
  if (vendor?.overseasFamily) flags |= highValueFlags.vendorOverseasFamily;
  if (vendor?.highPledgeFinancing) flags |= highValueFlags.vendorPledgeFinancing;
  if (vendor?.award) flags |= highValueFlags.vendorAward;
  return {
    invention: patent.type === 'invention',
    applicationNumber: patent.applicationNumber,
    filingDay: toDay(patent.filingDate),
    grantDay: patent.grant ? toDay(patent.grant.date) : Number.NaN,
    flags,
    awardDay: firstNationalAward(patent.awards, undefined)?.day ?? Number.NaN,
  };
}

/** The first national award among the patent's own and the award register's; provincial awards do not count. */
function firstNationalAward(own: readonly PatentAward[], registered: readonly PatentAward[] | undefined): { award: PatentAward; day: DayNumber } | undefined {
  let first: PatentAward | undefined;
  const consider = (award: PatentAward) => {
    if (nationalAwardKinds.has(award.kind) && (!first || award.awardedOn < first.awardedOn)) first = award;
  };
  own.forEach(consider);
  registered?.forEach(consider);
  return first ? { award: first, day: toDay(first.awardedOn) } : undefined;
}

/** Which rule or flag met a category (for the evidence text). */
const grounds = { ipcTable: 0, vendorFlag: 1, familyGranted: 2, familyMember: 3, maintenance: 4, pledges: 5, award: 6 } as const;
type Ground = (typeof grounds)[keyof typeof grounds];

/** Positions in highValueCategories. */
const C1 = highValueCategories.indexOf('strategic-emerging-industry');
const C2 = highValueCategories.indexOf('overseas-family');
const C3 = highValueCategories.indexOf('maintained-over-ten-years');
const C4 = highValueCategories.indexOf('high-pledge-financing');
const C5 = highValueCategories.indexOf('national-award');

function meet(days: Float64Array, why: Uint8Array, category: number, day: DayNumber, ground: Ground): void {
  days[category] = day;
  why[category] = ground;
}

/**
 * The one statement of the category rules: for each category of highValueCategories, the first
 * day the patent meets it (NaN when it does not) and why, written into `days` and `why`. C1 and
 * C2 hold from the start; vendor flags describe the patent at export time and are treated the
 * same way. The version's category list is applied by the caller.
 */
function categoryDays(
  inputs: HighValueInputs,
  ipcMatched: boolean,
  evidence: HighValueEvidence,
  rules: HighValueRules,
  days: Float64Array,
  why: Uint8Array,
): void {
  days.fill(Number.NaN);
  if (!inputs.invention) return;
  const start = inputs.filingDay;
  const family = highValueFlags.overseasFamilyGranted | highValueFlags.overseasFamilyMember | highValueFlags.overseasFamilyGrantedKnown;
  const flags = rules.useVendorFlags ? inputs.flags : inputs.flags & family;

  if (ipcMatched) meet(days, why, C1, start, grounds.ipcTable);
  else if (flags & highValueFlags.vendorStrategicEmerging) meet(days, why, C1, start, grounds.vendorFlag);

  const membersCount =
    rules.overseasFamilyRule === 'any-member' || (rules.overseasFamilyRule === 'granted-when-known' && !(flags & highValueFlags.overseasFamilyGrantedKnown));
  if (flags & highValueFlags.overseasFamilyGranted) meet(days, why, C2, start, grounds.familyGranted);
  else if (membersCount && flags & highValueFlags.overseasFamilyMember) meet(days, why, C2, start, grounds.familyMember);
  else if (flags & highValueFlags.vendorOverseasFamily) meet(days, why, C2, start, grounds.vendorFlag);

  const basisDay = rules.maintenanceBasis === 'filing-date' ? inputs.filingDay : inputs.grantDay;
  if (!Number.isNaN(basisDay)) {
    meet(days, why, C3, anniversaryOfDay(basisDay, rules.maintenanceYears) + (rules.maintenanceComparison === 'more-than' ? 1 : 0), grounds.maintenance);
  }

  const pledges = evidence.pledges.size > 0 ? evidence.pledges.get(inputs.applicationNumber) : undefined;
  const pledgeFrom = pledges ? pledgeThresholdDate(pledges, rules) : null;
  if (pledgeFrom) meet(days, why, C4, toDay(pledgeFrom.date), grounds.pledges);
  else if (flags & highValueFlags.vendorPledgeFinancing) meet(days, why, C4, start, grounds.vendorFlag);

  const registered = evidence.awards.size > 0 ? evidence.awards.get(inputs.applicationNumber) : undefined;
  const registeredDay = registered ? (firstNationalAward([], registered)?.day ?? Number.NaN) : Number.NaN;
  const awardDay = Number.isNaN(registeredDay) || registeredDay >= inputs.awardDay ? inputs.awardDay : registeredDay;
  if (!Number.isNaN(awardDay)) meet(days, why, C5, awardDay, grounds.award);
  else if (flags & highValueFlags.vendorAward) meet(days, why, C5, start, grounds.vendorFlag);
}

/** The categories of a version, as a mask over highValueCategories. */
function versionMask(rules: HighValueRules): boolean[] {
  const version = highValueCategoryVersions[rules.categoryVersion];
  if (!version) throw new RangeError(`unknown high-value category version "${rules.categoryVersion}"`);
  return highValueCategories.map((c) => version.categories.includes(c));
}

function ipcRowOf(patent: Patent, rules: HighValueRules): StrategicEmergingIpcRow | null {
  return rules.strategicEmergingTable.length === 0
    ? null
    : matchStrategicEmergingIndustry(patent.ipcCodes, `${patent.title}${patent.abstract ?? ''}`, rules.strategicEmergingTable);
}

/**
 * The categories an invention patent meets or will meet, each with the first date it holds,
 * ignoring whether the patent is in force (classifyHighValue adds that).
 */
export function highValueCategoriesOf(patent: Patent, evidence: HighValueEvidence, rules: HighValueRules): CategoryMet[] {
  const counted = versionMask(rules);
  const ipcRow = ipcRowOf(patent, rules);
  const days = new Float64Array(highValueCategories.length);
  const why = new Uint8Array(highValueCategories.length);
  categoryDays(highValueInputsOf(patent), ipcRow !== null, evidence, rules, days, why);
  const met: CategoryMet[] = [];
  highValueCategories.forEach((category, c) => {
    const day = days[c] as number;
    if (!counted[c] || Number.isNaN(day)) return;
    met.push({ category, from: fromDay(day), evidence: evidenceText(category, why[c] as Ground, patent, ipcRow, evidence, rules) });
  });
  return met;
}

function evidenceText(
  category: HighValueCategory,
  ground: Ground,
  patent: Patent,
  ipcRow: StrategicEmergingIpcRow | null,
  evidence: HighValueEvidence,
  rules: HighValueRules,
): string {
  switch (ground) {
    case grounds.ipcTable:
      return `IPC ${ipcRow?.pattern ?? ''} → 战略性新兴产业 ${ipcRow?.industry ?? ''}`;
    case grounds.vendorFlag:
      return vendorFlagNames[category];
    case grounds.familyGranted:
      return `${patent.overseasFamily?.grantedCount ?? 0} overseas family members granted`;
    case grounds.familyMember:
      return patent.overseasFamily && patent.overseasFamily.memberCount > 0 ? `${patent.overseasFamily.memberCount} overseas family members` : '海外同族 是';
    case grounds.maintenance: {
      const basisDate = rules.maintenanceBasis === 'filing-date' ? patent.filingDate : patent.grant?.date;
      return `${rules.maintenanceComparison} ${rules.maintenanceYears} years from ${basisDate ?? ''}`;
    }
    case grounds.pledges:
      return pledgeThresholdDate(evidence.pledges.get(patent.applicationNumber) ?? [], rules)?.why ?? '';
    case grounds.award: {
      const award = firstNationalAward(patent.awards, evidence.awards.get(patent.applicationNumber))?.award;
      return award ? `${award.kind} ${award.level ?? ''} ${award.year}`.trim() : '';
    }
  }
}

const vendorFlagNames: Readonly<Record<HighValueCategory, string>> = {
  'strategic-emerging-industry': 'vendor flag 战略新兴产业标识',
  'overseas-family': 'vendor flag 海外同族',
  'maintained-over-ten-years': 'vendor flag 维持年限',
  'high-pledge-financing': 'vendor flag 质押融资',
  'national-award': 'vendor flag 获奖',
};

/**
 * The first day a patent meets any category of the rules' version, from its inputs (NaN when
 * never), for the statistics engine's pass over every patent: made once per pass, it reuses its
 * scratch space, so a million patents cost no allocation. `ipcMatched`: the patent's IPC codes
 * match the rules' IPC table (always false when the table is empty).
 */
export function highValueDayFinder(evidence: HighValueEvidence, rules: HighValueRules): (inputs: HighValueInputs, ipcMatched: boolean) => DayNumber {
  const counted = versionMask(rules);
  const days = new Float64Array(highValueCategories.length);
  const why = new Uint8Array(highValueCategories.length);
  return (inputs, ipcMatched) => {
    categoryDays(inputs, ipcMatched, evidence, rules, days, why);
    let first = Number.NaN;
    for (let c = 0; c < days.length; c++) {
      const day = days[c] as number;
      if (counted[c] && (Number.isNaN(first) || day < first)) first = day;
    }
    return first;
  };
}

/** Why a category was met, as the indicator page counts it (high-value grounds). */
export const highValueGrounds = ['ipc-table', 'vendor-flag', 'family-granted', 'family-member', 'maintenance', 'pledges', 'award'] as const;
export type HighValueGround = (typeof highValueGrounds)[number];

/** How many of the patents counted met each category, on each ground (a patent meeting several categories counts in each). */
export interface HighValueGroundCount {
  category: HighValueCategory;
  ground: HighValueGround;
  patents: number;
}

/**
 * A tally of the categories and grounds the given patents meet on a day, from their inputs: made
 * once per count, fed one patent at a time (the statistics engine's positions), read at the end.
 */
export function highValueGroundTally(evidence: HighValueEvidence, rules: HighValueRules) {
  const counted = versionMask(rules);
  const days = new Float64Array(highValueCategories.length);
  const why = new Uint8Array(highValueCategories.length);
  const counts = new Map<string, number>();
  return {
    add(inputs: HighValueInputs, ipcMatched: boolean, day: DayNumber): void {
      categoryDays(inputs, ipcMatched, evidence, rules, days, why);
      for (let c = 0; c < days.length; c++) {
        const from = days[c] as number;
        if (!counted[c] || Number.isNaN(from) || from > day) continue;
        const key = `${c}|${why[c] as number}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    },
    result(): HighValueGroundCount[] {
      return [...counts.entries()]
        .map(([key, patents]) => {
          const [c, g] = key.split('|').map(Number) as [number, number];
          return { category: highValueCategories[c] as HighValueCategory, ground: highValueGrounds[g] as HighValueGround, patents };
        })
        .sort((a, b) => highValueCategories.indexOf(a.category) - highValueCategories.indexOf(b.category) || b.patents - a.patents);
    },
  };
}

/** Whether a patent's IPC codes (and title, where a row names keywords) match the rules' IPC table. */
export function matchesIpcTable(patent: Patent, rules: HighValueRules): boolean {
  return ipcRowOf(patent, rules) !== null;
}

/** The first day a patent meets any category (NaN when never): highValueFrom(highValueCategoriesOf()) as a day. */
export function highValueFromDay(patent: Patent, evidence: HighValueEvidence, rules: HighValueRules): DayNumber {
  return highValueDayFinder(evidence, rules)(highValueInputsOf(patent), matchesIpcTable(patent, rules));
}

function pledgeThresholdDate(
  pledges: readonly { registeredOn: IsoDate; amountFen: Fen; patentCount: number }[],
  rules: HighValueRules,
): { date: IsoDate; why: string } | null {
  if (rules.pledgeThresholdFen === null) return null;
  const sorted = [...pledges].sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : 1));
  let total = 0;
  for (const pledge of sorted) {
    const share =
      rules.pledgeAllocation === 'equal-share' ? Math.floor(pledge.amountFen / Math.max(1, pledge.patentCount)) : pledge.amountFen;
    total = rules.pledgeAggregation === 'cumulative' ? total + share : Math.max(total, share);
    if (total >= rules.pledgeThresholdFen) {
      return { date: pledge.registeredOn, why: `pledged ${total} fen ≥ threshold ${rules.pledgeThresholdFen} fen` };
    }
  }
  return null;
}

/** The first date a patent meets any category (it stays met: every category is monotone). */
export function highValueFrom(met: readonly CategoryMet[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const m of met) if (first === null || m.from < first) first = m.from;
  return first;
}

export interface HighValueClassification {
  patentId: string;
  asOf: IsoDate;
  inForce: boolean;
  /** In force and meeting at least one category on the date. */
  highValue: boolean;
  /** Categories met on the date (whether or not in force). */
  categories: HighValueCategory[];
  details: CategoryMet[];
}

/** 高价值发明专利 on a date: an effective domestic invention patent meeting any category. */
export function classifyHighValue(
  patent: Patent,
  asOf: IsoDate,
  evidence: HighValueEvidence = emptyHighValueEvidence,
  rules: HighValueRules = defaultHighValueRules,
  statusOptions: PatentStatusOptions = {},
): HighValueClassification {
  const details = highValueCategoriesOf(patent, evidence, rules).filter((m) => m.from <= asOf);
  const inForce = statusAt(patent, patent.legalEvents, asOf, statusOptions).inForce;
  const categories = highValueCategories.filter((c) => details.some((d) => d.category === c));
  return { patentId: patent.id, asOf, inForce, highValue: inForce && categories.length > 0, categories, details };
}

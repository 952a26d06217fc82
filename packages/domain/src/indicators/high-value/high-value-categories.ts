import { anniversaryDay, fromDay, toDay, type DayNumber, type IsoDate } from '../../periods/iso-date.js';
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

/** The high-value rules an office can configure; defaults in defaultHighValueRules. */
export interface HighValueRules {
  categoryVersion: string;
  /** Accept the flags a commercial source computes (战略新兴产业标识, 海外同族, …). */
  useVendorFlags: boolean;
  /** C1: rows of the 2021 SEI–IPC table; all IPC codes of the patent are tested. */
  strategicEmergingTable: readonly StrategicEmergingIpcRow[];
  /** C2: 'granted-member' needs a family member granted abroad (专利权); 'any-member' any filing. */
  overseasFamilyRule: 'granted-member' | 'any-member';
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
  overseasFamilyRule: 'granted-member',
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

/**
 * The categories an invention patent meets or will meet, each with the first date it holds,
 * ignoring whether the patent is in force (classifyHighValue adds that). C1 and C2 hold from the
 * start; vendor flags describe the patent at export time and are treated the same way.
 */
export function highValueCategoriesOf(patent: Patent, evidence: HighValueEvidence, rules: HighValueRules): CategoryMet[] {
  const met: CategoryMet[] = [];
  collectCategories(patent, evidence, rules, (category, from, why) => met.push({ category, from: fromDay(from), evidence: why() }));
  return met;
}

/**
 * The first day a patent meets any category (NaN when never) — highValueFrom(highValueCategoriesOf())
 * without building the evidence, for the statistics engine's pass over every patent.
 */
export function highValueFromDay(patent: Patent, evidence: HighValueEvidence, rules: HighValueRules): DayNumber {
  let first = Number.NaN;
  collectCategories(patent, evidence, rules, (_category, from) => {
    if (Number.isNaN(first) || from < first) first = from;
  });
  return first;
}

type Collect = (category: HighValueCategory, from: DayNumber, why: () => string) => void;

/** The one implementation of the category rules; callers decide what to keep. */
function collectCategories(patent: Patent, evidence: HighValueEvidence, rules: HighValueRules, collect: Collect): void {
  if (patent.type !== 'invention') return;
  const version = highValueCategoryVersions[rules.categoryVersion];
  if (!version) throw new RangeError(`unknown high-value category version "${rules.categoryVersion}"`);
  const start = toDay(patent.filingDate);
  const vendor = rules.useVendorFlags ? (patent.vendorFlags ?? {}) : {};
  const add = (category: HighValueCategory, from: DayNumber, why: () => string) => {
    if (version.categories.includes(category)) collect(category, from, why);
  };

  // C1
  const seiRow =
    rules.strategicEmergingTable.length === 0
      ? null
      : matchStrategicEmergingIndustry(patent.ipcCodes, `${patent.title}${patent.abstract ?? ''}`, rules.strategicEmergingTable);
  if (seiRow) add('strategic-emerging-industry', start, () => `IPC ${seiRow.pattern} → 战略性新兴产业 ${seiRow.industry}`);
  else if (vendor.strategicEmergingIndustry) add('strategic-emerging-industry', start, () => 'vendor flag 战略新兴产业标识');

  // C2
  const family = patent.overseasFamily;
  if (family && (family.grantedCount ?? 0) > 0) add('overseas-family', start, () => `${family.grantedCount} overseas family members granted`);
  else if (rules.overseasFamilyRule === 'any-member' && family && family.memberCount > 0)
    add('overseas-family', start, () => `${family.memberCount} overseas family members`);
  else if (vendor.overseasFamily) add('overseas-family', start, () => 'vendor flag 海外同族');

  // C3
  const basisDate = rules.maintenanceBasis === 'filing-date' ? patent.filingDate : patent.grant?.date;
  if (basisDate !== undefined) {
    const from = anniversaryDay(basisDate, rules.maintenanceYears) + (rules.maintenanceComparison === 'more-than' ? 1 : 0);
    add('maintained-over-ten-years', from, () => `${rules.maintenanceComparison} ${rules.maintenanceYears} years from ${basisDate}`);
  }

  // C4
  const pledges = evidence.pledges.get(patent.applicationNumber);
  const pledgeFrom = pledges ? pledgeThresholdDate(pledges, rules) : null;
  if (pledgeFrom) add('high-pledge-financing', toDay(pledgeFrom.date), () => pledgeFrom.why);
  else if (vendor.highPledgeFinancing) add('high-pledge-financing', start, () => 'vendor flag 质押融资');

  // C5: national awards only; provincial awards do not count.
  const registered = evidence.awards.get(patent.applicationNumber);
  let firstAward: PatentAward | undefined;
  for (const award of registered ? [...patent.awards, ...registered] : patent.awards) {
    if (nationalAwardKinds.has(award.kind) && (!firstAward || award.awardedOn < firstAward.awardedOn)) firstAward = award;
  }
  if (firstAward) {
    const award = firstAward;
    add('national-award', toDay(award.awardedOn), () => `${award.kind} ${award.level ?? ''} ${award.year}`.trim());
  } else if (vendor.award) add('national-award', start, () => 'vendor flag 获奖');
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

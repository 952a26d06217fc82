import {
  countryFromAddress,
  countryFromText,
  inferOwnerType,
  ownerLocationAddress,
  snapshotLegalEvents,
  type LegalEvent,
  type OwnerType,
  type Patent,
  type PatentAward,
  type PatentParty,
  type PatentType,
  type VendorPatentFlags,
} from '@ipcounty/domain';
import type { RecordDocument } from '../register-record.js';

/**
 * A patent as its register document holds it (the export's columns, read and checked), and the
 * domain's Patent built from it for attribution, status and the indicators.
 */
export interface PatentDocument {
  applicationNumber: string;
  type: PatentType;
  filingDate: string;
  publicationNumber?: string;
  publicationDate?: string;
  grantNumber?: string;
  grantDate?: string;
  /** Every publication number of the application (publication-rows.ts). */
  publicationNumbers?: string[];
  title: string;
  applicants?: string[];
  applicantTypes?: string[];
  /** 'inferred' when the types were read from the names (inferOwnerType), 'file' or absent otherwise. */
  applicantTypeSource?: string;
  applicantAddress?: string;
  applicantProvince?: string;
  applicantCity?: string;
  applicantDistrict?: string;
  applicantCountry?: string;
  patentees?: string[];
  patenteeAddress?: string;
  currentPatentees?: string[];
  ipcMain?: string;
  ipcCodes?: string[];
  legalStatus?: string;
  latestLegalStatus?: string;
  /** 专利权状态 / 简单法律状态: the status on the export date. */
  rightStatus?: string;
  /** The export date (导出日期) the statuses describe. */
  statusDate?: string;
  /** 受理局 */
  office?: string;
  lapseDate?: string;
  overseasFamily?: string;
  strategicEmerging?: boolean;
  highValue?: boolean;
  maintainedOverTenYears?: boolean;
  pledgeFinancing?: boolean;
  award?: string;
  /** 'patentsview' for US grants read from PatentsView tables. */
  source?: string;
}

const YES = /^(是|有|y|yes|true|1)$/i;
const NO = /^(否|无|n|no|false|0)$/i;

/** 海外同族: a number of members, or only 是/否. */
export function readOverseasFamily(text: string | undefined): { count?: number; flag?: boolean } | null {
  const value = (text ?? '').trim();
  if (value === '') return {};
  if (/^\d+$/.test(value)) return { count: Number(value) };
  if (YES.test(value)) return { flag: true };
  if (NO.test(value)) return { flag: false };
  return null;
}

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十四 → 24, 十 → 10, 三十 → 30 (the 届 of 中国专利奖 runs to a few dozen). */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/**
 * The 获奖 column as an award: 中国专利奖 (第二十四届 is 2023: the first was awarded in 1989 and it
 * has been annual since 2008, so the N-th of those years is 1999 + N) or 国家科学技术奖, with a
 * year from the text. Other text only sets the vendor flag.
 */
export function readAward(text: string | undefined): PatentAward | null {
  const value = (text ?? '').replace(/\s+/g, '');
  if (value === '' || NO.test(value)) return null;
  const kind = value.includes('中国专利') ? 'china-patent-award' : /国家(科学技术|科技|技术发明)/.test(value) ? 'national-science-technology-award' : null;
  if (!kind) return null;
  const yearMatch = /(19|20)\d{2}/.exec(value);
  const session = /第([一二三四五六七八九十\d]+)届/.exec(value);
  const sessionNumber = session?.[1] ? chineseNumber(session[1]) : null;
  const year = yearMatch ? Number(yearMatch[0]) : kind === 'china-patent-award' && sessionNumber !== null ? 1999 + sessionNumber : null;
  if (year === null) return null;
  const level = /(金奖|银奖|优秀奖|特等奖|一等奖|二等奖|三等奖)/.exec(value)?.[1];
  return { kind, year, awardedOn: `${year}-12-31`, ...(level ? { level } : {}) };
}

/** Addresses repeat across a register; their country is looked up once each. */
const countryCache = new Map<string, string | undefined>();

function addressCountry(address: string): string | undefined {
  if (countryCache.has(address)) return countryCache.get(address);
  if (countryCache.size > 100_000) countryCache.clear();
  const country = countryFromAddress(address);
  countryCache.set(address, country);
  return country;
}

function parties(names: readonly string[] | undefined, types: readonly string[] | undefined, address: string | undefined, country: string | undefined): PatentParty[] {
  return (names ?? []).map((name, index) => {
    const party: PatentParty = { name, type: (types?.[index] as OwnerType | undefined) ?? inferOwnerType(name) };
    if (index === 0) {
      if (address) party.address = address;
      const code = (country ? countryFromText(country) : undefined) ?? (address ? addressCountry(address) : undefined);
      if (code) party.country = code;
    }
    return party;
  });
}

/**
 * The legal events a patent's own row implies: its status on the export date, dated by 失效日, or
 * by the export date at the latest (推定) when the file has none (snapshotLegalEvents).
 */
export function documentLegalEvents(doc: PatentDocument): LegalEvent[] {
  const status = { rightStatus: doc.rightStatus, legalStatus: doc.latestLegalStatus ?? doc.legalStatus, lapseDate: doc.lapseDate, statusDate: doc.statusDate };
  return snapshotLegalEvents(status, doc.grantDate !== undefined);
}

/** The address a patent is placed by: the first applicant's, else what the location columns spell (county at most). */
export function documentAddress(doc: PatentDocument): string | undefined {
  return doc.applicantAddress ?? ownerLocationAddress({ province: doc.applicantProvince, city: doc.applicantCity, district: doc.applicantDistrict });
}

/**
 * The domain Patent for a register document. `fileEvents` are the events imported for it from a
 * legal-events file; when there are any they replace what the row's status column implies.
 */
export function patentFromDocument(key: string, document: RecordDocument, region?: string | null, fileEvents: readonly LegalEvent[] = []): Patent {
  const doc = document as unknown as PatentDocument;
  const address = documentAddress(doc);
  const applicants = parties(doc.applicants ?? doc.patentees ?? doc.currentPatentees, doc.applicantTypes, address, doc.applicantCountry);
  // A patentee named like the first applicant lives at the applicant's address unless told otherwise.
  const samePartyFirst = doc.patentees?.[0] !== undefined && doc.patentees[0] === (doc.applicants ?? doc.patentees)[0];
  const patentees = parties(doc.patentees, doc.applicants ? undefined : doc.applicantTypes, doc.patenteeAddress ?? (samePartyFirst ? address : undefined), doc.patenteeAddress ? undefined : doc.applicantCountry);
  const family = readOverseasFamily(doc.overseasFamily);
  const award = readAward(doc.award);
  const flags: VendorPatentFlags = {};
  if (doc.strategicEmerging) flags.strategicEmergingIndustry = true;
  if (doc.highValue) flags.highValue = true;
  if (doc.maintainedOverTenYears) flags.maintainedOverTenYears = true;
  if (doc.pledgeFinancing) flags.highPledgeFinancing = true;
  if (family?.flag) flags.overseasFamily = true;
  if (doc.award && !NO.test(doc.award.trim())) flags.award = true;
  const ipcCodes = [...new Set([...(doc.ipcMain ? [doc.ipcMain] : []), ...(doc.ipcCodes ?? [])])];
  const patent: Patent = {
    id: key,
    applicationNumber: key,
    type: doc.type,
    filingDate: doc.filingDate,
    title: doc.title,
    applicants,
    patentees,
    ipcCodes,
    awards: award ? [award] : [],
    legalEvents: fileEvents.length > 0 ? [...fileEvents] : documentLegalEvents(doc),
  };
  if (doc.publicationNumber && doc.publicationDate) patent.publication = { number: doc.publicationNumber, date: doc.publicationDate };
  if (doc.grantDate) patent.grant = { number: doc.grantNumber ?? '', date: doc.grantDate };
  if (doc.currentPatentees) patent.currentPatentees = parties(doc.currentPatentees, undefined, undefined, undefined);
  if (doc.ipcMain) patent.ipcMain = doc.ipcMain;
  if (family?.count !== undefined && family.count > 0) patent.overseasFamily = { memberCount: family.count };
  if (Object.keys(flags).length > 0) patent.vendorFlags = flags;
  if (region) patent.region = region;
  return patent;
}

/** 2023101234566 → 202310123456.6 (the check character after a dot, as CNIPA writes it). */
export function formatApplicationNumber(key: string): string {
  return /^\d{8}(?:\d{4})?[\dX]$/.test(key) ? `${key.slice(0, -1)}.${key.slice(-1)}` : key;
}

import {
  countryFromAddress,
  countryFromText,
  inferOwnerType,
  ownerLocationAddress,
  readAwardText,
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
  /** 海外授权同族数: members granted abroad, when the source says. */
  overseasFamilyGranted?: number;
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

/**
 * The 获奖 column as a national award (readAwardText): 中国专利奖 or 国家科学技术奖, dated by the
 * year the text gives, else by the grant (or filing) year. Provincial and unclassifiable texts
 * give none: they are not counted, and the patents adapter warns of them row by row.
 */
export function readAward(text: string | undefined, fallbackDate?: string): PatentAward | null {
  const reading = readAwardText(text);
  if (reading.verdict !== 'national') return null;
  const year = reading.award.year ?? (fallbackDate ? Number(fallbackDate.slice(0, 4)) : null);
  if (year === null) return null;
  return { ...reading.award, year, awardedOn: `${year}-12-31` };
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

/** The main classification, then the others, each once in the order first named. */
function distinctCodes(main: string | undefined, codes: readonly string[] | undefined): string[] {
  const distinct = main ? [main] : [];
  for (const code of codes ?? []) if (!distinct.includes(code)) distinct.push(code);
  return distinct;
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
  const award = readAward(doc.award, doc.grantDate ?? doc.filingDate);
  const flags: VendorPatentFlags = {};
  if (doc.strategicEmerging) flags.strategicEmergingIndustry = true;
  if (doc.highValue) flags.highValue = true;
  if (doc.maintainedOverTenYears) flags.maintainedOverTenYears = true;
  if (doc.pledgeFinancing) flags.highPledgeFinancing = true;
  if (family?.flag) flags.overseasFamily = true;
  const ipcCodes = distinctCodes(doc.ipcMain, doc.ipcCodes);
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
  const granted = doc.overseasFamilyGranted;
  if ((family?.count ?? 0) > 0 || (granted ?? 0) > 0) {
    patent.overseasFamily = { memberCount: Math.max(family?.count ?? 0, granted ?? 0), ...(granted === undefined ? {} : { grantedCount: granted }) };
  }
  if (Object.keys(flags).length > 0) patent.vendorFlags = flags;
  if (region) patent.region = region;
  return patent;
}

/** 2023101234566 → 202310123456.6 (the check character after a dot, as CNIPA writes it). */
export function formatApplicationNumber(key: string): string {
  return /^\d{8}(?:\d{4})?[\dX]$/.test(key) ? `${key.slice(0, -1)}.${key.slice(-1)}` : key;
}

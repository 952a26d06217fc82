import type { IsoDate } from '../../periods/iso-date.js';
import type { PatentAward } from '../awards/award.js';
import type { LegalEvent } from './legal-event.js';

/** 专利类型: 发明 / 实用新型 / 外观设计 */
export const patentTypes = ['invention', 'utility-model', 'design'] as const;
export type PatentType = (typeof patentTypes)[number];

/**
 * Applicant / patentee type. CNIPA's domestic typology (专利统计年报 专授表4/5): 职务 split into
 * 大专院校, 科研单位, 企业, 机关团体; 非职务 = individuals (indicator-definitions.md §3.2).
 */
export const ownerTypes = [
  'enterprise', // 企业
  'university', // 大专院校
  'research-institute', // 科研单位
  'individual', // 个人 (非职务)
  'government', // 机关团体
  'other',
] as const;
export type OwnerType = (typeof ownerTypes)[number];

/** 申请人 / 专利权人 */
export interface PatentParty {
  name: string;
  type: OwnerType;
  address?: string;
  /**
   * Country or region code (ISO 3166-1 alpha-2): 'CN' for the mainland; 'HK', 'MO', 'TW' and
   * foreign codes are excluded from domestic statistics. Absent when the source does not say.
   */
  country?: string;
  /** 统一社会信用代码, when matched to the enterprise register. */
  creditCode?: string;
}

/** Overseas family (海外同族), as far as the source reports it. */
export interface OverseasFamily {
  /** Family members filed outside China (海外同族数). */
  memberCount: number;
  /** Of those, members granted (在海外有同族专利权); absent when unknown. */
  grantedCount?: number;
}

/** Flags a commercial source computes centrally (CNIPR-style export, §8.1). */
export interface VendorPatentFlags {
  highValue?: boolean;
  strategicEmergingIndustry?: boolean;
  overseasFamily?: boolean;
  maintainedOverTenYears?: boolean;
  highPledgeFinancing?: boolean;
  award?: boolean;
}

/** One patent (or application) in the patent register. */
export interface Patent {
  /** Record id for traceability; normally the normalised application number. */
  id: string;
  /** 申请号, normalised key (normalizeApplicationNumber). */
  applicationNumber: string;
  type: PatentType;
  /** 申请日 */
  filingDate: IsoDate;
  /** 公开（公告）号 and date of the application publication. */
  publication?: { number: string; date: IsoDate };
  /** 授权公告号 and 授权公告日. */
  grant?: { number: string; date: IsoDate };
  title: string;
  abstract?: string;
  /** 申请人, in the order named (the first is 第一署名). */
  applicants: PatentParty[];
  /** 专利权人 recorded at grant, in order. */
  patentees: PatentParty[];
  /** 专利权人 after recorded transfers; statistics attribute by the grant-time record. */
  currentPatentees?: PatentParty[];
  /** 主分类号 */
  ipcMain?: string;
  /** 分类号: all IPC codes, the main one included. */
  ipcCodes: string[];
  overseasFamily?: OverseasFamily;
  vendorFlags?: VendorPatentFlags;
  awards: PatentAward[];
  legalEvents: LegalEvent[];
  /**
   * Plan region code given by attributePatent when the record was imported (stored with it, as
   * for every other register); IndicatorRecords.patentRegions overrides it when supplied.
   */
  region?: string;
  /** 专利权期限补偿 / 药品专利期限补偿, in days, when granted (专利法 2020 art. 42). */
  termAdjustmentDays?: number;
}

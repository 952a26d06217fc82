import type { IsoDate } from '../../periods/iso-date.js';

/** 知识产权管理体系 standard versions (贯标, indicator-definitions.md §6.1). */
export const managementStandards = ['GB/T 29490-2013', 'GB/T 29490-2023'] as const;
export type ManagementStandard = (typeof managementStandards)[number];

/** 贯标 certificate (知识产权管理体系认证证书), valid 3 years. */
export interface StandardCertification {
  certificateNumber: string;
  certificationBody: string;
  standard: ManagementStandard;
  issuedOn: IsoDate;
  expiresOn: IsoDate;
  status: 'valid' | 'suspended' | 'revoked' | 'expired';
  statusChangedOn?: IsoDate;
}

export const recognitionLevels = ['national', 'provincial', 'municipal', 'county'] as const;
/** 国家级 / 省级 / 市级 / 县级 */
export type RecognitionLevel = (typeof recognitionLevels)[number];

/** 知识产权优势企业 / 示范企业 (国知办函运字〔2022〕497号 and provincial lists). */
export interface EnterpriseTitle {
  title: 'advantage' | 'demonstration';
  level: RecognitionLevel;
  /** Batch year (年度). */
  year: number;
  /** Date of the announcing document; when only the year is known the importer records its 12-31. */
  recognisedOn: IsoDate;
  document?: string;
  /** Last day of validity, or the re-review (复核) deadline. */
  validUntil?: IsoDate;
  revokedOn?: IsoDate;
}

/** 知识产权密集型企业 recognition: no national definition exists, so the criteria are recorded. */
export interface IpIntensiveRecognition {
  recognisedOn: IsoDate;
  level: RecognitionLevel;
  sourceDocument: string;
  criteria?: string;
  validUntil?: IsoDate;
}

/** An enterprise in the county's enterprise register. */
export interface Enterprise {
  id: string;
  /** 统一社会信用代码, validated. */
  creditCode: string;
  name: string;
  address?: string;
  /** Plan region code (镇/街道/开发区). */
  region?: string;
  /** 国民经济行业代码, GB/T 4754-2017 小类 (4 digits). */
  industryCode?: string;
  /** 重点产业 tag used by the plan's dimensions. */
  keyIndustry?: string;
  certifications: StandardCertification[];
  titles: EnterpriseTitle[];
  ipIntensiveRecognitions: IpIntensiveRecognition[];
}

/** GB/T 4754-2017 code: 门类 letter, or 2/3/4-digit 大类/中类/小类. */
export function isIndustryCode(code: string): boolean {
  return /^(?:[A-T]|\d{2}|\d{3}|\d{4})$/.test(code);
}

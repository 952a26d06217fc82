import type { Enterprise } from './enterprise.js';

/**
 * An enterprise as the register stores it (the record's document): what the importer writes, the
 * API returns and the record drawer shows. Its lists keep the file's words (a level as written,
 * a title as 优势 or 示范); the domain's `Enterprise` is read from it for the indicators.
 */

/** 贯标 certificate as the register keeps it. */
export interface CertificateEntry {
  certificateNumber: string;
  certificationBody: string;
  standard: string;
  issuedOn: string;
  expiresOn: string;
  status: string;
}

/** 优势 / 示范企业 title as the register keeps it. */
export interface TitleEntry {
  title: string;
  level: string;
  year: number;
  document?: string;
}

/** 知识产权密集型企业 recognition as the register keeps it. */
export interface RecognitionEntry {
  recognisedOn: string;
  level: string;
  document?: string;
}

export type EnterpriseDocument = Pick<Enterprise, 'creditCode' | 'name' | 'address' | 'region' | 'industryCode' | 'keyIndustry'> & {
  certifications: CertificateEntry[];
  titles: TitleEntry[];
  ipIntensive: RecognitionEntry[];
};

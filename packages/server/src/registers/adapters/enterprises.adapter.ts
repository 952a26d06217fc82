import {
  anniversary,
  addDays,
  enterpriseRegister,
  formatFieldValue,
  type CertificateEntry,
  type Enterprise,
  type EnterpriseDocument,
  type CellContext,
  type FieldValue,
  type RecognitionEntry,
  type TitleEntry,
} from '@ipcounty/domain';
import type { RecordDocument } from '../register-record.js';
import { cellReader, error, placeRecord, type RegisterAdapter, type RowIssue } from './register-adapter.js';

const SCALARS = ['creditCode', 'name', 'address', 'region', 'industryCode', 'keyIndustry'] as const;
const CERTIFICATE_FIELDS = ['certificateNumber', 'certificationBody', 'standard', 'certificateIssuedOn', 'certificateExpiresOn', 'certificateStatus'];
const TITLE_FIELDS = ['title', 'titleLevel', 'titleYear', 'titleDocument'];
const RECOGNITION_FIELDS = ['ipIntensiveOn', 'ipIntensiveLevel', 'ipIntensiveDocument'];

/** GB/T 4754-2017: a 门类 letter, or 2–4 digits, optionally after the letter (C3511). */
const INDUSTRY_CODE = /^(?:[A-T]|[A-T]?\d{2,4})$/;

/** GB/T 29490-2023 took effect 2024-01-01; certificates issued from 2025 are all to it (§6.1). */
function standardFor(issuedOn: string): string {
  return issuedOn >= '2024-01-01' ? 'GB/T 29490-2023' : 'GB/T 29490-2013';
}

const certificateKey = (c: CertificateEntry) => c.certificateNumber;
const titleKey = (t: TitleEntry) => `${t.title}|${t.level}|${t.year}`;
const recognitionKey = (r: RecognitionEntry) => `${r.recognisedOn}|${r.level}`;

function union<T>(earlier: readonly T[], later: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map(earlier.map((item) => [key(item), item]));
  for (const item of later) byKey.set(key(item), item);
  return [...byKey.values()];
}

function mergeDocuments(earlier: EnterpriseDocument, later: EnterpriseDocument): EnterpriseDocument {
  return {
    ...earlier,
    ...Object.fromEntries(SCALARS.filter((k) => later[k] !== undefined).map((k) => [k, later[k]])),
    creditCode: earlier.creditCode,
    name: later.name ?? earlier.name,
    certifications: union(earlier.certifications, later.certifications, certificateKey),
    titles: union(earlier.titles, later.titles, titleKey),
    ipIntensive: union(earlier.ipIntensive, later.ipIntensive, recognitionKey),
  };
}

function parseEnterprise(values: Record<string, unknown>, issues: RowIssue[]): EnterpriseDocument {
  const doc: EnterpriseDocument = { creditCode: values.creditCode as string, name: values.name as string, certifications: [], titles: [], ipIntensive: [] };
  for (const key of SCALARS) if (values[key] !== undefined) (doc as unknown as Record<string, unknown>)[key] = values[key];
  if (doc.industryCode !== undefined) {
    doc.industryCode = doc.industryCode.toUpperCase();
    if (!INDUSTRY_CODE.test(doc.industryCode))
      issues.push(error('industryCode', { zh: `行业代码“${doc.industryCode}”不是 GB/T 4754 代码（如 C3511、35）`, en: `"${doc.industryCode}" is not a GB/T 4754 code (e.g. C3511, 35)` }, doc.industryCode));
  }

  if (CERTIFICATE_FIELDS.some((f) => values[f] !== undefined)) {
    const issuedOn = values.certificateIssuedOn as string | undefined;
    if (values.certificateNumber === undefined)
      issues.push(error('certificateNumber', { zh: '填写贯标证书信息时须填写证书编号', en: 'A certificate needs its number' }));
    else if (issuedOn === undefined) issues.push(error('certificateIssuedOn', { zh: '贯标证书须填写发证日期', en: 'A certificate needs its issue date' }));
    else {
      // A certificate is valid three years (§6.1): to the day before the third anniversary.
      const expiresOn = (values.certificateExpiresOn as string | undefined) ?? addDays(anniversary(issuedOn, 3), -1);
      if (expiresOn < issuedOn) issues.push(error('certificateExpiresOn', { zh: '证书有效期早于发证日期', en: 'The certificate expires before it was issued' }, expiresOn));
      doc.certifications.push({
        certificateNumber: values.certificateNumber as string,
        certificationBody: (values.certificationBody as string | undefined) ?? '',
        standard: (values.standard as string | undefined) ?? standardFor(issuedOn),
        issuedOn,
        expiresOn,
        status: (values.certificateStatus as string | undefined) ?? 'valid',
      });
    }
  }
  if (TITLE_FIELDS.some((f) => values[f] !== undefined)) {
    if (values.title === undefined || values.titleLevel === undefined || values.titleYear === undefined)
      issues.push(error('title', { zh: '优势/示范称号须同时填写称号、称号级别和年度', en: 'A title needs the title, its level and its year' }));
    else
      doc.titles.push({
        title: values.title as string,
        level: values.titleLevel as string,
        year: values.titleYear as number,
        ...(values.titleDocument ? { document: values.titleDocument as string } : {}),
      });
  }
  if (RECOGNITION_FIELDS.some((f) => values[f] !== undefined)) {
    if (values.ipIntensiveOn === undefined)
      issues.push(error('ipIntensiveOn', { zh: '知识产权密集型认定须填写认定日期', en: 'An IP-intensive recognition needs its date' }));
    else
      doc.ipIntensive.push({
        recognisedOn: values.ipIntensiveOn as string,
        level: (values.ipIntensiveLevel as string | undefined) ?? 'county',
        ...(values.ipIntensiveDocument ? { document: values.ipIntensiveDocument as string } : {}),
      });
  }
  return doc;
}

function cells(doc: EnterpriseDocument, context: CellContext): Record<string, string>[] {
  const format = (key: string, value: unknown) => formatFieldValue(enterpriseRegister.fields.find((f) => f.key === key)!, value as FieldValue | undefined, context);
  const base: Record<string, string> = {};
  for (const key of SCALARS) base[key] = format(key, doc[key]);
  const count = Math.max(1, doc.certifications.length, doc.titles.length, doc.ipIntensive.length);
  return Array.from({ length: count }, (_, i) => {
    const row = { ...base };
    const c = doc.certifications[i];
    if (c) {
      Object.assign(row, {
        certificateNumber: c.certificateNumber,
        certificationBody: c.certificationBody,
        standard: c.standard,
        certificateIssuedOn: c.issuedOn,
        certificateExpiresOn: c.expiresOn,
        certificateStatus: format('certificateStatus', c.status),
      });
    }
    const t = doc.titles[i];
    if (t) Object.assign(row, { title: format('title', t.title), titleLevel: format('titleLevel', t.level), titleYear: String(t.year), titleDocument: t.document ?? '' });
    const r = doc.ipIntensive[i];
    if (r) Object.assign(row, { ipIntensiveOn: r.recognisedOn, ipIntensiveLevel: format('ipIntensiveLevel', r.level), ipIntensiveDocument: r.document ?? '' });
    return row;
  });
}

/**
 * 企业 register: one enterprise per 统一社会信用代码; each row may add a 贯标 certificate, an
 * 优势/示范 title and a 知识产权密集型 recognition, merged by their keys — within a file and with
 * what is stored, so a file of this year's certificates does not drop last year's.
 */
export const enterprisesAdapter: RegisterAdapter = {
  kind: 'enterprises',
  definition: enterpriseRegister,
  columns: () => enterpriseRegister.fields,
  repeatsExpected: true,
  reader(present, units) {
    const readCells = cellReader(enterpriseRegister.fields, present, units);
    return (cellsByField, context) => {
      const parsed = readCells(cellsByField, context.fields);
      const document = parseEnterprise(parsed.document ?? {}, parsed.issues);
      return parsed.issues.some((i) => i.severity === 'error') ? { issues: parsed.issues } : { document: document as unknown as RecordDocument, issues: parsed.issues };
    };
  },
  key: (document) => String(document.creditCode),
  stage(document, context) {
    const doc = document as unknown as EnterpriseDocument;
    return {
      key: doc.creditCode,
      document,
      ...placeRecord(document, context, { addressField: 'address' }),
      category: doc.keyIndustry ?? null,
      eventDate: null,
    };
  },
  merge(earlier, later) {
    const a = earlier as unknown as EnterpriseDocument;
    const b = later as unknown as EnterpriseDocument;
    const conflicts = SCALARS.filter((k) => a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]).map((k) => `${k}: ${a[k]} → ${b[k]}`);
    return { document: mergeDocuments(a, b) as unknown as RecordDocument, conflicts };
  },
  mergeStored: (stored, incoming) => mergeDocuments(stored as unknown as EnterpriseDocument, incoming as unknown as EnterpriseDocument) as unknown as RecordDocument,
  toCells: (document, context) => cells(document as unknown as EnterpriseDocument, context),
};

/** The domain Enterprise for the indicators. */
export function enterpriseFromDocument(key: string, document: RecordDocument, region: string | null): Enterprise {
  const doc = document as unknown as EnterpriseDocument;
  const enterprise: Enterprise = {
    id: key,
    creditCode: doc.creditCode,
    name: doc.name,
    certifications: doc.certifications.map((c) => ({
      certificateNumber: c.certificateNumber,
      certificationBody: c.certificationBody,
      standard: c.standard as Enterprise['certifications'][number]['standard'],
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      status: c.status as Enterprise['certifications'][number]['status'],
    })),
    titles: doc.titles.map((t) => ({
      title: t.title as 'advantage' | 'demonstration',
      level: t.level as Enterprise['titles'][number]['level'],
      year: t.year,
      // Titles are announced by year; the importer dates them to its last day (award.ts does the same).
      recognisedOn: `${t.year}-12-31`,
      ...(t.document ? { document: t.document } : {}),
    })),
    ipIntensiveRecognitions: doc.ipIntensive.map((r) => ({
      recognisedOn: r.recognisedOn,
      level: r.level as Enterprise['titles'][number]['level'],
      sourceDocument: r.document ?? '',
    })),
  };
  if (doc.address) enterprise.address = doc.address;
  if (region) enterprise.region = region;
  if (doc.industryCode) enterprise.industryCode = doc.industryCode;
  if (doc.keyIndustry) enterprise.keyIndustry = doc.keyIndustry;
  return enterprise;
}

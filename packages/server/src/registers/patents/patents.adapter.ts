import {
  attributePatent,
  attributionBasis,
  describeApplicationKey,
  field,
  inferOwnerType,
  mergePublicationRows,
  readPublicationRow,
  readSnapshotStatus,
  fromDay,
  normalizeApplicationNumber,
  patentFactOf,
  patentPlausibilityProblems,
  patentRegister,
  readAwardText,
  readLegalStatus,
  type Patent,
  type RegisterField,
} from '@ipcounty/domain';
import {
  cellReader,
  cellsOf,
  error,
  warning,
  type CellsByField,
  type ImportContext,
  type ParsedRow,
  type RegisterAdapter,
  type RowIssue,
} from '../adapters/register-adapter.js';
import { OUTSIDE_COUNTY } from '../attribution/address-placer.js';
import type { RecordDocument, RecordPlacement, StagedRecord } from '../register-record.js';
import { formatApplicationNumber, patentFromDocument, readOverseasFamily, type PatentDocument } from './patent-document.js';

const TYPE_NAMES = { invention: '发明', 'utility-model': '实用新型', design: '外观设计' } as const;

/**
 * USPTO PatentsView granted-patent tables (§8.2): g_patent, optionally joined with g_application
 * (filing date), g_assignee_disambiguated and g_location_disambiguated. A file is read this way
 * when its header has `patent_id`; the record key is US + patent_id.
 */
const patentsViewFields: readonly RegisterField[] = [
  field('patentId', ['patent_id'], 'patent_id', 'text', { required: true }),
  field('patentType', ['patent_type'], 'patent_type', 'text'),
  field('grantDate', ['patent_date'], 'patent_date', 'date', { required: true }),
  field('title', ['patent_title'], 'patent_title', 'text', { required: true }),
  field('filingDate', ['filing_date'], 'filing_date', 'date'),
  field('organization', ['disambig_assignee_organization', 'assignee_organization', 'organization'], 'assignee organization', 'text'),
  field('firstName', ['disambig_assignee_individual_name_first', 'assignee_individual_name_first'], 'assignee first name', 'text'),
  field('lastName', ['disambig_assignee_individual_name_last', 'assignee_individual_name_last'], 'assignee last name', 'text'),
  field('assigneeType', ['assignee_type'], 'assignee_type', 'text'),
  field('city', ['disambig_city', 'city'], 'city', 'text'),
  field('state', ['disambig_state', 'state'], 'state', 'text'),
  field('country', ['disambig_country', 'country'], 'country', 'text'),
];

/** PatentsView assignee_type (1 unassigned … 9; a leading 1 marks part interest). */
function ownerTypeOfAssignee(code: string | undefined): string | undefined {
  const base = Number(code) >= 10 ? Number(code) - 10 : Number(code);
  if ([2, 3].includes(base)) return 'enterprise';
  if ([4, 5].includes(base)) return 'individual';
  if ([6, 7, 8, 9].includes(base)) return 'government';
  return undefined;
}

const PATENTSVIEW_TYPES: Readonly<Record<string, PatentDocument['type']>> = { utility: 'invention', design: 'design' };

function isPatentsView(headers: readonly string[]): boolean {
  return headers.some((h) => h.trim().toLowerCase() === 'patent_id');
}

function parsePatentsView(parsed: ParsedRow): ParsedRow {
  if (parsed.issues.length > 0) return parsed;
  const row = parsed.document as Record<string, string>;
  const kind = (row.patentType ?? 'utility').toLowerCase();
  const type = PATENTSVIEW_TYPES[kind];
  if (!type) {
    const reason = { zh: `专利类型 ${kind} 不在统计范围内（只计 utility 和 design），该行未导入`, en: `patent_type ${kind} is not counted (only utility and design); the row was skipped` };
    return { issues: [warning('patentType', reason, kind)] };
  }
  const person = [row.firstName, row.lastName].filter(Boolean).join(' ');
  const name = row.organization ?? (person || undefined);
  const ownerType = ownerTypeOfAssignee(row.assigneeType);
  const address = [row.city, row.state, row.country].filter(Boolean).join(', ');
  const document: PatentDocument = {
    applicationNumber: `US${row.patentId}`,
    type,
    filingDate: row.filingDate ?? row.grantDate!,
    grantDate: row.grantDate!,
    grantNumber: `US${row.patentId}`,
    title: row.title!,
    ...(name ? { applicants: [name], ...(ownerType ? { applicantTypes: [ownerType] } : {}) } : {}),
    ...(address ? { applicantAddress: address } : {}),
    ...(row.country ? { applicantCountry: row.country } : {}),
    source: 'patentsview',
  };
  return { document: document as unknown as RecordDocument, issues: [] };
}

const dateIssue = (fieldKey: string, label: { zh: string; en: string }, value: string, filing: string): RowIssue =>
  error(fieldKey, { zh: `${label.zh}（${value}）早于申请日（${filing}）`, en: `${label.en} (${value}) is before the filing date (${filing})` }, value);

/** A row of a CNIPA-style export, its cells read (`parsed`) and then checked as a patent. */
function parseCnipa(cells: CellsByField, parsed: ParsedRow, context: ImportContext): ParsedRow {
  let doc = parsed.document as Partial<PatentDocument>;
  const issues = parsed.issues;

  // A commercial export mixes offices; only CNIPA's publications are Chinese patents.
  const office = doc.office?.trim().toUpperCase();
  if (office && office !== 'CN' && office !== '中国') {
    return { issues: [warning('office', { zh: `受理局为 ${doc.office}，不是中国专利，该行未导入`, en: `Receiving office ${doc.office}: not a Chinese patent; the row was skipped` }, doc.office)] };
  }
  const publication = readPublicationRow(doc);
  doc = publication.row;
  if (publication.unreadCode) {
    issues.push(
      warning('publicationNumber', {
        zh: `公开（公告）号“${publication.unreadCode}”没有可识别的种类代码（A/B/C、U/Y、S/D），不能据此认定授权`,
        en: `Publication number "${publication.unreadCode}" has no kind code this importer reads (A/B/C, U/Y, S/D); no grant is taken from it`,
      }, publication.unreadCode),
    );
  }
  const raw = cells.applicationNumber ?? '';
  // The filing year the number gives, read once for the plausibility checks below.
  let applicationYear: number | undefined;
  if (raw.trim() !== '') {
    const normalised = normalizeApplicationNumber(raw);
    if (!normalised.ok) {
      issues.push(error('applicationNumber', { zh: `申请号“${raw}”无效：格式或校验位不符（应为 12 位数字加校验位，如 202310123456.6）`, en: normalised.reason }, raw));
    } else {
      doc.applicationNumber = normalised.key;
      const parts = describeApplicationKey(normalised.key);
      applicationYear = parts.filingYear;
      // 专利类型 when the file has it; else the kind code's, else the application number's type digit.
      const fromNumber = parts.type;
      const given = doc.type;
      doc.type ??= publication.typeFromKind ?? fromNumber;
      for (const [source, other] of [
        ['申请号第5位', fromNumber],
        ['公开（公告）号的种类代码', publication.typeFromKind],
      ] as const) {
        if (given && other && other !== given) {
          issues.push(error('type', { zh: `专利类型“${TYPE_NAMES[given]}”与${source}（${TYPE_NAMES[other]}）不一致`, en: `patent type ${given} contradicts the ${source === '申请号第5位' ? 'application number' : 'kind code'}, which is a ${other}` }, cells.type));
        }
      }
    }
  }
  if (!doc.applicants && !doc.patentees && !doc.currentPatentees) {
    issues.push(error('applicants', { zh: '申请人、专利权人或当前权利人至少填写一项', en: 'Give the applicants, the patentees or the current owners' }));
  }
  const filing = doc.filingDate;
  if (filing) {
    if (doc.grantDate && doc.grantDate < filing) issues.push(dateIssue('grantDate', { zh: '授权公告日', en: 'Grant date' }, doc.grantDate, filing));
    if (doc.publicationDate && doc.publicationDate < filing) issues.push(dateIssue('publicationDate', { zh: '公开日', en: 'Publication date' }, doc.publicationDate, filing));
    if (doc.lapseDate && doc.lapseDate < filing) issues.push(dateIssue('lapseDate', { zh: '失效日', en: 'Lapse date' }, doc.lapseDate, filing));
  }
  const family = readOverseasFamily(doc.overseasFamily);
  if (family === null) {
    issues.push(error('overseasFamily', { zh: `海外同族“${doc.overseasFamily}”应为数量或 是/否`, en: `overseas family "${doc.overseasFamily}" should be a number or yes/no` }, doc.overseasFamily));
  }
  // Dates and counts that read well but no patent has (申请日 2099 on a 2025 number, a family of billions).
  // A number refused above may still give a year (one without its check character does): the checks read it as before.
  const plausibility = { applicationNumber: doc.applicationNumber, applicationYear, filingDate: doc.filingDate, grantDate: doc.grantDate, publicationDate: doc.publicationDate, lapseDate: doc.lapseDate, overseasFamilyCount: family?.count };
  for (const problem of patentPlausibilityProblems(plausibility)) {
    issues.push(error(problem.field, problem.reason, problem.value));
  }
  // Only national awards count (高价值 category 5); a provincial or unreadable one is named here, not counted.
  const award = readAwardText(doc.award);
  if (award.verdict === 'regional' || award.verdict === 'unclassifiable') issues.push(warning('award', award.reason, doc.award));
  checkStatus(doc, issues, context);
  const owners = doc.applicants ?? doc.patentees ?? doc.currentPatentees;
  if (doc.applicantTypes && doc.applicants && doc.applicantTypes.length > doc.applicants.length) {
    issues.push(warning('applicantTypes', { zh: '申请人类型比申请人多，多出的类型被忽略', en: 'More applicant types than applicants; the extra types were ignored' }));
  }
  // A file exported from the register names the source itself (申请人类型来源): a round trip keeps it.
  if (doc.applicantTypes) doc.applicantTypeSource ??= 'file';
  else if (owners) {
    // No type column: read from the names, and say so on the record.
    doc.applicantTypes = owners.map(inferOwnerType);
    doc.applicantTypeSource = 'inferred';
  }
  return issues.some((i) => i.severity === 'error') ? { issues } : { document: inFieldOrder(doc as RecordDocument), issues };
}

/** Each field key's place in the register (should a key be listed twice, its first place). */
const FIELD_PLACE = new Map<string, number>();
patentRegister.fields.forEach((field, place) => {
  if (!FIELD_PLACE.has(field.key)) FIELD_PLACE.set(field.key, place);
});

/**
 * The document's keys in the register's field order, whatever order the checks filled them in:
 * a record stored and read back from its export is then the same text, so a round trip changes nothing.
 */
function inFieldOrder(document: RecordDocument): RecordDocument {
  // Each of the document's keys put at its field's place (a row has far fewer keys than the
  // register has fields), then the keys of no field in their own order.
  const atPlace = new Array<string | undefined>(patentRegister.fields.length);
  const others: string[] = [];
  for (const key in document) {
    if (document[key] === undefined) continue;
    const place = FIELD_PLACE.get(key);
    if (place === undefined) others.push(key);
    else atPlace[place] = key;
  }
  const ordered: RecordDocument = {};
  for (const key of atPlace) if (key !== undefined) ordered[key] = document[key];
  for (const key of others) ordered[key] = document[key];
  return ordered;
}

/**
 * The status columns describe the export date (导出日期): the import's, unless the file dates
 * its rows itself. An unreadable status is reported and not used.
 */
function checkStatus(doc: Partial<PatentDocument>, issues: RowIssue[], context: ImportContext): void {
  for (const key of ['rightStatus', 'latestLegalStatus', 'legalStatus'] as const) {
    const text = doc[key];
    if (text && readLegalStatus(text).state === 'unknown') {
      issues.push(warning(key, { zh: `法律状态“${text}”无法识别，未用于判断是否有效`, en: `legal status "${text}" is not recognised and was not used` }, text));
    }
  }
  const status = readSnapshotStatus({ rightStatus: doc.rightStatus, legalStatus: doc.latestLegalStatus ?? doc.legalStatus });
  if (status.state !== 'unknown' && !doc.statusDate && context.exportDate) doc.statusDate = context.exportDate;
}

function placePatent(patent: Patent, doc: PatentDocument, context: ImportContext): RecordPlacement {
  const basis = attributionBasis(patent);
  const party = basis === 'patentee' ? (patent.patentees[0] ?? patent.applicants[0]) : patent.applicants[0];
  const address = party?.address ?? null;
  const addressKey = address ? context.placer.addressKey(address) : null;
  // The office's assignment of the address wins over every rule, the country included.
  const assigned = address ? context.placer.assignment(address) : undefined;
  if (assigned === OUTSIDE_COUNTY) return { region: null, attribution: 'excluded', address, addressKey, note: 'outside the county (manual)' };
  if (assigned) return { region: assigned, attribution: 'attributed', address, addressKey, note: `${basis}: manual` };
  const result = attributePatent(patent, context.placer.resolver);
  // An address spelt from the 州/省, 地市 and 区县 columns names no town: the split shows it at county level.
  const located = basis === 'applicant' && !doc.applicantAddress && address !== null ? 'location columns' : 'alias';
  switch (result.status) {
    case 'attributed':
      return { region: result.region, attribution: 'attributed', address, addressKey, note: `${basis}: ${result.via === 'manual' ? 'manual' : `${located} ${result.matched ?? ''}`}` };
    case 'excluded':
      return { region: null, attribution: 'excluded', address, addressKey, note: `${result.reason} (${basis})` };
    case 'unresolved':
      return { region: null, attribution: 'unresolved', address, addressKey, note: `${result.reason} (${basis})` };
  }
}

/** Applicants of two rows of one PatentsView patent (one row per assignee), in order, once each. */
function mergePatentsView(earlier: RecordDocument, later: RecordDocument): RecordDocument {
  const a = earlier as unknown as PatentDocument;
  const b = later as unknown as PatentDocument;
  const applicants = [...(a.applicants ?? [])];
  const types = [...(a.applicantTypes ?? [])];
  (b.applicants ?? []).forEach((name, index) => {
    if (applicants.includes(name)) return;
    applicants.push(name);
    if (b.applicantTypes?.[index]) types.push(b.applicantTypes[index]);
  });
  return { ...later, ...earlier, applicants, ...(types.length ? { applicantTypes: types } : {}) };
}

/** Every row names publications no other row names: the rows are publications, not repeats. */
function distinctPublications(documents: readonly Partial<PatentDocument>[]): boolean {
  const seen = new Set<string>();
  for (const document of documents) {
    const numbers = document.publicationNumbers ?? [];
    if (numbers.length === 0 || numbers.some((n) => seen.has(n))) return false;
    for (const n of numbers) seen.add(n);
  }
  return true;
}

export const patentsAdapter: RegisterAdapter = {
  kind: 'patents',
  definition: patentRegister,
  columns: (headers) => (isPatentsView(headers) ? patentsViewFields : patentRegister.fields),
  reader(present, units) {
    if (present.includes('patentId')) {
      const readCells = cellReader(patentsViewFields, present, {});
      return (cells, context) => parsePatentsView(readCells(cells, context.fields));
    }
    const readCells = cellReader(patentRegister.fields, present, units);
    return (cells, context) => parseCnipa(cells, readCells(cells, context.fields), context);
  },
  key: (document) => (document as unknown as PatentDocument).applicationNumber,
  stage(document, context): StagedRecord {
    const doc = document as unknown as PatentDocument;
    const key = doc.applicationNumber;
    const patent = patentFromDocument(key, document);
    const placement = placePatent(patent, doc, context);
    const fact = patentFactOf(patent);
    const inForce = (day: number) => (Number.isNaN(day) ? null : fromDay(day));
    return {
      key,
      document,
      ...placement,
      category: doc.type,
      eventDate: doc.filingDate,
      patent: {
        grantDate: doc.grantDate ?? null,
        applicantType: patent.applicants[0]?.type ?? null,
        effectiveFrom: inForce(fact.inForceFrom),
        effectiveUntil: inForce(fact.inForceUntil),
        fact,
      },
    };
  },
  merge(earlier, later) {
    if ((earlier as unknown as PatentDocument).source === 'patentsview') return { document: mergePatentsView(earlier, later), conflicts: [] };
    // One row per publication (A, then B): merged by 申请号, the grant from the grant publication.
    const merged = mergePublicationRows(earlier as PatentDocument & RecordDocument, later as PatentDocument & RecordDocument);
    const conflicts = merged.conflicts.map((key) => {
      const label = patentRegister.fields.find((f) => f.key === key)?.labels[0] ?? key;
      return `${label}: ${String(earlier[key] ?? '')} → ${String(merged.row[key] ?? '')}`;
    });
    return { document: inFieldOrder(merged.row), conflicts };
  },
  // An application published and then granted is two rows (A, then B): no warning for those.
  repeatsExpected: (documents) => distinctPublications(documents as readonly Partial<PatentDocument>[]),
  toCells(document, context) {
    const cells = cellsOf(patentRegister, document, context);
    cells.applicationNumber = formatApplicationNumber(String(document.applicationNumber ?? ''));
    return [cells];
  },
};

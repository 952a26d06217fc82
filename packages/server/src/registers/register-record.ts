import type { PatentFact, RegisterKind } from '@ipcounty/domain';
import type { BulkValue } from '../database/bulk-load.js';
import type { RegisterDatabase } from '../database/register-schema.js';
import { patentFactColumns, patentFactValues } from './patents/patent-fact-columns.js';

/** A record as stored in `document`: field key → value (FieldValue), or a register's own shape. */
export type RecordDocument = Record<string, unknown>;

export type Attribution = 'attributed' | 'excluded' | 'unresolved' | 'none';

/** Where a record is counted, and why. */
export interface RecordPlacement {
  region: string | null;
  attribution: Attribution;
  address: string | null;
  addressKey: string | null;
  note: string | null;
}

/** What a patent adds to the columns every register has. */
export interface PatentColumns {
  grantDate: string | null;
  applicantType: string | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  /** What the statistics engine reads of the patent (patentFactOf). */
  fact: PatentFact;
}

/** A record read, checked and placed, ready to be written. */
export interface StagedRecord extends RecordPlacement {
  key: string;
  document: RecordDocument;
  category: string | null;
  eventDate: string | null;
  patent?: PatentColumns;
}

export const registerTableOf = {
  patents: 'register_patents',
  trademarks: 'register_trademarks',
  'geographical-indications': 'register_geographical_indications',
  copyrights: 'register_copyrights',
  pledges: 'register_pledges',
  insurance: 'register_insurance',
  enterprises: 'register_enterprises',
  agencies: 'register_agencies',
  talent: 'register_talent',
  training: 'register_training',
  enforcement: 'register_enforcement',
  awards: 'register_awards',
  economy: 'register_economy',
  population: 'register_population',
} as const satisfies Record<RegisterKind, keyof RegisterDatabase>;

export type RegisterTableName = (typeof registerTableOf)[RegisterKind];

/** The columns a staged record fills, in the order stagedValues gives them. */
const CONTENT_COLUMNS = [
  'record_key',
  'region',
  'attribution',
  'address',
  'address_key',
  'attribution_note',
  'category',
  'event_date',
  'document',
] as const;
/** Where the document sits among the content values. */
export const DOCUMENT_INDEX = CONTENT_COLUMNS.indexOf('document');
const PATENT_COLUMNS = ['grant_date', 'applicant_type', 'effective_from', 'effective_until', ...patentFactColumns] as const;
/** Filled in when written: the import's county, flag, time and author. */
const BOOKKEEPING_COLUMNS = ['county_id', 'demo', 'import_id', 'updated_at', 'updated_by'] as const;

export function contentColumns(kind: RegisterKind): readonly string[] {
  return kind === 'patents' ? [...CONTENT_COLUMNS, ...PATENT_COLUMNS] : CONTENT_COLUMNS;
}

/** Every column a register write sets, in order: content, then bookkeeping. */
export function writeColumns(kind: RegisterKind): readonly string[] {
  return [...contentColumns(kind), ...BOOKKEEPING_COLUMNS];
}

/** The content values of a staged record, as the staging file keeps them (see DOCUMENT_INDEX). */
export function stagedValues(record: StagedRecord): BulkValue[] {
  const values: BulkValue[] = [
    record.key,
    record.region,
    record.attribution,
    record.address,
    record.addressKey,
    record.note,
    record.category,
    record.eventDate,
    JSON.stringify(record.document),
  ];
  if (record.patent) {
    const p = record.patent;
    values.push(p.grantDate, p.applicantType, p.effectiveFrom, p.effectiveUntil, ...patentFactValues(p.fact));
  }
  return values;
}

export interface WriteStamp {
  countyId: string;
  demo: boolean;
  importId: string | null;
  at: string;
  by: string;
}

/**
 * What decides whether a stored row changes: the content and the demo flag, but not the
 * patents' period in force and facts, which are recomputed from the legal events after the write.
 */
export const compareColumns: readonly string[] = [...CONTENT_COLUMNS.filter((c) => c !== 'record_key'), 'demo'];

/** The full row for the bulk writer, in writeColumns order. */
export function rowValues(content: readonly BulkValue[], stamp: WriteStamp): BulkValue[] {
  return [...content, stamp.countyId, stamp.demo ? 1 : 0, stamp.importId, stamp.at, stamp.by];
}

/** cyrb53, a fast 53-bit string hash (for finding repeated keys); not a security hash. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}


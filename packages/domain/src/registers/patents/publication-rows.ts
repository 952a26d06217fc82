import type { IsoDate } from '../../periods/iso-date.js';
import type { PatentType } from './patent.js';
import { readPublicationKind } from './publication-kind.js';

/**
 * The publication columns of a patent record. Exports list one row per publication (公开（公告）号
 * and 公开（公告）日): an application published and then granted is an A row and a B row. The
 * record keeps the application publication, the grant and every number seen.
 */
export interface PublicationFields {
  /** 公开号 and 公开日 of the application publication (A). */
  publicationNumber?: string;
  publicationDate?: IsoDate;
  /** 授权公告号 and 授权公告日: the grant publication. */
  grantNumber?: string;
  grantDate?: IsoDate;
  /** 全部公开（公告）号: every publication of the application, corrections and invalidations included. */
  publicationNumbers?: string[];
}

export interface PublicationRowReading<Row extends PublicationFields> {
  row: Row;
  /** The patent type the kind code names (A/B/C invention, U/Y utility model, S/D design). */
  typeFromKind?: PatentType;
  /** The 公开（公告）号 has no kind code this rule reads: it stays the publication, and nothing is granted by it. */
  unreadCode?: string;
}

/**
 * One export row's 公开（公告）号 read by its kind code (readPublicationKind): a grant publication
 * becomes the record's grant, dated by its 公开（公告）日, unless the file has grant columns of its
 * own; an application publication stays the publication; an invalidation or a correction dates
 * neither. The number joins the record's list in every case.
 */
export function readPublicationRow<Row extends PublicationFields>(row: Row): PublicationRowReading<Row> {
  const raw = row.publicationNumber;
  const listed = new Set(row.publicationNumbers ?? []);
  if (row.grantNumber) listed.add(compactNumber(row.grantNumber));
  if (!raw) return { row: withNumbers(row, listed) };
  const kind = readPublicationKind(raw, row.publicationDate);
  if (!kind) {
    listed.add(compactNumber(raw));
    return { row: withNumbers(row, listed), unreadCode: raw };
  }
  listed.add(kind.number);
  const next: Row = { ...row };
  if (kind.role !== 'application') {
    delete next.publicationNumber;
    delete next.publicationDate;
  } else next.publicationNumber = kind.number;
  if (kind.role === 'grant' && !row.grantDate && row.publicationDate) {
    next.grantNumber = kind.number;
    next.grantDate = row.publicationDate;
  }
  return { row: withNumbers(next, listed), typeFromKind: kind.type };
}

export interface MergedPublicationRows<Row> {
  row: Row;
  /** Both rows name the same publication: a repeated row, not a second publication. */
  samePublication: boolean;
  /** Other fields whose values differ between the two rows (the newer publication's value is kept). */
  conflicts: string[];
}

const PUBLICATION_KEYS = new Set<string>(['publicationNumber', 'publicationDate', 'grantNumber', 'grantDate', 'publicationNumbers']);

/**
 * Two rows of one application (same 申请号), merged whatever their order in the file: the earliest
 * application publication, the earliest grant publication, every number once. Other columns come
 * from the newer publication where both rows have them (a grant row carries the title and owners
 * as granted) and from either where only one has them.
 */
export function mergePublicationRows<Row extends PublicationFields>(first: Row, second: Row): MergedPublicationRows<Row> {
  const [older, newer] = latestDate(second) < latestDate(first) ? [second, first] : [first, second];
  const row = { ...older } as Record<string, unknown>;
  const conflicts: string[] = [];
  for (const [key, value] of Object.entries(newer)) {
    if (PUBLICATION_KEYS.has(key) || value === undefined) continue;
    if (row[key] !== undefined && JSON.stringify(row[key]) !== JSON.stringify(value)) conflicts.push(key);
    row[key] = value;
  }
  for (const key of PUBLICATION_KEYS) delete row[key];
  const publication = firstBy([first, second], (r) => r.publicationNumber, (r) => r.publicationDate);
  if (publication) Object.assign(row, { publicationNumber: publication.publicationNumber, publicationDate: publication.publicationDate });
  const grant = firstBy([first, second], (r) => r.grantNumber ?? r.grantDate, (r) => r.grantDate);
  if (grant) Object.assign(row, { grantNumber: grant.grantNumber, grantDate: grant.grantDate });
  for (const key of ['publicationDate', 'grantNumber', 'grantDate']) if (row[key] === undefined) delete row[key];
  const numbers = [...new Set([...(first.publicationNumbers ?? []), ...(second.publicationNumbers ?? [])])];
  if (numbers.length > 0) row.publicationNumbers = numbers;
  const firstNumbers = first.publicationNumbers ?? [];
  const samePublication = firstNumbers.length > 0 && (second.publicationNumbers ?? []).every((n) => firstNumbers.includes(n));
  return { row: row as Row, samePublication, conflicts };
}

/** Of the rows that have `present`, the one with the earliest `date` (an undated one last). */
function firstBy<Row>(rows: readonly Row[], present: (row: Row) => unknown, date: (row: Row) => string | undefined): Row | undefined {
  const having = rows.filter((row) => present(row) !== undefined);
  return having.sort((a, b) => (date(a) ?? '9999').localeCompare(date(b) ?? '9999'))[0];
}

/** The newest date a row publishes something on ('' when none): what orders two rows' other columns. */
function latestDate(row: PublicationFields): string {
  const dates = [row.publicationDate ?? '', row.grantDate ?? ''];
  return dates[0]! > dates[1]! ? dates[0]! : dates[1]!;
}

function compactNumber(raw: string): string {
  return raw.replace(/[\s.]/g, '').toUpperCase();
}

function withNumbers<Row extends PublicationFields>(row: Row, numbers: ReadonlySet<string>): Row {
  return numbers.size === 0 ? row : { ...row, publicationNumbers: [...numbers] };
}

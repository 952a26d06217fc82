import type { RegisterField, RowProblem } from '@ipcounty/domain';

/** A column an importer expects, under any of the names sources give it. */
export interface ColumnSpec<Key extends string = string> {
  key: Key;
  /** The names the column goes by, e.g. ['公开（公告）号', '公开号']; the first is shown to users. */
  labels: readonly string[];
  required: boolean;
  /** Names read after the labels but not offered in a Chinese message: a field's English name. */
  alsoReads?: readonly string[];
}

/**
 * The columns of declared fields: each read under its Chinese names, then its English name, so a
 * register or ledger exported in English imports back as well.
 */
export function fieldColumns(fields: readonly RegisterField[]): ColumnSpec[] {
  return fields.map((f) => ({ key: f.key, labels: f.labels, required: f.required ?? false, alsoReads: [f.en] }));
}

export interface HeaderMatch<Key extends string = string> {
  /** The header (as written in the file) found for each key. */
  columns: Partial<Record<Key, string>>;
  /** The unit written in brackets after a matched name: 常住人口（万人） → 万人. */
  units: Partial<Record<Key, string>>;
  /** Required keys with no column. */
  missing: Key[];
  /** Headers no key took, in file order. */
  unknown: string[];
  /** One error per missing required column, ready for the problem report. */
  problems: RowProblem[];
}

const OPENING_BRACKETS = /[（(［[【〔｛{]/g;
const CLOSING_BRACKETS = /[）)］\]】〕｝}]/g;
/** A bracketed group at the very end of a name: its unit (常住人口（万人）). */
const TRAILING_GROUP = /^(.*)\(([^()]*)\)$/s;
/** A short bracketed tag before a name, as commercial databases mark columns: [标]当前申请(专利权)人 (标 = standardised). */
const LEADING_TAG = /^\([^()]{1,4}\)(?=.)/s;

/**
 * Finds the file's column for each spec. Names match when they agree after ignoring full-width
 * versus half-width characters (（） and (), ［］ and []), the kind of bracket, spaces and line
 * breaks, a byte-order mark, letter case and the `*` templates put on required columns. A name
 * followed by a bracketed unit matches too, and the unit is reported; so does a name behind a
 * short bracketed tag ([标]当前申请(专利权)人). An exact match wins over one with a unit, which wins
 * over a tagged one, an earlier alias over a later one; each header serves one key, the earlier
 * spec first.
 */
export function matchHeaders<Key extends string>(
  headers: readonly string[],
  spec: readonly ColumnSpec<Key>[],
  options: { headerRowNumber?: number } = {},
): HeaderMatch<Key> {
  const candidates = headers.map((header) => {
    const name = comparableName(header);
    const group = TRAILING_GROUP.exec(name);
    const untagged = name.replace(LEADING_TAG, '');
    return { header, name, base: group?.[1] ?? '', unit: group ? writtenUnit(header) : '', untagged: untagged === name ? '' : untagged };
  });
  const used = new Set<number>();
  const match: HeaderMatch<Key> = { columns: {}, units: {}, missing: [], unknown: [], problems: [] };

  const free = (index: number) => !used.has(index);
  for (const column of spec) {
    const labels = [...column.labels, ...(column.alsoReads ?? [])].map(comparableName);
    let unit = '';
    let found = firstFound(labels, (label) => candidates.findIndex((c, index) => free(index) && c.name === label));
    if (found === -1) {
      found = firstFound(labels, (label) => candidates.findIndex((c, index) => free(index) && c.unit !== '' && c.base === label));
      unit = candidates[found]?.unit ?? '';
    }
    if (found === -1) found = firstFound(labels, (label) => candidates.findIndex((c, index) => free(index) && c.untagged === label));
    const candidate = candidates[found];
    if (candidate) {
      used.add(found);
      match.columns[column.key] = candidate.header;
      if (unit !== '') match.units[column.key] = unit;
    } else if (column.required) {
      match.missing.push(column.key);
      match.problems.push(missingColumn(column, options.headerRowNumber ?? 1));
    }
  }
  match.unknown = candidates.filter((_, index) => !used.has(index)).map((candidate) => candidate.header);
  return match;
}

/** The first label, in the spec's order, that `find` locates (-1 when none does). */
function firstFound(labels: readonly string[], find: (label: string) => number): number {
  for (const label of labels) {
    const index = find(label);
    if (index !== -1) return index;
  }
  return -1;
}

/** A row's cells under the spec's keys, for the columns the file has. */
export function cellsByKey<Key extends string>(
  cells: Readonly<Record<string, string>>,
  columns: Partial<Record<Key, string>>,
): Partial<Record<Key, string>> {
  const byKey: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(columns) as Key[]) {
    const header = columns[key];
    if (header !== undefined) byKey[key] = cells[header] ?? '';
  }
  return byKey;
}

function comparableName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')')
    .replace(/[\s\uFEFF*]/g, '')
    .toLowerCase();
}

/** The unit as the user wrote it (NFKC would turn ㎡ into m2). */
function writtenUnit(header: string): string {
  const bracketed = header
    .replace(/\uFEFF/g, '')
    .replace(/\*+\s*$/, '')
    .trim()
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')');
  return TRAILING_GROUP.exec(bracketed)?.[2]?.trim() ?? '';
}

function missingColumn(column: ColumnSpec, headerRowNumber: number): RowProblem {
  const [name = '', ...aliases] = column.labels;
  const english = [...aliases, ...(column.alsoReads ?? [])];
  return {
    row: headerRowNumber,
    column: name,
    reason: {
      zh: `缺少必填列：${name}${aliases.length > 0 ? `（也可命名为：${aliases.join('、')}）` : ''}`,
      en: `Missing required column: ${name}${english.length > 0 ? ` (also accepted: ${english.join(', ')})` : ''}`,
    },
    severity: 'error',
  };
}

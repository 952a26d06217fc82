import type { AmountUnit } from '../money.js';

/**
 * The registers of the statistics monitoring system (统计监测体系), as the importer, the API, the
 * exports and the web pages see them. One description per register serves all four: the column
 * names a file may use, how a cell is read, what a list shows and filters on, and the template.
 */
export const registerKinds = [
  'patents',
  'trademarks',
  'geographical-indications',
  'copyrights',
  'pledges',
  'insurance',
  'enterprises',
  'agencies',
  'talent',
  'training',
  'enforcement',
  'awards',
  'economy',
  'population',
] as const;
export type RegisterKind = (typeof registerKinds)[number];

/** What a file can be imported as: every register, plus the patents' legal events (法律事件). */
export const importKinds = [...registerKinds, 'legal-events'] as const;
export type ImportKind = (typeof importKinds)[number];

export function isRegisterKind(value: string): value is RegisterKind {
  return (registerKinds as readonly string[]).includes(value);
}

export function isImportKind(value: string): value is ImportKind {
  return (importKinds as readonly string[]).includes(value);
}

/**
 * How a cell is read and what the record holds:
 * - text: trimmed text; date: YYYY-MM-DD (parseRecordDate); year: a four-digit year;
 * - integer: a whole number ≥ 0, multiplied by the header's unit when the field has `units`;
 * - amount: integer 分 (parseAmountToFen), plain numbers in the column's unit;
 * - enum / enum-list: option values, written as their Chinese label, an alias or the value itself;
 * - boolean: 是/否, Y/N, 1/0, true/false, 有/无;
 * - list: several texts separated by ；, ; or a line break;
 * - region: a plan region code, read from its name, an alias or the code;
 * - credit-code: 统一社会信用代码 with its check character verified;
 * - key-industry: one of the county's configured key industries (重点产业).
 */
export type RegisterFieldType =
  | 'text'
  | 'date'
  | 'year'
  | 'integer'
  | 'amount'
  | 'enum'
  | 'enum-list'
  | 'boolean'
  | 'list'
  | 'region'
  | 'credit-code'
  | 'key-industry';

export interface FieldOption {
  value: string;
  zh: string;
  en: string;
  /** Other ways sources write it (外观 for 外观设计). */
  aliases?: readonly string[];
}

export interface RegisterField {
  key: string;
  /** The column names a file may use, Chinese first; the first is the template's header. */
  labels: readonly string[];
  en: string;
  type: RegisterFieldType;
  required?: boolean;
  options?: readonly FieldOption[];
  /** amount: the unit of a plain number when the header names none (质押金额（万元）). */
  unit?: AmountUnit;
  /** integer: multipliers for units a header may carry (常住人口（万人）: 万人 → 10,000). */
  units?: Readonly<Record<string, number>>;
  /** 填写说明 on the template's notes sheet. */
  note?: string;
  /** Set by the importer, not asked of the user: read back from an export, left out of templates. */
  computed?: boolean;
}

export interface RegisterDefinition {
  kind: ImportKind;
  zh: string;
  en: string;
  /** The sheet to fill in on the template. */
  sheetName: string;
  fields: readonly RegisterField[];
  /** The natural key: records with equal values here are the same record (upsert). */
  keyFields: readonly string[];
  /** The field that names a record in lists and titles. */
  titleField: string;
  /** The field the list's type filter uses. */
  categoryField?: string;
  /** The date lists sort and filter by. */
  dateField?: string;
  /** Columns of the list page, in order (the region and the demo mark are added by the page). */
  listFields: readonly string[];
  /** Fields searched by the list's search box. */
  searchFields: readonly string[];
  /** General notes for the template, one paragraph each. */
  notes?: readonly string[];
  /** The template's example row, as cells. */
  example: Readonly<Record<string, string>>;
}

/** The field of a definition, or an error naming it (definitions are data; a typo is a bug). */
export function fieldOf(definition: { kind: string; fields: readonly RegisterField[] }, key: string): RegisterField {
  const field = definition.fields.find((f) => f.key === key);
  if (!field) throw new RangeError(`${definition.kind}: no field "${key}"`);
  return field;
}

/** Builds a field; the labels are Chinese column names, the first shown on templates. */
export function field(
  key: string,
  labels: readonly string[],
  en: string,
  type: RegisterFieldType,
  extra: Omit<RegisterField, 'key' | 'labels' | 'en' | 'type'> = {},
): RegisterField {
  return { key, labels, en, type, ...extra };
}

/** Options from a list of [value, 中文, English, aliases?]. */
export function options(rows: readonly (readonly [string, string, string, (readonly string[])?])[]): FieldOption[] {
  return rows.map(([value, zh, en, aliases]) => ({ value, zh, en, ...(aliases ? { aliases } : {}) }));
}

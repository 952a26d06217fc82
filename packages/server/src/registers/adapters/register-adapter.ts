import {
  formatFieldValue,
  parseFieldValue,
  type CellContext,
  type FieldContext,
  type FieldValue,
  type LocalizedText,
  type Region,
  type RegisterDefinition,
  type RegisterField,
  type RegisterKind,
} from '@ipcounty/domain';
import type { AddressPlacer } from '../attribution/address-placer.js';
import type { RecordDocument, RecordPlacement, StagedRecord } from '../register-record.js';

/** Something wrong (or worth saying) about one row, by field; the importer names the column. */
export interface RowIssue {
  field?: string;
  value?: string;
  reason: LocalizedText;
  severity: 'error' | 'warning';
}

/** What reading and placing records needs, made once per import. */
export interface ImportContext {
  countyId: string;
  regions: readonly Region[];
  fields: FieldContext;
  placer: AddressPlacer;
  /** The day the file's statuses describe (导出日期), when the import was given one. */
  exportDate?: string;
}

export type CellsByField = Readonly<Partial<Record<string, string>>>;

export interface ParsedRow {
  document?: RecordDocument;
  issues: RowIssue[];
}

/** Reads one row, given as cells by field key, into a checked document. */
export type RowReader = (cells: CellsByField, context: ImportContext) => ParsedRow;

/**
 * How one register is read from a file, checked, keyed, placed, merged and written back out.
 * The import engine, the edit form and the exports all go through it, so a record is validated
 * the same way however it arrives.
 */
export interface RegisterAdapter {
  kind: RegisterKind;
  definition: RegisterDefinition;
  /** The columns to look for, given the file's header (a PatentsView table has its own). */
  columns(headers: readonly string[]): readonly RegisterField[];
  /**
   * The reader of one file's rows, made once per import: `present` names the fields its header
   * has (the only cells read), `units` the units its headers name.
   */
  reader(present: readonly string[], units: CellsByField): RowReader;
  key(document: RecordDocument): string;
  stage(document: RecordDocument, context: ImportContext): StagedRecord;
  /** A later row for the same record merged into the earlier; `conflicts` names what disagreed. */
  merge(earlier: RecordDocument, later: RecordDocument): { document: RecordDocument; conflicts: string[] };
  /**
   * Records are meant to span several rows (an enterprise with several certificates): no warning
   * when they do. A function decides for the rows of one record (a patent's A and B publications).
   */
  repeatsExpected?: boolean | ((documents: readonly RecordDocument[]) => boolean);
  /** When set, an incoming record is merged into the stored one instead of replacing it. */
  mergeStored?(stored: RecordDocument, incoming: RecordDocument): RecordDocument;
  /** The record as template rows (cells by field key): what an export writes and the edit form shows. */
  toCells(document: RecordDocument, context: CellContext): Record<string, string>[];
}

export interface GenericHooks {
  /** Further checks and normalisation once every cell has been read. */
  check?(document: RecordDocument, issues: RowIssue[], context: ImportContext): void;
  /** Values of fields left empty. */
  defaults?: Readonly<Record<string, FieldValue>>;
  /** The natural key; by default the key fields' values joined. */
  key?(document: RecordDocument): string;
  /** The field holding the address a record is placed by, and the one naming its country. */
  addressField?: string;
  countryField?: string;
  mergeStored?: RegisterAdapter['mergeStored'];
  toCells?: RegisterAdapter['toCells'];
}

export const error = (field: string | undefined, reason: LocalizedText, value?: string): RowIssue => ({
  ...(field ? { field } : {}),
  ...(value !== undefined ? { value } : {}),
  reason,
  severity: 'error',
});

export const warning = (field: string | undefined, reason: LocalizedText, value?: string): RowIssue => ({
  ...(field ? { field } : {}),
  ...(value !== undefined ? { value } : {}),
  reason,
  severity: 'warning',
});

/** Reads each present cell by its field's type (see parseFieldValue). */
export function parseCells(fields: readonly RegisterField[], cells: CellsByField, units: CellsByField, context: FieldContext): ParsedRow {
  const document: RecordDocument = {};
  const issues: RowIssue[] = [];
  for (const field of fields) {
    const raw = cells[field.key];
    if (raw === undefined) continue;
    // Only counts and amounts are read in the unit a header names.
    const unit = field.type === 'integer' || field.type === 'amount' ? units[field.key] : undefined;
    const parsed = parseFieldValue(field, raw, context, unit);
    if (!parsed.ok) issues.push(error(field.key, parsed.reason, raw));
    else if (parsed.value !== undefined) document[field.key] = parsed.value;
  }
  return { document, issues };
}

/**
 * parseCells for the rows of one file: the fields its header lacks are left out once, not looked
 * up in every row. Fields are read in the register's order, whatever the file's column order.
 */
export function cellReader(fields: readonly RegisterField[], present: readonly string[], units: CellsByField): (cells: CellsByField, context: FieldContext) => ParsedRow {
  const given = new Set(present);
  const read = fields
    .filter((field) => given.has(field.key))
    .map((field) => ({ field, unit: field.type === 'integer' || field.type === 'amount' ? units[field.key] : undefined }));
  return (cells, context) => {
    const document: RecordDocument = {};
    const issues: RowIssue[] = [];
    for (const { field, unit } of read) {
      const raw = cells[field.key];
      if (raw === undefined) continue;
      const parsed = parseFieldValue(field, raw, context, unit);
      if (!parsed.ok) issues.push(error(field.key, parsed.reason, raw));
      else if (parsed.value !== undefined) document[field.key] = parsed.value;
    }
    return { document, issues };
  };
}

/** One record on its own (the edit form): read as a file holding just its cells would be. */
export function parseRecord(adapter: RegisterAdapter, cells: CellsByField, units: CellsByField, context: ImportContext): ParsedRow {
  return adapter.reader(Object.keys(cells), units)(cells, context);
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value));

export function keyOf(definition: RegisterDefinition, document: RecordDocument): string {
  return definition.keyFields.map((key) => text(document[key]).trim()).join('|');
}

/** Where a record lies: its town column, else its address, else the county. */
export function placeRecord(document: RecordDocument, context: ImportContext, hooks: Pick<GenericHooks, 'addressField' | 'countryField'>): RecordPlacement {
  const address = hooks.addressField ? (document[hooks.addressField] as string | undefined) : undefined;
  const region = document.region as string | undefined;
  // A town named outright wins over the address, and manual address assignments leave it alone.
  if (region) return { region, attribution: 'attributed', address: address ?? null, addressKey: null, note: 'town column' };
  return context.placer.place(address, hooks.countryField ? (document[hooks.countryField] as string | undefined) : undefined);
}

export function dateColumn(definition: RegisterDefinition, document: RecordDocument): string | null {
  if (!definition.dateField) return null;
  const value = document[definition.dateField];
  if (typeof value === 'number') return `${value}-12-31`;
  return typeof value === 'string' ? value : null;
}

/** Field by field: a later value fills a gap or replaces a different earlier one, which is reported. */
export function mergeFieldwise(definition: RegisterDefinition, earlier: RecordDocument, later: RecordDocument): { document: RecordDocument; conflicts: string[] } {
  const document: RecordDocument = { ...earlier };
  const conflicts: string[] = [];
  for (const [key, value] of Object.entries(later)) {
    const before = document[key];
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(value)) {
      const label = definition.fields.find((f) => f.key === key)?.labels[0] ?? key;
      conflicts.push(`${label}: ${text(before)} → ${text(value)}`);
    }
    document[key] = value;
  }
  return { document, conflicts };
}

export function cellsOf(definition: RegisterDefinition, document: RecordDocument, context: CellContext): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const field of definition.fields) cells[field.key] = formatFieldValue(field, document[field.key] as FieldValue | undefined, context);
  return cells;
}

/** A register read field by field, with its own checks in `hooks`. */
export function genericAdapter(kind: RegisterKind, definition: RegisterDefinition, hooks: GenericHooks = {}): RegisterAdapter {
  return {
    kind,
    definition,
    columns: () => definition.fields,
    reader(present, units) {
      const readCells = cellReader(definition.fields, present, units);
      return (cells, context) => {
        const parsed = readCells(cells, context.fields);
        const document = parsed.document ?? {};
      for (const [key, value] of Object.entries(hooks.defaults ?? {})) if (document[key] === undefined) document[key] = value;
        hooks.check?.(document, parsed.issues, context);
        return parsed.issues.some((i) => i.severity === 'error') ? { issues: parsed.issues } : { document, issues: parsed.issues };
      };
    },
    key: (document) => (hooks.key ? hooks.key(document) : keyOf(definition, document)),
    stage(document, context) {
      const key = hooks.key ? hooks.key(document) : keyOf(definition, document);
      const category = definition.categoryField ? document[definition.categoryField] : undefined;
      return {
        key,
        document,
        ...placeRecord(document, context, hooks),
        category: typeof category === 'string' ? category : null,
        eventDate: dateColumn(definition, document),
      };
    },
    merge: (earlier, later) => mergeFieldwise(definition, earlier, later),
    ...(hooks.mergeStored ? { mergeStored: hooks.mergeStored } : {}),
    toCells: hooks.toCells ?? ((document, context) => [cellsOf(definition, document, context)]),
  };
}

/** Two dates out of order: `later` must not precede `earlier`. */
export function checkOrder(document: RecordDocument, issues: RowIssue[], earlier: string, later: string, labels: { zh: string; en: string }): void {
  const from = document[earlier];
  const to = document[later];
  if (typeof from === 'string' && typeof to === 'string' && to < from)
    issues.push(error(later, { zh: `${labels.zh}（${to}）早于开始日期（${from}）`, en: `${labels.en} (${to}) is before the start (${from})` }, to));
}

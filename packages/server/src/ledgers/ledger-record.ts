import {
  checkLedgerRecord,
  ledgerCatalog,
  ledgerRecordKey,
  meetingKeyOf,
  parseFieldValue,
  yearOf,
  type FieldValue,
  type LedgerDocument,
  type LedgerIssue,
  type LedgerKind,
} from '@ipcounty/domain';
import type { LedgerContext } from './ledger-context.js';
import type { LedgerWrite } from './ledger.repository.js';

/** Cells by field key → the record, each cell read by its field's type, then the ledger's own checks. */
export function readLedgerCells(
  kind: LedgerKind,
  cells: Readonly<Partial<Record<string, string>>>,
  units: Readonly<Partial<Record<string, string>>>,
  context: LedgerContext,
): { document: LedgerDocument | null; issues: LedgerIssue[] } {
  const definition = ledgerCatalog[kind];
  const issues: LedgerIssue[] = [];
  const document: LedgerDocument = {};
  for (const field of definition.fields) {
    const raw = cells[field.key] ?? '';
    const parsed = parseFieldValue(field, raw, context.fields, units[field.key]);
    if (!parsed.ok) issues.push({ field: field.key, value: raw, reason: parsed.reason, severity: 'error' });
    else if (parsed.value !== undefined) document[field.key] = parsed.value;
  }
  if (issues.length > 0) return { document: null, issues };
  const checked = checkLedgerRecord(kind, document, context.references);
  return { document: checked.document, issues: checked.issues };
}

/** Where a record lies: its own town, or for a decision its meeting's. */
export function regionOfRecord(kind: LedgerKind, document: LedgerDocument, context: LedgerContext): string | null {
  if (kind === 'decisions') return context.meetingRegions.get(meetingKeyOf(String(document.meetingOn), String(document.meetingTitle))) ?? null;
  return typeof document.region === 'string' ? document.region : null;
}

const text = (value: FieldValue | undefined) => (value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value));

/** The row written for a checked record: key, list columns, search text and links. */
export function ledgerWriteOf(kind: LedgerKind, document: LedgerDocument, context: LedgerContext, options: { recordId: string; demo: boolean }): LedgerWrite {
  const definition = ledgerCatalog[kind];
  const key = ledgerRecordKey(definition, document);
  const date = definition.dateField ? document[definition.dateField] : undefined;
  const year = definition.yearField ? document[definition.yearField] : undefined;
  const titleField = definition.fields.find((f) => f.key === definition.titleField);
  const titleValue = document[definition.titleField];
  const title = titleField?.options ? (titleField.options.find((o) => o.value === titleValue)?.zh ?? text(titleValue)) : text(titleValue);
  const workItems = [...((document.workItems as string[] | undefined) ?? []), ...(typeof document.workItemId === 'string' ? [document.workItemId] : [])];
  return {
    recordId: options.recordId,
    recordKey: key,
    title: title || key,
    region: regionOfRecord(kind, document, context),
    category: definition.categoryField && document[definition.categoryField] !== undefined ? text(document[definition.categoryField]) : null,
    recordDate: typeof date === 'string' ? date : null,
    year: typeof year === 'number' ? year : typeof date === 'string' ? yearOf(date) : null,
    searchText: [key, ...definition.searchFields.map((f) => text(document[f]))].join(' ').toLowerCase(),
    document: JSON.stringify(document),
    demo: options.demo,
    tasks: ((document.tasks as string[] | undefined) ?? []).map(Number),
    workItems,
  };
}

import { randomUUID } from 'node:crypto';
import {
  budgetLineKey,
  ledgerCatalog,
  ledgerRecordKey,
  meetingKeyOf,
  overruns,
  type LedgerDocument,
  type LedgerIssue,
  type LedgerKind,
  variantParam,
} from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { loadLedgerContext, type LedgerContext } from './ledger-context.js';
import { ledgerWriteOf, readLedgerCells } from './ledger-record.js';
import { ledgerRepository, type LedgerRow } from './ledger.repository.js';

/** Values a record gets from the system, not from its sheet: what a decision became. */
const SYSTEM_FIELDS = ['workItemId', 'rectificationId'] as const;

/** An edited or re-imported decision keeps the work item or rectification item it became. */
export function keepSystemFields(kind: LedgerKind, before: LedgerDocument, after: LedgerDocument): LedgerDocument {
  if (kind !== 'decisions') return after;
  const kept: LedgerDocument = { ...after };
  for (const key of SYSTEM_FIELDS) if (before[key] !== undefined) kept[key] = before[key];
  return kept;
}

export interface SaveLedgerRecordProps extends CommandProps {
  kind: LedgerKind;
  /** Absent: a new record. */
  recordId?: string;
  /** Cells by field key, written as in the template. */
  cells: Readonly<Record<string, string>>;
  /** The regions the user may write; undefined for all, county-wide rows included. */
  scope?: readonly string[];
}

const inScope = (scope: readonly string[] | undefined, region: string | null) => !scope || (region !== null && scope.includes(region));

/**
 * 维护台账: adds or changes one ledger row, checked exactly as an imported row is (the same cell
 * rules and references), inside the user's data scope, audited with the row before and after.
 */
export async function saveLedgerRecord({ ctx, countyId, user, kind, recordId, cells, scope }: SaveLedgerRecordProps): Promise<{ record: LedgerRow; created: boolean; warnings: LedgerIssue[] }> {
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const context = await loadLedgerContext(tx, countyId);
    const before = recordId ? await ledgerRepository.get(tx, kind, countyId, recordId) : undefined;
    if (recordId && (!before || !inScope(scope, before.region))) throw notFound('record', recordId);
    const read = readLedgerCells(kind, cells, {}, context);
    const errors = read.issues.filter((i) => i.severity === 'error');
    if (!read.document || errors.length > 0) throw new AppError(422, 'invalid_record', `The record has errors and was not saved`, errors);
    const document = before ? keepSystemFields(kind, JSON.parse(before.document) as LedgerDocument, read.document) : read.document;
    const write = ledgerWriteOf(kind, document, context, { recordId: before?.record_id ?? randomUUID(), demo: before ? Number(before.demo) === 1 : false });
    if (!inScope(scope, write.region)) throw new AppError(403, 'forbidden', `This record lies outside your data scope`, undefined, { [variantParam]: 'outside-scope' });
    const clash = (await ledgerRepository.idsByKey(tx, kind, countyId)).get(write.recordKey);
    if (clash && clash.recordId !== write.recordId)
      throw new AppError(409, 'duplicate_record', `A record with the same key exists (${write.recordKey})`, undefined, { recordKey: write.recordKey });
    if (kind === 'fund-disbursements' || kind === 'fund-allocations') await refuseOverrun(tx, kind, countyId, document, write.recordKey, context);
    await ledgerRepository.save(tx, kind, countyId, write, { at, by: user.audit.name }, !!before);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'registers.changed',
      entity: `ledger:${kind}`,
      entityId: write.recordId,
      ...(before ? { before: JSON.parse(before.document) as LedgerDocument } : {}),
      after: document,
      at,
    });
    const record = (await ledgerRepository.get(tx, kind, countyId, write.recordId))!;
    return { record, created: !before, warnings: read.issues.filter((i) => i.severity === 'warning') };
  });
}

/** 超额拨付 / 超预算安排: the record with the other stored ones of its sheet must stay within its allocation or budget line. */
async function refuseOverrun(tx: Executor, kind: 'fund-disbursements' | 'fund-allocations', countyId: string, document: LedgerDocument, key: string, context: LedgerContext): Promise<void> {
  const payments = kind === 'fund-disbursements';
  const keyOf = (d: LedgerDocument) => (payments ? String(d.allocationCode) : budgetLineKey(d.year, d.source, d.purpose));
  const others = [...(await ledgerRepository.idsByKey(tx, kind, countyId))].filter(([k]) => k !== key).map(([, s]) => JSON.parse(s.document) as LedgerDocument);
  const found = overruns(payments ? context.allocationAmounts : context.budgetAmounts, [...others, document].map((d) => ({ key: keyOf(d), amount: Number(d.amount) })))[0];
  if (found)
    throw payments
      ? new AppError(422, 'overrun', `Payments against "${found.key}" would exceed the allocation`, undefined, { [variantParam]: 'payments', allocation: found.key })
      : new AppError(422, 'overrun', 'Allocations would exceed the budget line');
}

/** What still refers to a record: a budget line's allocations and targets, an allocation's payments, a meeting's decisions. */
async function dependants(tx: Executor, kind: LedgerKind, countyId: string, document: LedgerDocument): Promise<number> {
  const count = async (of: LedgerKind, refers: (d: LedgerDocument) => boolean) =>
    (await ledgerRepository.all(tx, of, countyId)).filter((row) => refers(JSON.parse(row.document) as LedgerDocument)).length;
  const line = budgetLineKey(document.year, document.source, document.purpose);
  switch (kind) {
    case 'fund-budgets':
      return (await count('fund-allocations', (d) => budgetLineKey(d.year, d.source, d.purpose) === line)) + (await count('fund-targets', (d) => budgetLineKey(d.year, d.source, d.purpose) === line));
    case 'fund-allocations':
      return count('fund-disbursements', (d) => d.allocationCode === document.code);
    case 'meetings':
      return count('decisions', (d) => meetingKeyOf(String(d.meetingOn), String(d.meetingTitle)) === meetingKeyOf(String(document.heldOn), String(document.title)));
    default:
      return 0;
  }
}

/** Deletes a ledger row (audited), unless other rows still refer to it. */
export async function deleteLedgerRecord({ ctx, countyId, user, kind, recordId, scope }: CommandProps & { kind: LedgerKind; recordId: string; scope?: readonly string[] }): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const before = await ledgerRepository.get(tx, kind, countyId, recordId);
    if (!before || !inScope(scope, before.region)) throw notFound('record', recordId);
    const document = JSON.parse(before.document) as LedgerDocument;
    const referring = await dependants(tx, kind, countyId, document);
    if (referring > 0) throw new AppError(409, 'in_use', `${referring} records still refer to it`, undefined, { referring });
    await ledgerRepository.remove(tx, kind, countyId, recordId);
    await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'registers.changed', entity: `ledger:${kind}`, entityId: recordId, before: document, details: { key: ledgerRecordKey(ledgerCatalog[kind], document), deleted: true }, at });
  });
}

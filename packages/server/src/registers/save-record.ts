import { missingRequiredCells, type AuditJsonValue, type RegisterKind, variantParam } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inBulkTransaction } from '../database/bulk-load.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { registerAdapters } from './adapters/record-adapters.js';
import { parseRecord } from './adapters/register-adapter.js';
import { loadImportContext } from './import/import-context.js';
import { refreshPatentFacts } from './patents/patent-facts.repository.js';
import { compareColumns, registerTableOf, rowValues, stagedValues, writeColumns, type RecordDocument } from './register-record.js';
import { registerRepository } from './register.repository.js';
import { bumpRegistersVersion } from './registers-version.js';
import { assertRecordWithinScope, type WriteScope } from './write-scope.js';

export interface SaveRecordProps extends CommandProps {
  kind: RegisterKind;
  /** The record edited; absent to add a new one. */
  key?: string;
  /** The record as template cells by field key, as the edit form sends it. */
  cells: Readonly<Record<string, string>>;
  /** The user's data scope for writing (数据范围); the whole county when left out. */
  scope?: WriteScope;
}

/** A problem with a field of the edit form, in both languages. */
export interface FieldProblem {
  field?: string;
  value?: string;
  zh: string;
  en: string;
  severity: 'error' | 'warning';
}

/**
 * Adds or changes one record (编辑台账). The form's cells go through the same reading, checks and
 * placement as a row of an imported file; the change is recorded in the audit log with the record
 * before and after, and bumps the registers' version. A record's key fields cannot change: a new
 * key is a new record.
 */
export async function saveRecord(props: SaveRecordProps): Promise<{ key: string; created: boolean; warnings: FieldProblem[] }> {
  const { ctx, countyId, user, kind } = props;
  const { handle } = ctx;
  const adapter = registerAdapters[kind];
  // The shared register validation: what a file's header must name, a record on its own must fill in.
  const missing = missingRequiredCells(adapter.columns([]), props.cells);
  if (missing.length > 0) {
    const details = missing.map((m) => ({ field: m.field, ...m.reason, severity: 'error' as const }));
    throw new AppError(400, 'invalid_record', `The record lacks required fields and was not saved`, details, { [variantParam]: 'required' });
  }
  const context = await loadImportContext(handle.db, countyId);
  const parsed = parseRecord(adapter, props.cells, {}, context);
  const problems: FieldProblem[] = parsed.issues.map((i) => ({ ...(i.field ? { field: i.field } : {}), ...(i.value !== undefined ? { value: i.value } : {}), ...i.reason, severity: i.severity }));
  if (!parsed.document || problems.some((p) => p.severity === 'error')) {
    throw new AppError(422, 'invalid_record', `The record has errors and was not saved`, problems.filter((p) => p.severity === 'error'));
  }
  let document: RecordDocument = parsed.document;
  const key = adapter.key(document);
  if (props.key !== undefined && key !== props.key) {
    throw new AppError(422, 'key_changed', `The key fields cannot change; add a new record instead`);
  }
  const at = ctx.clock.now().toISOString();
  return inBulkTransaction(handle, async (session) => {
    const before = await registerRepository.get(session.db, kind, countyId, key);
    if (props.key !== undefined && !before) throw notFound('record', props.key);
    if (props.key === undefined && before) throw new AppError(409, 'record_exists', `Record ${key} already exists`, undefined, { key });
    const stored = before ? (JSON.parse(before.document) as RecordDocument) : undefined;
    if (stored && adapter.mergeStored) document = adapter.mergeStored(stored, document);
    const staged = adapter.stage(document, context);
    await assertRecordWithinScope(session.db, { kind, countyId, scope: props.scope ?? { regions: null }, key, newRegion: staged.region });
    const writer = session.upsert({ table: registerTableOf[kind], columns: writeColumns(kind), keyColumns: ['county_id', 'record_key'], onConflict: { update: 'if-changed', compareColumns } });
    await writer.add(rowValues(stagedValues(staged), { countyId, demo: false, importId: null, at, by: user.audit.name }));
    const changed = await writer.finish();
    if (changed === 0) return { key, created: false, warnings: problems };
    if (kind === 'patents') await refreshPatentFacts(session, countyId, { keys: [key] });
    await recordAudit(session.db, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'registers.changed',
      entity: kind,
      entityId: key,
      before: (stored ?? null) as AuditJsonValue,
      after: document as AuditJsonValue,
      details: { change: before ? 'edited' : 'created' },
      at,
    });
    await bumpRegistersVersion(session.db, countyId, at);
    return { key, created: !before, warnings: problems };
  });
}

export async function deleteRecord(props: Omit<SaveRecordProps, 'cells' | 'key'> & { key: string }): Promise<void> {
  const { ctx, countyId, user, kind, key } = props;
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const before = await registerRepository.get(tx, kind, countyId, key);
    if (!before) throw notFound('record', key);
    await registerRepository.remove(tx, kind, countyId, key);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'registers.changed',
      entity: kind,
      entityId: key,
      before: JSON.parse(before.document) as AuditJsonValue,
      after: null,
      details: { change: 'deleted' },
      at,
    });
    await bumpRegistersVersion(tx, countyId, at);
  });
}

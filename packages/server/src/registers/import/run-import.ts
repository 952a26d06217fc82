import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ImportCounts, ImportKind, ImportProgress, LocalizedText, RegisterField, RowProblem } from '@ipcounty/domain';
import type { AuditActor } from '../../audit/audit-actor.js';
import type { AuditTrail } from '../../audit/audit-trail.js';
import { recordAudit } from '../../audit/record-audit.js';
import { inBulkTransaction, type BulkSession, type BulkTextValue, type BulkValue } from '../../database/bulk-load.js';
import type { DatabaseHandle } from '../../database/connection.js';
import { inWriteTransaction } from '../../database/transactions.js';
import { matchHeaders, type ColumnSpec } from '../../files/header-matching.js';
import { TableFileError } from '../../files/table-file-error.js';
import type { Clock } from '../../shared/clock.js';
import { registerAdapters } from '../adapters/record-adapters.js';
import type { ImportContext } from '../adapters/register-adapter.js';
import { eventColumns } from '../patents/legal-events.js';
import { refreshPatentFacts } from '../patents/patent-facts.repository.js';
import { compareColumns, contentColumns, DOCUMENT_INDEX, hash53, registerTableOf, rowValues, stagedValues, writeColumns, type RecordDocument } from '../register-record.js';
import { bumpRegistersVersion } from '../registers-version.js';
import { DuplicateKeys } from './duplicate-keys.js';
import { buildImportContext, loadImportContextData, type ImportContextData } from './import-context.js';
import { inThreadStager, workerStager, type BatchStager } from './batch-stager.js';
import { fieldsOf, type StagedBatch, type StagingSetup } from './stage-rows.js';
import { importHistoryRepository } from './import-history.repository.js';
import { fingerprint, openImportTable, type ImportInput, type ImportTable } from './import-source.js';
import { createStagingFile, type StagingFile } from './staging-file.js';

export interface RunImportProps {
  handle: DatabaseHandle;
  audit: AuditTrail;
  clock: Clock;
  actor: AuditActor;
  countyId: string;
  kind: ImportKind;
  input: ImportInput;
  /** Most data rows accepted (the reader's default is 100,000; the CLI may allow more). */
  maxRows?: number;
  /** Marks every record written as 示例数据. */
  demo?: boolean;
  /** The regions the user may write (数据范围); undefined for all. */
  scope?: readonly string[];
  /** Given when the caller created the history entry already (the web's import jobs). */
  importId?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportOutcome extends ImportCounts {
  importId: string;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  status: 'committed' | 'refused';
  /** Every problem, errors and warnings, up to MAX_PROBLEMS. */
  problems: RowProblem[];
  /** Problems beyond MAX_PROBLEMS, counted but not listed. */
  problemsNotListed: number;
  /** A reason the whole file was refused (empty file, wrong encoding, too many rows…). */
  message: LocalizedText | null;
}

/** Problems listed at most; a file with more still counts them all. */
export const MAX_PROBLEMS = 100_000;
const PROGRESS_EVERY = 5000;

/** A row problem that is about the file as a whole (row 0). */
const FILE_ROW = 0;

interface Reading {
  counts: ImportCounts;
  problems: RowProblem[];
  problemsNotListed: number;
  message: LocalizedText | null;
  staged: StagingFile;
  duplicates: DuplicateKeys;
}

/**
 * Imports one file into one register (or the patents' legal events), in two steps:
 * 1. read and check every row, staging the checked records in a temporary file: nothing is
 *    written while any problem is being found, and the answer lists every one of them;
 * 2. if no row has an error, write everything in one transaction through the bulk loader
 *    (upsert by natural key: a re-import of the same file changes nothing), record the import
 *    in the history and the audit log, and bump the registers' version.
 * A file with any error changes nothing but the history, which records the refusal.
 */
export async function runImport(props: RunImportProps): Promise<ImportOutcome> {
  const { handle, clock, countyId, kind, input } = props;
  const print = await fingerprint(input);
  const importId = props.importId ?? randomUUID();
  const demo = props.demo ?? false;
  if (!props.importId) {
    await importHistoryRepository.start(handle.db, countyId, {
      importId,
      kind,
      fileName: input.fileName,
      sha256: print.sha256,
      sizeBytes: print.sizeBytes,
      demo,
      actorId: props.actor.id,
      actorName: props.actor.name,
      at: clock.now().toISOString(),
    });
  }
  const base = { importId, kind, fileName: input.fileName, sha256: print.sha256 };
  props.onProgress?.({ phase: 'reading', rowsRead: 0, rowsExpected: print.lines === null ? null : Math.max(print.lines - 1, 0), written: 0, toWrite: 0 });
  let reading: Reading | undefined;
  try {
    const data = await loadImportContextData(handle.db, countyId);
    const context = buildImportContext(data);
    reading = await readAndStage(props, data, print.lines);
    if (reading.counts.errorCount > 0 || reading.message) {
      const outcome: ImportOutcome = { ...base, ...reading.counts, status: 'refused', problems: reading.problems, problemsNotListed: reading.problemsNotListed, message: reading.message };
      await recordRefusal(props, outcome, print.sizeBytes);
      props.onProgress?.({ phase: 'done', rowsRead: reading.counts.rowsRead, rowsExpected: print.lines, written: 0, toWrite: 0 });
      return outcome;
    }
    const written = await writeStaged(props, context, reading, importId, print.sizeBytes, print.sha256);
    props.onProgress?.({ phase: 'done', rowsRead: reading.counts.rowsRead, rowsExpected: print.lines, written: written.counts.records, toWrite: written.counts.records });
    return { ...base, ...written.counts, status: 'committed', problems: written.problems, problemsNotListed: reading.problemsNotListed, message: null };
  } catch (error) {
    await markFailed(props, importId, error);
    throw error;
  } finally {
    await reading?.staged.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Step 1: read, check, stage

class ProblemList {
  readonly items: RowProblem[] = [];
  notListed = 0;
  errors = 0;
  warnings = 0;

  add(problem: RowProblem): void {
    if (problem.severity === 'error') this.errors += 1;
    else this.warnings += 1;
    if (this.items.length < MAX_PROBLEMS) this.items.push(problem);
    else this.notListed += 1;
  }
}

function specOf(fields: readonly RegisterField[]): ColumnSpec[] {
  return fields.map((f) => ({ key: f.key, labels: f.labels, required: f.required ?? false }));
}

function headerUnitProblems(fields: readonly RegisterField[], units: Partial<Record<string, string>>, columns: Partial<Record<string, string>>, headerRow: number): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const field of fields) {
    const unit = units[field.key];
    if (!unit) continue;
    const known = field.type === 'amount' ? ['元', '万元', '亿元'].includes(unit) : field.units ? unit in field.units : true;
    if (!known) {
      const accepted = field.type === 'amount' ? '元、万元、亿元' : Object.keys(field.units ?? {}).join('、');
      problems.push({
        row: headerRow,
        column: columns[field.key] ?? field.labels[0] ?? field.key,
        value: unit,
        reason: { zh: `列名中的单位“${unit}”无法识别，可用：${accepted}`, en: `The unit "${unit}" in the header is not recognised; use ${accepted}` },
        severity: 'error',
      });
    }
  }
  return problems;
}

/** Files this long are checked by worker threads (starting them costs more than small files take). */
const WORKER_THRESHOLD_ROWS = 20_000;

async function readAndStage(props: RunImportProps, data: ImportContextData, lines: number | null): Promise<Reading> {
  const problems = new ProblemList();
  const staged = await createStagingFile();
  const duplicates = new DuplicateKeys();
  const counts = { rowsRead: 0, records: 0, inserted: 0, updated: 0, unchanged: 0, errorCount: 0, warningCount: 0 };
  const rowsExpected = lines === null ? null : Math.max(lines - 1, 0);
  let message: LocalizedText | null = null;
  let table: ImportTable | undefined;
  let stager: BatchStager | undefined;

  const finish = (): Reading => {
    counts.errorCount = problems.errors;
    counts.warningCount = problems.warnings;
    return { counts, problems: problems.items, problemsNotListed: problems.notListed, message, staged, duplicates };
  };
  const consume = async (batch: StagedBatch) => {
    for (const problem of batch.problems) problems.add(problem);
    duplicates.addHashes(batch.keyHashes);
    await staged.appendText(batch.text, batch.count);
  };

  try {
    table = await openImportTable(props.input, props.maxRows);
    const fields = fieldsOf(props.kind, table.headers);
    const match = matchHeaders(table.headers, specOf(fields), { headerRowNumber: table.headerRowNumber });
    for (const problem of [...match.problems, ...headerUnitProblems(fields, match.units, match.columns, table.headerRowNumber)]) problems.add(problem);
    for (const header of match.unknown) {
      problems.add({
        row: table.headerRowNumber,
        column: header,
        reason: { zh: `未识别的列“${header}”，该列未导入`, en: `Column "${header}" is not one this register reads; it was ignored` },
        severity: 'warning',
      });
    }
    if (problems.errors > 0) {
      await table.close();
      return finish();
    }

    const setup: StagingSetup = { kind: props.kind, headers: table.headers, columns: match.columns, units: match.units, scope: props.scope ?? null };
    const large = rowsExpected === null ? !('rows' in props.input) : rowsExpected > WORKER_THRESHOLD_ROWS;
    stager = (large ? workerStager(setup, data) : null) ?? inThreadStager(setup, data);
    const pending: Promise<StagedBatch>[] = [];
    let reported = 0;
    for await (const batch of table.batches()) {
      counts.rowsRead += batch.length;
      pending.push(stager.stage(batch));
      if (pending.length >= stager.parallel) await consume(await pending.shift()!);
      if (counts.rowsRead - reported >= PROGRESS_EVERY) {
        reported = counts.rowsRead;
        props.onProgress?.({ phase: 'reading', rowsRead: counts.rowsRead, rowsExpected, written: 0, toWrite: 0 });
      }
    }
    while (pending.length > 0) await consume(await pending.shift()!);
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error;
    message = error.reason;
    problems.add({ row: FILE_ROW, reason: error.reason, severity: 'error' });
    await table?.close();
  } finally {
    await stager?.close();
  }
  await staged.close();
  counts.records = staged.count;
  props.onProgress?.({ phase: 'reading', rowsRead: counts.rowsRead, rowsExpected: counts.rowsRead, written: 0, toWrite: 0 });
  return finish();
}

// ---------------------------------------------------------------------------------------------
// Step 2: write in one transaction

async function countRows(session: BulkSession, table: string, countyId: string): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where county_id = ${countyId}`.execute(session.db);
  return Number(result.rows[0]?.n ?? 0);
}

async function writeStaged(
  props: RunImportProps,
  context: ImportContext,
  reading: Reading,
  importId: string,
  sizeBytes: number,
  sha256: string,
): Promise<{ counts: ImportCounts; problems: RowProblem[] }> {
  const { handle, clock, countyId, kind, actor } = props;
  const at = clock.now().toISOString();
  const stamp = { countyId, demo: props.demo ?? false, importId, at, by: actor.name };
  const problems = [...reading.problems];
  const counts = { ...reading.counts };
  const toWrite = reading.staged.count;
  let written = 0;
  const progress = () => {
    written += 1;
    if (written % PROGRESS_EVERY === 0) props.onProgress?.({ phase: 'writing', rowsRead: counts.rowsRead, rowsExpected: counts.rowsRead, written, toWrite });
  };

  return inBulkTransaction(handle, async (session) => {
    let changed: number;
    if (kind === 'legal-events') {
      const writer = session.upsert({
        table: 'register_patent_events',
        columns: ['county_id', ...eventColumns, 'demo', 'import_id'],
        keyColumns: ['county_id', 'application_key', 'event_date', 'category', 'raw_name'],
        onConflict: { update: 'never' },
      });
      const values: BulkValue[] = [countyId, ...eventColumns.map(() => null), stamp.demo ? 1 : 0, importId];
      for await (const lines of reading.staged.readChunks()) {
        for (const { head } of lines) {
          for (let i = 1; i < head.length; i++) values[i] = head[i] as BulkValue;
          const wait = writer.add(values);
          if (wait) await wait;
          progress();
        }
      }
      changed = await writer.finish();
      counts.inserted = changed;
      counts.unchanged = toWrite - changed;
      await refreshPatentFacts(session, countyId, { eventsImportId: importId });
      const orphans = await eventsWithoutPatent(session, countyId, importId);
      if (orphans > 0) {
        problems.push({
          row: FILE_ROW,
          reason: {
            zh: `${orphans} 件专利的法律事件已导入，但专利台账中还没有这些专利；导入专利后即可用于判断法律状态`,
            en: `Events of ${orphans} patents not in the patent register were stored; they apply once those patents are imported`,
          },
          severity: 'warning',
        });
        counts.warningCount += 1;
      }
    } else {
      const adapter = registerAdapters[kind];
      const table = registerTableOf[kind];
      const before = await countRows(session, table, countyId);
      const writer = session.upsert({
        table,
        columns: writeColumns(kind),
        keyColumns: ['county_id', 'record_key'],
        onConflict: { update: 'if-changed', compareColumns },
        // The staged document goes from the staging file to the database as bytes, never decoded.
        utf8Columns: ['document'],
      });
      const repeated = reading.duplicates.repeated();
      const held = new Map<string, { rows: number[]; documents: RecordDocument[] }>();
      const hold = (key: string, row: number, document: RecordDocument) => {
        const entry = held.get(key) ?? { rows: [], documents: [] };
        entry.rows.push(row);
        entry.documents.push(document);
        held.set(key, entry);
      };
      // One row array for every staged line (the writer does not keep it): the bookkeeping values
      // stay in place, the content values are copied over from each line's head.
      const values: BulkTextValue[] = rowValues(contentColumns(kind).map(() => null), stamp);
      for await (const lines of reading.staged.readChunks()) {
        for (const { head, tail } of lines) {
          const key = head[1] as string;
          if (repeated.has(hash53(key)) || adapter.mergeStored) {
            hold(key, head[0] as number, JSON.parse(tail ? tail.toString('utf8') : '{}') as RecordDocument);
            continue;
          }
          for (let i = 1; i < head.length; i++) values[i - 1] = head[i] as BulkValue;
          values[DOCUMENT_INDEX] = tail ?? null;
          // Awaited only when the writer hands back a promise (PostgreSQL): no microtask per SQLite row.
          const wait = writer.add(values);
          if (wait) await wait;
          progress();
        }
      }
      const stored = adapter.mergeStored ? await storedDocuments(session, table, countyId, [...held.keys()]) : new Map<string, RecordDocument>();
      for (const [key, entry] of held) {
        let document = entry.documents[0]!;
        const conflicts: string[] = [];
        for (const later of entry.documents.slice(1)) {
          const merged = adapter.merge(document, later);
          document = merged.document;
          conflicts.push(...merged.conflicts);
        }
        if (entry.rows.length > 1) {
          counts.records -= entry.rows.length - 1;
          for (const row of adapter.repeatsExpected ? [] : entry.rows.slice(1)) {
            problems.push(duplicateWarning(kind, key, entry.rows[0]!, row, conflicts));
            counts.warningCount += 1;
          }
        }
        const previous = stored.get(key);
        if (previous && adapter.mergeStored) document = adapter.mergeStored(previous, document);
        await writer.add(rowValues(stagedValues(adapter.stage(document, context)), stamp));
        progress();
      }
      changed = await writer.finish();
      const after = await countRows(session, table, countyId);
      counts.inserted = after - before;
      counts.updated = changed - counts.inserted;
      counts.unchanged = counts.records - changed;
      if (kind === 'patents' && changed > 0) await refreshPatentFacts(session, countyId, { patentsImportId: importId });
    }

    await importHistoryRepository.finish(session.db, countyId, importId, { status: 'committed', at: clock.now().toISOString(), counts, problems, sha256, sizeBytes });
    await recordAudit(session.db, props.audit, {
      countyId,
      actor,
      action: 'imports.committed',
      entity: 'import',
      entityId: importId,
      details: { kind, fileName: props.input.fileName, sha256, rows: counts.rowsRead, records: counts.records, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, warnings: counts.warningCount, demo: stamp.demo },
      at,
    });
    if (changed > 0) await bumpRegistersVersion(session.db, countyId, at);
    return { counts, problems };
  });
}

function duplicateWarning(kind: ImportKind, key: string, first: number, row: number, conflicts: readonly string[]): RowProblem {
  const what = kind === 'patents' ? `申请号 ${key}` : `记录 ${key}`;
  const whatEn = kind === 'patents' ? `Application ${key}` : `Record ${key}`;
  const differences = conflicts.length > 0 ? `；不同之处以后出现的为准：${conflicts.join('；')}` : '';
  const differencesEn = conflicts.length > 0 ? `; where they differ the later row wins: ${conflicts.join('; ')}` : '';
  return {
    row,
    value: key,
    reason: { zh: `${what} 与第 ${first} 行重复，已合并为一条${differences}`, en: `${whatEn} repeats row ${first}; the rows were merged into one record${differencesEn}` },
    severity: 'warning',
  };
}

async function storedDocuments(session: BulkSession, table: string, countyId: string, keys: readonly string[]): Promise<Map<string, RecordDocument>> {
  const documents = new Map<string, RecordDocument>();
  for (let start = 0; start < keys.length; start += 500) {
    const batch = keys.slice(start, start + 500);
    const result = await sql<{ record_key: string; document: string }>`select record_key, document from ${sql.table(table)} where county_id = ${countyId} and record_key in (${sql.join(batch)})`.execute(session.db);
    for (const row of result.rows) documents.set(row.record_key, JSON.parse(row.document) as RecordDocument);
  }
  return documents;
}

async function eventsWithoutPatent(session: BulkSession, countyId: string, importId: string): Promise<number> {
  const row = await session.db
    .selectFrom('register_patent_events as e')
    .select((eb) => eb.fn.count<number>('e.application_key').distinct().as('n'))
    .where('e.county_id', '=', countyId)
    .where('e.import_id', '=', importId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('register_patents as p').select('p.record_key').whereRef('p.county_id', '=', 'e.county_id').whereRef('p.record_key', '=', 'e.application_key'))))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Refusals and failures

async function recordRefusal(props: RunImportProps, outcome: ImportOutcome, sizeBytes: number): Promise<void> {
  const at = props.clock.now().toISOString();
  await inWriteTransaction(props.handle, async (tx) => {
    await importHistoryRepository.finish(tx, props.countyId, outcome.importId, {
      status: 'refused',
      at,
      counts: outcome,
      problems: outcome.problems,
      message: outcome.message,
      sha256: outcome.sha256,
      sizeBytes,
    });
    await recordAudit(tx, props.audit, {
      countyId: props.countyId,
      actor: props.actor,
      action: 'imports.failed',
      entity: 'import',
      entityId: outcome.importId,
      outcome: 'failure',
      reason: 'invalid-file',
      details: { kind: props.kind, fileName: outcome.fileName, sha256: outcome.sha256, rows: outcome.rowsRead, errors: outcome.errorCount, warnings: outcome.warningCount },
      at,
    });
  });
}

async function markFailed(props: RunImportProps, importId: string, error: unknown): Promise<void> {
  const at = props.clock.now().toISOString();
  const message = { zh: '导入因内部错误中止，未做任何更改', en: `The import stopped on an internal error and changed nothing: ${error instanceof Error ? error.message : String(error)}` };
  await inWriteTransaction(props.handle, async (tx) => {
    await importHistoryRepository.finish(tx, props.countyId, importId, {
      status: 'failed',
      at,
      counts: { rowsRead: 0, records: 0, inserted: 0, updated: 0, unchanged: 0, errorCount: 1, warningCount: 0 },
      problems: [],
      message,
    });
    await recordAudit(tx, props.audit, {
      countyId: props.countyId,
      actor: props.actor,
      action: 'imports.failed',
      entity: 'import',
      entityId: importId,
      outcome: 'failure',
      reason: 'internal-error',
      details: { kind: props.kind, fileName: props.input.fileName },
      at,
    });
  }).catch(() => undefined);
}

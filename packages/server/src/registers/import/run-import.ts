import { randomUUID } from 'node:crypto';
import { amountUnitOf, grantGuard, layoutHasColumn, patentExportLayoutOf, type ColumnReading, type ImportCounts, type ImportKind, type ImportProgress, type LocalizedText, type RegisterField, type RowProblem } from '@ipcounty/domain';
import { recordAudit } from '../../audit/record-audit.js';
import { inBulkTransaction, type BulkSession } from '../../database/bulk-load.js';
import { inWriteTransaction } from '../../database/transactions.js';
import { fieldColumns, matchHeaders } from '../../files/header-matching.js';
import { TableFileError } from '../../files/table-file-error.js';
import type { TableRow } from '../../files/table-reader.js';
import type { CommandProps } from '../../common/command-context.js';
import type { ImportContext } from '../adapters/register-adapter.js';
import { bumpRegistersVersion } from '../registers-version.js';
import { DuplicateKeys, GRANTED, PRESUMED_LAPSED } from './duplicate-keys.js';
import { buildImportContext, loadImportContextData, type ImportContextData } from './import-context.js';
import { inThreadStager, workerStager, type BatchStager } from './batch-stager.js';
import { readingPipeline, stagedHere, type StagedSource } from './file-pipeline.js';
import { fieldsOf, type StagedBatch, type StagingSetup } from './stage-rows.js';
import { registerAdapters } from '../adapters/record-adapters.js';
import { importHistoryRepository, type ImportReadings } from './import-history.repository.js';
import { fingerprint, openImportTable, type ImportInput, type ImportTable } from './import-source.js';
import { createStagingFile, linesOf, type StagingFile } from './staging-file.js';
import { describeColumns } from './column-readings.js';
import { exportDateOf, presumedLapseWarning } from './export-date.js';
import { writeLegalEvents } from './write-legal-events.js';
import { registerRecordsWriter, writeRegisterRecords, type RegisterRecordsWritten } from './write-register-records.js';
import { OutOfScopeRecords } from '../write-scope.js';

export interface RunImportProps extends CommandProps {
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
  /**
   * 导出日期: the day the file's statuses (专利权状态, 简单法律状态) describe. By default the file's
   * own date (its modification time), else the day of the import.
   */
  exportDate?: string;
  /** The user confirmed a file the guard rails paused (grantGuard): write it anyway. */
  confirmed?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Who checks the rows; by default worker threads for large files, else this thread (tests pass their own). */
  stager?: (setup: StagingSetup, data: ImportContextData, large: boolean) => BatchStager;
}

export interface ImportOutcome extends ImportCounts {
  importId: string;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  /** 'paused': nothing written until a person confirms (the file shows no grants, or far fewer than the last). */
  status: 'committed' | 'refused' | 'paused';
  exportDate: string;
  /** Patents: applications shown granted, and those lapsed by the export date only (推定); null for other kinds. */
  granted: number | null;
  presumedLapses: number | null;
  columns: ColumnReading[];
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
  columns: ColumnReading[];
  /** Patents shown granted, and those lapsed by the export date only (each counted once, by key). */
  granted: number;
  presumed: number;
}

/**
 * Imports one file into one register (or the patents' legal events), in two steps:
 * 1. read and check every row, staging the checked records in a temporary file: nothing is
 *    written while any problem is being found, and the answer lists every one of them;
 * 2. if no row has an error, write everything in one transaction through the bulk loader
 *    (upsert by natural key: a re-import of the same file changes nothing), record the import
 *    in the history and the audit log, and bump the registers' version.
 * A file with any error changes nothing but the history, which records the refusal.
 *
 * Most registers take a faster road to the same result: the records are written in that one
 * transaction while the file is still being read (the workers check the next rows while this
 * thread writes), and the transaction is rolled back when the file turns out to have an error, to
 * need a person's confirmation, or to repeat a key (then the staged records are written the
 * two-step way, which merges repeated rows).
 */
export async function runImport(props: RunImportProps): Promise<ImportOutcome> {
  const { ctx: { handle, clock }, countyId, kind, input } = props;
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
      actorId: props.user.audit.id,
      actorName: props.user.audit.name,
      at: clock.now().toISOString(),
    });
  }
  const exportDate = await exportDateOf(input, props.exportDate, clock);
  const base = { importId, kind, fileName: input.fileName, sha256: print.sha256, exportDate };
  props.onProgress?.({ phase: 'reading', rowsRead: 0, rowsExpected: print.lines === null ? null : Math.max(print.lines - 1, 0), written: 0, toWrite: 0 });
  let reading: Reading | undefined;
  try {
    const data = { ...(await loadImportContextData(handle.db, countyId)), exportDate };
    const context = buildImportContext(data);
    const patents = kind === 'patents';
    const tallyOf = (r: Reading) => ({ granted: patents ? r.granted : null, presumedLapses: patents ? r.presumed : null, columns: r.columns });
    if (writesAlong(kind)) {
      const along = await writeAlong(props, data, print, importId, exportDate, (r) => (reading = r), tallyOf);
      if (along) {
        props.onProgress?.({ phase: 'done', rowsRead: along.counts.rowsRead, rowsExpected: print.lines, written: along.counts.records, toWrite: along.counts.records });
        return { ...base, ...along.counts, ...tallyOf(reading!), status: 'committed', problems: along.problems, problemsNotListed: reading!.problemsNotListed, message: null };
      }
    }
    // Read and staged already when the faster road was rolled back.
    reading ??= await readAndStage(props, data, print.lines);
    const tally = tallyOf(reading);
    const refused = reading.counts.errorCount > 0 || reading.message !== null;
    // Guard rails: a patent file that grants nothing, or far less than the last import, waits for a person.
    const pause = refused || !patents || props.confirmed ? null : grantGuard({ records: reading.counts.records, granted: reading.granted }, await importHistoryRepository.lastGrantTally(handle.db, countyId));
    if (refused || pause) {
      const status = pause ? 'paused' : 'refused';
      const outcome: ImportOutcome = { ...base, ...reading.counts, ...tally, status, problems: reading.problems, problemsNotListed: reading.problemsNotListed, message: pause ?? reading.message };
      await recordRefusal(props, outcome, print.sizeBytes);
      props.onProgress?.({ phase: 'done', rowsRead: reading.counts.rowsRead, rowsExpected: print.lines, written: 0, toWrite: 0 });
      return outcome;
    }
    if (patents && reading.presumed > 0) {
      reading.problems.push(presumedLapseWarning(reading.presumed, exportDate));
      reading.counts.warningCount += 1;
    }
    const written = await writeStaged(props, context, reading, importId, print.sizeBytes, print.sha256, { ...tally, exportDate });
    props.onProgress?.({ phase: 'done', rowsRead: reading.counts.rowsRead, rowsExpected: print.lines, written: written.counts.records, toWrite: written.counts.records });
    return { ...base, ...written.counts, ...tally, status: 'committed', problems: written.problems, problemsNotListed: reading.problemsNotListed, message: null };
  } catch (error) {
    if (error instanceof OutOfScopeRecords && reading) {
      // Rolled back: another town's record under a key of this file. Refused like a file with errors.
      const problems = [...error.problems, ...reading.problems];
      const outcome: ImportOutcome = {
        ...base, ...reading.counts, errorCount: reading.counts.errorCount + error.problems.length, granted: null, presumedLapses: null, columns: reading.columns,
        status: 'refused', problems, problemsNotListed: reading.problemsNotListed, message: null,
      };
      await recordRefusal(props, outcome, print.sizeBytes, 'outside-scope');
      props.onProgress?.({ phase: 'done', rowsRead: reading.counts.rowsRead, rowsExpected: print.lines, written: 0, toWrite: 0 });
      return outcome;
    }
    await markFailed(props, importId, error);
    throw error;
  } finally {
    await reading?.staged.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// The faster road: writing while reading

/** Registers written while their file is read: all but the legal events and those merged into what is stored. */
function writesAlong(kind: ImportKind): kind is Exclude<ImportKind, 'legal-events'> {
  return kind !== 'legal-events' && !registerAdapters[kind].mergeStored;
}

/** Thrown inside the transaction to roll back what was written along; the caller takes the two-step road. */
class WrittenInVain extends Error {}

/**
 * Reads, checks and writes in one transaction. Returns the committed counts, or undefined when it
 * rolled back (errors, a pause, a repeated key): `reading` has then been handed to `onRead` and
 * the caller goes on as if only step 1 had run. Throws OutOfScopeRecords after rolling back.
 */
async function writeAlong(
  props: RunImportProps,
  data: ImportContextData,
  print: { sha256: string; sizeBytes: number; lines: number | null },
  importId: string,
  exportDate: string,
  onRead: (reading: Reading) => void,
  tallyOf: (reading: Reading) => Omit<ImportReadings, 'exportDate'>,
): Promise<{ counts: ImportCounts; problems: RowProblem[] } | undefined> {
  const { ctx: { handle, clock }, countyId, user: { audit: actor } } = props;
  const kind = props.kind as Exclude<ImportKind, 'legal-events'>;
  const stamp = { countyId, demo: props.demo ?? false, importId, at: clock.now().toISOString(), by: actor.name };
  try {
    return await inBulkTransaction(handle, async (session) => {
      const writer = await registerRecordsWriter({ session, kind, stamp, scope: { regions: props.scope ?? null }, onRow: () => undefined });
      let failed = false;
      const reading = await readAndStage(props, data, print.lines, async (batch, errors) => {
        // After the first error nothing more is written: the file will be refused and all of it rolled back.
        failed ||= errors > 0;
        if (failed || batch.count === 0) return;
        await writer.add(linesOf(typeof batch.text === 'string' ? Buffer.from(batch.text) : Buffer.from(batch.text.buffer, batch.text.byteOffset, batch.text.byteLength)));
      });
      onRead(reading);
      if (reading.counts.errorCount > 0 || reading.message !== null) throw new WrittenInVain();
      // Into an empty register the rows went straight in: a repeated key failed that write (before anything else runs in it).
      if (!(await writer.settle())) throw new WrittenInVain();
      if (kind === 'patents' && !props.confirmed && grantGuard({ records: reading.counts.records, granted: reading.granted }, await importHistoryRepository.lastGrantTally(session.db, countyId))) throw new WrittenInVain();
      if (reading.duplicates.repeated().size > 0) throw new WrittenInVain();
      if (writer.outside.length > 0) throw new OutOfScopeRecords([...writer.outside]);
      if (kind === 'patents' && reading.presumed > 0) {
        reading.problems.push(presumedLapseWarning(reading.presumed, exportDate));
        reading.counts.warningCount += 1;
      }
      const result = await writer.finish(reading.counts.records);
      return commitImport(session, props, reading, result, importId, print.sizeBytes, print.sha256, { ...tallyOf(reading), exportDate }, stamp.at);
    });
  } catch (error) {
    if (error instanceof WrittenInVain) return undefined;
    throw error;
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

/** A workbook with data on more than its first visible sheet: only that one is imported, and the user is told which. */
function otherSheetsWarning(read: string, others: readonly string[]): RowProblem {
  const zhOthers = others.map((name) => `“${name}”`).join('、');
  const enOthers = others.map((name) => `"${name}"`).join(', ');
  return {
    row: FILE_ROW,
    reason: {
      zh: `只导入了第一个工作表“${read}”；工作表${zhOthers}中也有数据，未导入。如需导入，请把它们另存为单独的文件。`,
      en: `Only the first sheet, "${read}", was imported; sheet${others.length > 1 ? 's' : ''} ${enOthers} also hold${others.length > 1 ? '' : 's'} data, which was not imported. Save ${others.length > 1 ? 'them' : 'it'} as separate files to import ${others.length > 1 ? 'them' : 'it'}.`,
    },
    severity: 'warning',
  };
}

function headerUnitProblems(fields: readonly RegisterField[], units: Partial<Record<string, string>>, columns: Partial<Record<string, string>>, headerRow: number): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const field of fields) {
    const unit = units[field.key];
    if (!unit) continue;
    const known = field.type === 'amount' ? amountUnitOf(unit) !== undefined : field.units ? unit in field.units : true;
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

/** Rows the column report takes its examples from. */
const COLUMN_SAMPLE_ROWS = 50;

/** Files this long are checked by worker threads (starting them costs more than small files take). */
const WORKER_THRESHOLD_ROWS = 20_000;

async function readAndStage(
  props: RunImportProps,
  data: ImportContextData,
  lines: number | null,
  /** Called with each batch once staged, in file order, and the errors found so far. */
  onStaged?: (batch: StagedBatch, errors: number) => Promise<void>,
): Promise<Reading> {
  const problems = new ProblemList();
  const staged = await createStagingFile();
  // Every record's key hash and whether it shows granted or presumed lapsed, counted once each at
  // the end: no object per row, 8 bytes a record.
  const duplicates = new DuplicateKeys();
  let columns: ColumnReading[] = [];
  const counts = { rowsRead: 0, records: 0, inserted: 0, updated: 0, unchanged: 0, errorCount: 0, warningCount: 0 };
  const rowsExpected = lines === null ? null : Math.max(lines - 1, 0);
  let message: LocalizedText | null = null;
  let table: ImportTable | undefined;
  let source: StagedSource | undefined;

  const finish = (): Reading => {
    counts.errorCount = problems.errors;
    counts.warningCount = problems.warnings;
    return { counts, problems: problems.items, problemsNotListed: problems.notListed, message, staged, duplicates, columns, granted: duplicates.distinct(GRANTED), presumed: duplicates.distinct(PRESUMED_LAPSED) };
  };
  const consume = async (batch: StagedBatch) => {
    for (const problem of batch.problems) problems.add(problem);
    duplicates.addHashes(batch.keyHashes, batch.grantedHashes, batch.presumedHashes);
    await staged.appendText(batch.text, batch.count);
    await onStaged?.(batch, problems.errors);
  };

  try {
    table = await openImportTable(props.input, props.maxRows);
    const fields = fieldsOf(props.kind, table.headers);
    const match = matchHeaders(table.headers, fieldColumns(fields), { headerRowNumber: table.headerRowNumber });
    for (const problem of [...match.problems, ...headerUnitProblems(fields, match.units, match.columns, table.headerRowNumber)]) problems.add(problem);
    // Columns a recognised patent export always carries (摘要, 代理人…) are shown as not read, not warned about.
    const layout = props.kind === 'patents' ? patentExportLayoutOf(table.headers) : null;
    for (const header of match.unknown) {
      if (layout && layoutHasColumn(layout, header)) continue;
      problems.add({
        row: table.headerRowNumber,
        column: header,
        reason: { zh: `未识别的列“${header}”，该列未导入`, en: `Column "${header}" is not one this register reads; it was ignored` },
        severity: 'warning',
      });
    }
    if (table.sheet && table.sheet.othersWithData.length > 0) problems.add(otherSheetsWarning(table.sheet.name, table.sheet.othersWithData));
    if (problems.errors > 0) {
      await table.close();
      return finish();
    }

    const setup: StagingSetup = { kind: props.kind, headers: table.headers, columns: match.columns, units: match.units, scope: props.scope ?? null };
    const large = rowsExpected === null ? !('rows' in props.input) : rowsExpected > WORKER_THRESHOLD_ROWS;
    // A large delimited file on disk is parsed in a reading thread too, so this thread only writes.
    const delimited = 'path' in props.input && (table.format === 'csv' || table.format === 'tsv');
    if (large && delimited && !props.stager) {
      const { path, fileName } = props.input as { path: string; fileName: string };
      const pipeline = readingPipeline({ path, fileName }, props.maxRows, setup, data, COLUMN_SAMPLE_ROWS);
      if (pipeline) {
        // The reading thread opens the file again; this one only read its header.
        await table.close();
        source = pipeline;
      }
    }
    source ??= stagedHere(table, props.stager ? props.stager(setup, data, large) : ((large ? workerStager(setup, data) : null) ?? inThreadStager(setup, data)), COLUMN_SAMPLE_ROWS);
    let reported = 0;
    const headers = table.headers;
    const onRows = (rows: number, sample: readonly TableRow[] | undefined) => {
      if (sample) columns = describeColumns(headers, fields, match.columns, sample);
      counts.rowsRead += rows;
      if (counts.rowsRead - reported >= PROGRESS_EVERY) {
        reported = counts.rowsRead;
        props.onProgress?.({ phase: 'reading', rowsRead: counts.rowsRead, rowsExpected, written: 0, toWrite: 0 });
      }
    };
    for await (const { staged: batch } of source.steps(onRows)) await consume(batch);
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error;
    message = error.reason;
    problems.add({ row: FILE_ROW, reason: error.reason, severity: 'error' });
    await table?.close();
  } finally {
    await source?.close();
  }
  await staged.close();
  counts.records = staged.count;
  props.onProgress?.({ phase: 'reading', rowsRead: counts.rowsRead, rowsExpected: counts.rowsRead, written: 0, toWrite: 0 });
  return finish();
}

// ---------------------------------------------------------------------------------------------
// Step 2: write in one transaction

async function writeStaged(
  props: RunImportProps,
  context: ImportContext,
  reading: Reading,
  importId: string,
  sizeBytes: number,
  sha256: string,
  readings: ImportReadings,
): Promise<{ counts: ImportCounts; problems: RowProblem[] }> {
  const { ctx: { handle, clock }, countyId, kind, user: { audit: actor } } = props;
  const at = clock.now().toISOString();
  const stamp = { countyId, demo: props.demo ?? false, importId, at, by: actor.name };
  const toWrite = reading.staged.count;
  let written = 0;
  const onRow = () => {
    written += 1;
    if (written % PROGRESS_EVERY === 0) props.onProgress?.({ phase: 'writing', rowsRead: reading.counts.rowsRead, rowsExpected: reading.counts.rowsRead, written, toWrite });
  };

  return inBulkTransaction(handle, async (session) => {
    const result =
      kind === 'legal-events'
        ? { records: reading.counts.records, updated: 0, ...(await writeLegalEvents({ session, countyId, importId, demo: stamp.demo, staged: reading.staged, onRow })) }
        : await writeRegisterRecords({ session, kind, stamp, staged: reading.staged, duplicates: reading.duplicates, context, scope: { regions: props.scope ?? null }, onRow });
    return commitImport(session, props, reading, result, importId, sizeBytes, sha256, readings, at);
  });
}

/** The end of a written import, in its transaction: the history entry, the audit entry, the registers' version. */
async function commitImport(
  session: BulkSession,
  props: RunImportProps,
  reading: Reading,
  result: RegisterRecordsWritten,
  importId: string,
  sizeBytes: number,
  sha256: string,
  readings: ImportReadings,
  at: string,
): Promise<{ counts: ImportCounts; problems: RowProblem[] }> {
  const { ctx: { clock }, countyId, kind, user: { audit: actor } } = props;
  const stamp = { demo: props.demo ?? false };
  const { warnings, ...written } = result;
  const counts: ImportCounts = { ...reading.counts, ...written, warningCount: reading.counts.warningCount + warnings.length };
  const problems = [...reading.problems, ...warnings];
  const changed = written.inserted + written.updated;

  await importHistoryRepository.finish(session.db, countyId, importId, { status: 'committed', at: clock.now().toISOString(), counts, problems, sha256, sizeBytes, readings });
  await recordAudit(session.db, props.ctx.audit, {
    countyId,
    actor,
    action: 'imports.committed',
    entity: 'import',
    entityId: importId,
    details: {
      kind,
      fileName: props.input.fileName,
      sha256,
      rows: counts.rowsRead,
      records: counts.records,
      inserted: counts.inserted,
      updated: counts.updated,
      unchanged: counts.unchanged,
      warnings: counts.warningCount,
      demo: stamp.demo,
      exportDate: readings.exportDate ?? null,
      ...(props.confirmed ? { confirmed: true } : {}),
    },
    at,
  });
  if (changed > 0) await bumpRegistersVersion(session.db, countyId, at);
  return { counts, problems };
}

// ---------------------------------------------------------------------------------------------
// Refusals and failures

async function recordRefusal(props: RunImportProps, outcome: ImportOutcome, sizeBytes: number, reason?: string): Promise<void> {
  const at = props.ctx.clock.now().toISOString();
  await inWriteTransaction(props.ctx.handle, async (tx) => {
    await importHistoryRepository.finish(tx, props.countyId, outcome.importId, {
      status: outcome.status,
      readings: { exportDate: outcome.exportDate, granted: outcome.granted, presumedLapses: outcome.presumedLapses, columns: outcome.columns },
      at,
      counts: outcome,
      problems: outcome.problems,
      message: outcome.message,
      sha256: outcome.sha256,
      sizeBytes,
    });
    await recordAudit(tx, props.ctx.audit, {
      countyId: props.countyId,
      actor: props.user.audit,
      action: 'imports.failed',
      entity: 'import',
      entityId: outcome.importId,
      outcome: 'failure',
      reason: reason ?? (outcome.status === 'paused' ? 'needs-confirmation' : 'invalid-file'),
      details: { kind: props.kind, fileName: outcome.fileName, sha256: outcome.sha256, rows: outcome.rowsRead, errors: outcome.errorCount, warnings: outcome.warningCount, granted: outcome.granted },
      at,
    });
  });
}

async function markFailed(props: RunImportProps, importId: string, error: unknown): Promise<void> {
  const at = props.ctx.clock.now().toISOString();
  const message = { zh: '导入因内部错误中止，未做任何更改', en: `The import stopped on an internal error and changed nothing: ${error instanceof Error ? error.message : String(error)}` };
  await inWriteTransaction(props.ctx.handle, async (tx) => {
    await importHistoryRepository.finish(tx, props.countyId, importId, {
      status: 'failed',
      at,
      counts: { rowsRead: 0, records: 0, inserted: 0, updated: 0, unchanged: 0, errorCount: 1, warningCount: 0 },
      problems: [],
      message,
    });
    await recordAudit(tx, props.ctx.audit, {
      countyId: props.countyId,
      actor: props.user.audit,
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

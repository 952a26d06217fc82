import { mergeRepeatedRows, type ImportKind, type RowProblem } from '@ipcounty/domain';
import { BulkKeyConflict, type BulkSession, type BulkTextValue, type BulkValue } from '../../database/bulk-load.js';
import { registerAdapters } from '../adapters/record-adapters.js';
import type { ImportContext } from '../adapters/register-adapter.js';
import { refreshPatentFacts } from '../patents/patent-facts.repository.js';
import { compareColumns, contentColumns, DOCUMENT_INDEX, hash53, registerTableOf, rowValues, stagedValues, writeColumns, type RecordDocument, type WriteStamp } from '../register-record.js';
import { registerRepository } from '../register.repository.js';
import { findStoredOutsideScope, OutOfScopeRecords, type WriteScope } from '../write-scope.js';
import type { DuplicateKeys } from './duplicate-keys.js';
import type { StagedBytesLine, StagingFile } from './staging-file.js';

export interface WriteRegisterRecordsProps {
  /** The import's one bulk transaction. */
  session: BulkSession;
  kind: Exclude<ImportKind, 'legal-events'>;
  /** County, import, demo flag, time and user every row is written with. */
  stamp: WriteStamp & { importId: string };
  /** The checked records, as step 1 of the import staged them. */
  staged: StagingFile;
  /** The keys step 1 saw more than once. */
  duplicates: DuplicateKeys;
  context: ImportContext;
  /** The user's data scope: a stored record under a key of the file must lie in it too. */
  scope: WriteScope;
  /** Called once per record written (progress). */
  onRow: () => void;
}

export interface RegisterRecordsWritten {
  /** Records after repeated rows were merged into one. */
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** One per repeated row (unless the register expects repeats, as the population table does). */
  warnings: RowProblem[];
}

/**
 * Writes staged records by natural key: new keys are inserted, changed ones updated, identical
 * ones left alone (so a re-import of the same file changes nothing). Rows of the file that share
 * a key, and registers that merge into what is stored (enterprises), are held back and merged
 * first; every other row streams from the staging file to the database as it is.
 */
export async function writeRegisterRecords({ session, kind, stamp, staged, duplicates, context, scope, onRow }: WriteRegisterRecordsProps): Promise<RegisterRecordsWritten> {
  const { countyId } = stamp;
  const adapter = registerAdapters[kind];
  const outside = await findStoredOutsideScope(session.db, { kind, countyId, scope }, stagedKeys(staged));
  if (outside.length > 0) throw new OutOfScopeRecords(outside);
  const writer = await upsertRecords({ session, kind, stamp, onRow });
  const repeated = duplicates.repeated();
  const held = new Map<string, { rows: number[]; documents: RecordDocument[] }>();
  const hold = ({ head, tail }: StagedBytesLine): boolean => {
    const key = head[1] as string;
    if (!repeated.has(hash53(key)) && !adapter.mergeStored) return false;
    const entry = held.get(key) ?? { rows: [], documents: [] };
    entry.rows.push(head[0] as number);
    entry.documents.push(JSON.parse(tail ? tail.toString('utf8') : '{}') as RecordDocument);
    held.set(key, entry);
    return true;
  };
  for await (const lines of staged.readChunks()) await writer.lines(lines, hold);

  let records = staged.count;
  const warnings: RowProblem[] = [];
  const stored = adapter.mergeStored ? await registerRepository.documentsOf(session.db, kind, countyId, [...held.keys()]) : new Map<string, RecordDocument>();
  for (const [key, entry] of held) {
    const merged = mergeRepeatedRows(entry.documents, adapter.merge);
    const { conflicts } = merged;
    let { document } = merged;
    if (entry.rows.length > 1) {
      records -= entry.rows.length - 1;
      const expected = typeof adapter.repeatsExpected === 'function' ? adapter.repeatsExpected(entry.documents) : adapter.repeatsExpected;
      if (!expected) for (const row of entry.rows.slice(1)) warnings.push(duplicateWarning(kind, key, entry.rows[0]!, row, conflicts));
    }
    const previous = stored.get(key);
    if (previous && adapter.mergeStored) document = adapter.mergeStored(previous, document);
    await writer.values(rowValues(stagedValues(adapter.stage(document, context)), stamp));
  }
  return writer.finish(records, warnings);
}

/** New records a write takes at least (and a tenth of the county's before) for the register's statistics to be taken again. */
const ANALYZE_AFTER_ROWS = 10_000;

/** Staged records upserted by key, counted as they go (for writeRegisterRecords and registerRecordsWriter). */
interface RecordsUpsert {
  /** Whether the county had no record in this register before (every record written is then new). */
  readonly empty: boolean;
  /** Writes staged lines, except those `hold` takes (it returns true for a line it keeps back). */
  lines(lines: Iterable<StagedBytesLine>, hold?: (line: StagedBytesLine) => boolean): Promise<void>;
  /** Writes one record's full row (writeColumns order). */
  values(values: readonly BulkValue[]): Promise<void>;
  /** See RegisterRecordsWriter.settle. */
  settle(): Promise<boolean>;
  /** Ends writing; the patents' facts are derived again for those with legal events. */
  finish(records: number, warnings: RowProblem[]): Promise<RegisterRecordsWritten>;
}

/**
 * The bulk upsert of a register's records. With `insertOnly` and a register the county has
 * nothing in yet, every record is new: they are inserted without comparing (on PostgreSQL,
 * COPY'd straight into the table, no staging table and no merge); a key met twice then fails
 * the write (settle answers false) and the caller rolls back.
 */
async function upsertRecords({ session, kind, stamp, onRow }: Pick<WriteRegisterRecordsProps, 'session' | 'kind' | 'stamp' | 'onRow'>, insertOnly = false): Promise<RecordsUpsert> {
  const { countyId } = stamp;
  const before = await registerRepository.total(session.db, kind, countyId);
  const empty = before === 0;
  const writer = session.upsert({
    table: registerTableOf[kind],
    columns: writeColumns(kind),
    keyColumns: ['county_id', 'record_key'],
    onConflict: { update: 'if-changed', compareColumns },
    // The staged document goes from the staging file to the database as bytes, never decoded.
    utf8Columns: ['document'],
    insertOnly: insertOnly && empty,
  });
  // One row array for every staged line (the writer does not keep it): the bookkeeping values
  // stay in place, the content values are copied over from each line's head.
  const row: BulkTextValue[] = rowValues(contentColumns(kind).map(() => null), stamp);
  return {
    empty,
    async lines(lines, hold) {
      for (const line of lines) {
        if (hold?.(line)) continue;
        const { head, tail } = line;
        for (let i = 1; i < head.length; i++) row[i - 1] = head[i] as BulkValue;
        row[DOCUMENT_INDEX] = tail ?? null;
        // Awaited only when the writer hands back a promise (PostgreSQL): no microtask per SQLite row.
        const wait = writer.add(row);
        if (wait) await wait;
        onRow();
      }
    },
    async values(values) {
      await writer.add(values);
      onRow();
    },
    async settle() {
      try {
        await writer.flush();
        return true;
      } catch (error) {
        if (error instanceof BulkKeyConflict) return false;
        throw error;
      }
    },
    async finish(records, warnings) {
      const changed = await writer.finish();
      // Into an empty register every row written is new (with insertOnly, a key already there fails the write).
      const inserted = insertOnly && empty ? changed : (await registerRepository.total(session.db, kind, countyId)) - before;
      // Many new rows: the planner learns of them now, not at autovacuum's next analyze (the facts' refresh below looks them up by key).
      if (inserted >= ANALYZE_AFTER_ROWS && inserted * 10 >= before) await registerRepository.analyze(session.db, session.dialect, kind);
      if (kind === 'patents' && changed > 0) await refreshPatentFacts(session, countyId, { patentsImportId: stamp.importId });
      return { records, inserted, updated: changed - inserted, unchanged: records - changed, warnings };
    },
  };
}

/** The records of one staged batch, written while the file is still being read (see registerRecordsWriter). */
export interface RegisterRecordsWriter {
  /** Writes a batch of staged lines (after checking their keys against the data scope). */
  add(lines: Iterable<StagedBytesLine>): Promise<void>;
  /** Stored records under a key of the file that lie outside the user's data scope, so far. */
  readonly outside: readonly RowProblem[];
  /**
   * Hands every row added to the database: false when the register was empty and the rows went
   * straight in, but a key was there after all (repeated in the file, or stored meanwhile by
   * another connection). The transaction is then spoiled: roll it back.
   */
  settle(): Promise<boolean>;
  /** Ends writing; `records` is how many were staged (the file repeats no key). */
  finish(records: number): Promise<RegisterRecordsWritten>;
}

/**
 * Writes staged records as the file is read, in the import's one transaction: the same upsert as
 * writeRegisterRecords, for a file whose rows the caller checks afterwards for repeated keys (the
 * caller rolls back and takes writeRegisterRecords when a key repeats, or when the register merges
 * into what is stored). Each batch's keys are checked against the data scope before it is
 * written; the caller refuses the file when `outside` is not empty. Into a register the county
 * has nothing in yet the records are inserted straight away (upsertRecords' insertOnly), and no
 * stored record can lie outside the scope.
 */
export async function registerRecordsWriter({ session, kind, stamp, scope, onRow }: Omit<WriteRegisterRecordsProps, 'staged' | 'duplicates' | 'context'>): Promise<RegisterRecordsWriter> {
  const { countyId } = stamp;
  if (registerAdapters[kind].mergeStored) throw new Error(`${kind} records merge into what is stored: write them with writeRegisterRecords`);
  const writer = await upsertRecords({ session, kind, stamp, onRow }, true);
  const outside: RowProblem[] = [];
  const checksScope = scope.regions !== null && !writer.empty;
  return {
    outside,
    async add(lines) {
      // Parsed lines are kept for the batch only when the data scope needs their keys first.
      const batch = checksScope ? [...lines] : lines;
      if (checksScope) {
        const keys = (batch as StagedBytesLine[]).map(({ head }) => ({ row: head[0] as number, key: head[1] as string }));
        outside.push(...(await findStoredOutsideScope(session.db, { kind, countyId, scope }, (async function* () { yield keys; })())));
      }
      await writer.lines(batch);
    },
    settle: () => writer.settle(),
    finish: (records) => writer.finish(records, []),
  };
}

async function* stagedKeys(staged: StagingFile): AsyncGenerator<{ row: number; key: string }[]> {
  for await (const lines of staged.readChunks()) yield [...lines].map(({ head }) => ({ row: head[0] as number, key: head[1] as string }));
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

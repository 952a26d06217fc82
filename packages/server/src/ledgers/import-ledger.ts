import { randomUUID } from 'node:crypto';
import {
  budgetLineKey,
  formatFenInUnit,
  ledgerCatalog,
  ledgerRecordKey,
  overruns,
  type LedgerDocument,
  type LedgerImportOutcome,
  type LedgerKind,
  type LocalizedText,
  type RowProblem,
} from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { cellsByKey, fieldColumns, matchHeaders } from '../files/header-matching.js';
import { TableFileError } from '../files/table-file-error.js';
import { importHistoryRepository } from '../registers/import/import-history.repository.js';
import { fingerprint, openImportTable, type ImportInput } from '../registers/import/import-source.js';
import { checkRow, FORMULA_TEXT } from '../registers/import/stage-rows.js';
import type { CommandProps } from '../common/command-context.js';
import { loadLedgerContext, type LedgerContext } from './ledger-context.js';
import { ledgerWriteOf, readLedgerCells, regionOfRecord } from './ledger-record.js';
import { ledgerRepository } from './ledger.repository.js';
import { keepSystemFields } from './save-ledger-record.js';

export interface ImportLedgerProps extends CommandProps {
  kind: LedgerKind;
  input: ImportInput;
  /** The regions the user may write (数据范围); undefined for all, county-wide rows included. */
  scope?: readonly string[];
  /** Marks every row written as 示例数据. */
  demo?: boolean;
}

interface ReadRow {
  row: number;
  key: string;
  document: LedgerDocument;
}

/** Ledger sheets are hand-kept lists: a file past this many rows is not one. */
const MAX_ROWS = 20_000;
const outsideScope: LocalizedText = { zh: '该记录不在您的数据范围（所属镇街）内，不能由您导入', en: 'This record lies outside your data scope (your town); you cannot import it' };

/**
 * Imports one ledger sheet, all or nothing, with the registers' file reader, header matching and
 * cell rules: every row is read and checked first (types, the plan's tasks, the budget line,
 * allocation or meeting it names, the data scope, repeated keys, payments beyond an allocation and
 * allocations beyond a budget line),
 * and if any row has an error nothing is written and every problem is listed. Otherwise every row
 * is inserted or updated by its natural key in one transaction with the import's audit entry; a
 * re-import of the same file changes nothing.
 */
export async function importLedger({ ctx, countyId, user, kind, input, scope, demo = false }: ImportLedgerProps): Promise<LedgerImportOutcome> {
  const definition = ledgerCatalog[kind];
  const context = await loadLedgerContext(ctx.handle.db, countyId);
  const problems: RowProblem[] = [];
  const rows: ReadRow[] = [];
  let rowsRead = 0;
  let message: LocalizedText | null = null;
  const allowed = scope ? new Set(scope) : null;

  try {
    const table = await openImportTable(input, MAX_ROWS);
    try {
      const spec = fieldColumns(definition.fields);
      const match = matchHeaders(table.headers, spec, { headerRowNumber: table.headerRowNumber });
      problems.push(...match.problems);
      for (const header of match.unknown)
        problems.push({ row: table.headerRowNumber, column: header, reason: { zh: `未识别的列“${header}”，该列未导入`, en: `Column "${header}" is not one this ledger reads; it was ignored` }, severity: 'warning' });
      const columnOf = (key: string) => match.columns[key] ?? definition.fields.find((f) => f.key === key)?.labels[0] ?? key;
      if (!problems.some((p) => p.severity === 'error')) {
        const firstRowOf = new Map<string, number>();
        for await (const batch of table.batches()) {
          for (const row of batch) {
            rowsRead += 1;
            checkRow(row, problems);
            const cells = cellsByKey(row.cells, match.columns);
            for (const key in cells) {
              const value = cells[key];
              if (value && FORMULA_TEXT.test(value.trim()))
                problems.push({ row: row.rowNumber, column: columnOf(key), value, reason: { zh: '单元格内容是公式，不能导入；请填写数值或文字', en: 'The cell holds a formula, which is not imported; enter the value itself' }, severity: 'error' });
            }
            const read = readLedgerCells(kind, cells, match.units, context);
            for (const issue of read.issues)
              problems.push({ row: row.rowNumber, ...(issue.field ? { column: columnOf(issue.field) } : {}), ...(issue.value !== undefined ? { value: issue.value } : {}), reason: issue.reason, severity: issue.severity });
            if (!read.document || read.issues.some((i) => i.severity === 'error')) continue;
            const region = regionOfRecord(kind, read.document, context);
            if (allowed && !(region && allowed.has(region))) {
              problems.push({ row: row.rowNumber, reason: outsideScope, severity: 'error' });
              continue;
            }
            const key = ledgerRecordKey(definition, read.document);
            const first = firstRowOf.get(key);
            if (first !== undefined) {
              problems.push({ row: row.rowNumber, value: key, reason: { zh: `与第 ${first} 行是同一条记录（${definition.keyFields.length > 1 ? '关键列' : '编号'}相同）`, en: `The same record as row ${first} (same key)` }, severity: 'error' });
              continue;
            }
            firstRowOf.set(key, row.rowNumber);
            rows.push({ row: row.rowNumber, key, document: read.document });
          }
        }
      }
    } finally {
      await table.close();
    }
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error;
    message = error.reason;
    problems.push({ row: 0, reason: error.reason, severity: 'error' });
  }
  if (rowsRead === 0 && !message && !problems.some((p) => p.severity === 'error')) {
    message = { zh: '文件中没有数据行', en: 'The file has no data rows' };
    problems.push({ row: 0, reason: message, severity: 'error' });
  }

  const stored = await ledgerRepository.idsByKey(ctx.handle.db, kind, countyId);
  if (allowed) {
    for (const row of rows) {
      const existing = stored.get(row.key);
      if (existing && !(existing.region && allowed.has(existing.region))) problems.push({ row: row.row, value: row.key, reason: outsideScope, severity: 'error' });
    }
  }
  if (kind === 'fund-disbursements' || kind === 'fund-allocations') problems.push(...overrunProblems(kind, rows, stored, context));

  const errorCount = problems.filter((p) => p.severity === 'error').length;
  const warningCount = problems.length - errorCount;
  const base = { kind, fileName: input.fileName, rowsRead, errorCount, warningCount, problems: problems.sort((a, b) => a.row - b.row), message };
  const at = ctx.clock.now().toISOString();
  // The import history (数据导入记录) lists ledger sheets beside the registers: who, when, the file's SHA-256, what it did.
  const print = await fingerprint(input);
  const importId = randomUUID();
  const history = async (tx: Executor, status: 'committed' | 'refused', counts: { inserted: number; updated: number; unchanged: number }) => {
    await importHistoryRepository.start(tx, countyId, { importId, kind, fileName: input.fileName, sha256: print.sha256, sizeBytes: print.sizeBytes, demo, actorId: user.principal.id, actorName: user.audit.name, at });
    await importHistoryRepository.finish(tx, countyId, importId, { status, at, counts: { rowsRead, records: counts.inserted + counts.updated + counts.unchanged, ...counts, errorCount, warningCount }, problems: base.problems, message });
  };

  if (errorCount > 0) {
    await inWriteTransaction(ctx.handle, async (tx) => {
      await history(tx, 'refused', { inserted: 0, updated: 0, unchanged: 0 });
      await recordAudit(tx, ctx.audit, {
        countyId,
        actor: user.audit,
        action: 'imports.failed',
        entity: `ledger:${kind}`,
        entityId: input.fileName,
        outcome: 'failure',
        reason: 'invalid-file',
        details: { kind, fileName: input.fileName, rows: rowsRead, errors: errorCount, warnings: warningCount, importId },
        at,
      });
    });
    return { ...base, status: 'refused', inserted: 0, updated: 0, unchanged: 0 };
  }

  return inWriteTransaction(ctx.handle, async (tx) => {
    const current = await ledgerRepository.idsByKey(tx, kind, countyId);
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      const existing = current.get(row.key);
      const document = existing ? keepSystemFields(kind, JSON.parse(existing.document) as LedgerDocument, row.document) : row.document;
      const write = ledgerWriteOf(kind, document, context, { recordId: existing?.recordId ?? randomUUID(), demo });
      if (existing) {
        const before = await ledgerRepository.get(tx, kind, countyId, existing.recordId);
        if (before && before.document === write.document && before.region === write.region && Number(before.demo) === (demo ? 1 : 0)) {
          unchanged += 1;
          continue;
        }
        updated += 1;
      } else inserted += 1;
      await ledgerRepository.save(tx, kind, countyId, write, { at, by: user.audit.name }, !!existing);
    }
    await history(tx, 'committed', { inserted, updated, unchanged });
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'imports.committed',
      entity: `ledger:${kind}`,
      entityId: input.fileName,
      details: { kind, fileName: input.fileName, rows: rowsRead, inserted, updated, unchanged, warnings: warningCount, demo, importId },
      at,
    });
    return { ...base, status: 'committed' as const, inserted, updated, unchanged };
  });
}

/**
 * 超额拨付 and 超预算安排: the stored payments (allocations) the file does not replace, then the file's
 * in order, against their allocation (budget line); the rows that go past it are errors.
 */
function overrunProblems(kind: LedgerKind, rows: readonly ReadRow[], stored: ReadonlyMap<string, { document: string }>, context: LedgerContext): RowProblem[] {
  const payments = kind === 'fund-disbursements';
  const keyOf = (d: LedgerDocument) => (payments ? String(d.allocationCode) : budgetLineKey(d.year, d.source, d.purpose));
  const incoming = new Set(rows.map((r) => r.key));
  const kept = [...stored].filter(([key]) => !incoming.has(key)).map(([, s]) => JSON.parse(s.document) as LedgerDocument);
  const entries = [...kept, ...rows.map((r) => r.document)].map((d) => ({ key: keyOf(d), amount: Number(d.amount) }));
  const problems: RowProblem[] = [];
  for (const overrun of overruns(payments ? context.allocationAmounts : context.budgetAmounts, entries)) {
    const total = formatFenInUnit(overrun.total, '万元');
    const limit = formatFenInUnit(overrun.limit, '万元');
    const [year, , ] = overrun.key.split('|');
    const reason = payments
      ? { zh: `安排“${overrun.key}”的拨付合计 ${total} 万元，超过安排金额 ${limit} 万元`, en: `Payments against "${overrun.key}" add up to ${total} 万元, more than the ${limit} 万元 allocated` }
      : { zh: `${year}年度该来源、用途的安排合计 ${total} 万元，超过预算 ${limit} 万元`, en: `Allocations of this ${year} budget line add up to ${total} 万元, more than its budget of ${limit} 万元` };
    for (const index of overrun.beyond) {
      const row = rows[index - kept.length];
      if (row) problems.push({ row: row.row, value: payments ? overrun.key : `${total} > ${limit}`, reason, severity: 'error' });
    }
  }
  return problems;
}

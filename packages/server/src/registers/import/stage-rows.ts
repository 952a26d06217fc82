import { legalEventImport, PRESUMED_LAPSE, type ImportKind, type RegisterField, type RowProblem } from '@ipcounty/domain';
import type { TableRow } from '../../files/table-reader.js';
import { registerAdapters } from '../adapters/record-adapters.js';
import type { ImportContext, RowIssue } from '../adapters/register-adapter.js';
import { eventValues, parseLegalEventRow } from '../patents/legal-events.js';
import { DOCUMENT_INDEX, hash53, stagedValues } from '../register-record.js';

/** What checking the rows of one file needs to know about it, once its header has been matched. */
export interface StagingSetup {
  kind: ImportKind;
  headers: readonly string[];
  /** Field key → the header the file uses for it. */
  columns: Readonly<Partial<Record<string, string>>>;
  /** Field key → the unit its header names. */
  units: Readonly<Partial<Record<string, string>>>;
  /** The regions the user may write; null for all. */
  scope: readonly string[] | null;
}

/** The rows of one batch, checked: staged lines, the records' key hashes, and the problems found. */
export interface StagedBatch {
  /** Staging-file lines (see StagingFile), one per record, ready to append; as UTF-8 bytes from a worker. */
  text: string | Uint8Array;
  count: number;
  keyHashes: Float64Array;
  problems: RowProblem[];
  /** Patents: key hashes of the records a row shows granted, and of those lapsed by the export date only (推定). */
  grantedHashes: Float64Array;
  presumedHashes: Float64Array;
}

/** A text cell Excel would run: =SUM(…), =HYPERLINK(…) (a CSV has no formula cells, only such text). */
export const FORMULA_TEXT = /^[=＝]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(/;

/**
 * A look at the first character before FORMULA_TEXT: only a cell starting with = or ＝, or with
 * white space (which FORMULA_TEXT's caller trims), can be one. Most cells are neither.
 */
function mayBeFormula(value: string): boolean {
  const first = value.charCodeAt(0);
  return first === 0x3d || first === 0xff1d || first <= 0x20 || first === 0xa0 || first === 0x1680 || (first >= 0x2000 && first <= 0x205f) || first === 0x3000 || first === 0xfeff;
}

export function fieldsOf(kind: ImportKind, headers: readonly string[]): readonly RegisterField[] {
  return kind === 'legal-events' ? legalEventImport.fields : registerAdapters[kind].columns(headers);
}

/**
 * Checks rows and turns the good ones into staged records: every cell read by its field's type,
 * the register's own checks, placement in a region, the data scope. The same function runs in the
 * importing thread or, for large files, in worker threads (stage-worker.ts).
 */
export function createRowStager(setup: StagingSetup, context: ImportContext): (rows: readonly TableRow[]) => StagedBatch {
  const fields = fieldsOf(setup.kind, setup.headers);
  const adapter = setup.kind === 'legal-events' ? null : registerAdapters[setup.kind];
  const scope = setup.scope ? new Set(setup.scope) : null;
  const columnOf = (field: string) => setup.columns[field] ?? fields.find((f) => f.key === field)?.labels[0] ?? field;
  const toProblem = (row: number, issue: RowIssue): RowProblem => ({
    row,
    ...(issue.field ? { column: columnOf(issue.field) } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    reason: issue.reason,
    severity: issue.severity,
  });

  // The matched columns found once: each row's cells are read through them by position.
  const columnPairs = Object.entries(setup.columns).filter((pair): pair is [string, string] => pair[1] !== undefined);
  const fieldKeys = columnPairs.map(([key]) => key);
  const headers = columnPairs.map(([, header]) => header);
  const readRow = adapter?.reader(fieldKeys, setup.units);

  return (rows) => {
    const problems: RowProblem[] = [];
    const keyHashes = new Float64Array(rows.length);
    const grantedHashes: number[] = [];
    const presumedHashes: number[] = [];
    const text = new LineBytes(rows.length);
    let count = 0;
    for (const row of rows) {
      checkRow(row, problems);
      // The row's cells by field (cellsByKey, through the pairs found once), formulas refused.
      const cells: Record<string, string> = {};
      for (let column = 0; column < fieldKeys.length; column++) {
        const key = fieldKeys[column]!;
        const value = row.cells[headers[column]!] ?? '';
        cells[key] = value;
        if (value && mayBeFormula(value) && FORMULA_TEXT.test(value.trim())) {
          problems.push({
            row: row.rowNumber,
            column: columnOf(key),
            value,
            reason: { zh: '单元格内容是公式，不能导入；请填写数值或文字', en: 'The cell holds a formula, which is not imported; enter the value itself' },
            severity: 'error',
          });
        }
      }
      if (!adapter || !readRow) {
        const parsed = parseLegalEventRow(cells, context);
        for (const issue of parsed.issues) problems.push(toProblem(row.rowNumber, issue));
        if (parsed.event) {
          text.line(JSON.stringify([row.rowNumber, ...eventValues(parsed.event)]));
          count += 1;
        }
        continue;
      }
      const parsed = readRow(cells, context);
      for (const issue of parsed.issues) problems.push(toProblem(row.rowNumber, issue));
      if (!parsed.document || parsed.issues.some((i) => i.severity === 'error')) continue;
      const record = adapter.stage(parsed.document, context);
      if (scope && !(record.region && scope.has(record.region))) {
        problems.push({
          row: row.rowNumber,
          reason: { zh: '该记录不在您的数据范围（所属镇街）内，不能由您导入', en: 'This record lies outside your data scope (your town); you cannot import it' },
          severity: 'error',
        });
        continue;
      }
      const values = stagedValues(record);
      const document = values[DOCUMENT_INDEX] as string;
      values[DOCUMENT_INDEX] = null;
      values.unshift(row.rowNumber);
      text.line(JSON.stringify(values), document);
      keyHashes[count] = hash53(record.key);
      if (record.patent?.grantDate) grantedHashes.push(keyHashes[count]!);
      if (record.patent && record.patent.fact.flags & PRESUMED_LAPSE) presumedHashes.push(keyHashes[count]!);
      count += 1;
    }
    return { text: text.bytes(), count, keyHashes: keyHashes.slice(0, count), problems, grantedHashes: Float64Array.from(grantedHashes), presumedHashes: Float64Array.from(presumedHashes) };
  };
}

/**
 * A batch's staged lines, written as UTF-8 bytes line by line: each line's text dies as soon as
 * it is written (none is kept for the whole batch, to be copied by the garbage collector and
 * encoded at the end), and the bytes go to the importing thread as they are.
 */
class LineBytes {
  private buffer: Buffer;
  private length = 0;

  constructor(rows: number) {
    // About a kilobyte a patent line; grown when a batch needs more. Never from Node's shared pool
    // of small buffers: a staging worker hands the memory over to the importing thread.
    this.buffer = Buffer.allocUnsafeSlow(Math.max(rows, 1) * 1024);
  }

  /** `head`, then a tab and `tail` when given, then a newline. */
  line(head: string, tail?: string): void {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    this.reserve(3 * (head.length + (tail?.length ?? 0)) + 2);
    this.length += this.buffer.write(head, this.length, 'utf8');
    if (tail !== undefined) {
      this.buffer[this.length++] = 0x09;
      this.length += this.buffer.write(tail, this.length, 'utf8');
    }
    this.buffer[this.length++] = 0x0a;
  }

  bytes(): Uint8Array {
    const bytes = this.buffer.subarray(0, this.length);
    // A buffer grown well past its lines is copied to their size: what is handed over stays in
    // memory until written, and a million rows' batches must not hold twice what they need.
    return this.length * 5 < this.buffer.length * 4 ? new Uint8Array(bytes) : bytes;
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafeSlow(Math.max(2 * this.buffer.length, this.length + bytes));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}

/** What the file layer tells about a row by itself: formula cells (refused) and unnamed columns. Shared with the ledgers' importer. */
export function checkRow(row: TableRow, problems: RowProblem[]): void {
  for (const column of row.formulaColumns ?? []) {
    problems.push({
      row: row.rowNumber,
      column,
      value: row.cells[column] ?? '',
      reason: {
        zh: '该单元格是公式，导入时不读取公式结果（可能已过时）。请将公式转换为数值（复制后“选择性粘贴—数值”）后重新上传。',
        en: 'This cell holds a formula; its saved result may be stale and is not imported. Convert formulas to values (copy, then Paste Special → Values) and upload again.',
      },
      severity: 'error',
    });
  }
  if (row.unlabelledValues) {
    problems.push({
      row: row.rowNumber,
      value: row.unlabelledValues.join(' | '),
      reason: { zh: '该行在没有列名的列中有内容，这些内容被忽略。', en: 'This row has values in columns without a header; they were ignored.' },
      severity: 'warning',
    });
  }
}

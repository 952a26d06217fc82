import type { Writable } from 'node:stream';
import type { RowProblem } from '@ipcounty/domain';
import type { TableRow } from './table-reader.js';
import { writeXlsx } from './table-writer.js';

const severityLabel = { error: '错误', warning: '警告' } as const;

/**
 * Writes the problems as an .xlsx the user can open beside the file: one line per problem,
 * ordered by row, with 行号/列/值/问题/Problem/级别 columns. Every text is neutralised against
 * formula injection, since values come straight from the uploaded file. Ends `out`.
 */
export async function writeProblemReport(problems: readonly RowProblem[], out: Writable | string): Promise<void> {
  const ordered = [...problems].sort((a, b) => a.row - b.row);
  await writeXlsx(
    [
      {
        name: '问题清单',
        columns: [
          { header: '行号', key: 'row', width: 8 },
          { header: '列', key: 'column', width: 18 },
          { header: '值', key: 'value', width: 24 },
          { header: '问题', key: 'zh', width: 50 },
          { header: 'Problem', key: 'en', width: 50 },
          { header: '级别', key: 'severity', width: 8 },
        ],
        rows: ordered.map((problem) => ({
          row: problem.row,
          column: problem.column ?? null,
          value: problem.value ?? null,
          zh: problem.reason.zh,
          en: problem.reason.en,
          severity: severityLabel[problem.severity],
        })),
      },
    ],
    out,
  );
}

/**
 * The warnings the file layer can tell about a row by itself: a value computed by a formula
 * (its cached result was read, which may be stale) and values in columns without a name.
 */
export function tableRowWarnings(row: TableRow): RowProblem[] {
  const warnings: RowProblem[] = [];
  for (const column of row.formulaColumns ?? []) {
    warnings.push({
      row: row.rowNumber,
      column,
      value: row.cells[column] ?? '',
      reason: {
        zh: '该单元格是公式，已读取 Excel 上次保存时的计算结果。请确认结果正确，或将公式转换为数值后重新上传。',
        en: 'This cell holds a formula; the result Excel last saved was read. Check that it is right, or convert the formula to a value and upload again.',
      },
      severity: 'warning',
    });
  }
  if (row.unlabelledValues) {
    warnings.push({
      row: row.rowNumber,
      value: row.unlabelledValues.join(' | '),
      reason: {
        zh: '该行在没有列名的列中有内容，这些内容被忽略。',
        en: 'This row has values in columns without a header; they were ignored.',
      },
      severity: 'warning',
    });
  }
  return warnings;
}

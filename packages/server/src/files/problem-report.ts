import type { Writable } from 'node:stream';
import type { RowProblem } from '@ipcounty/domain';
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

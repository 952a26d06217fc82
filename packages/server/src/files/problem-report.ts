import type { Writable } from 'node:stream';
import type { MessageLanguage, RowProblem } from '@ipcounty/domain';
import { writeXlsx } from './table-writer.js';

/** The report's words in each language; the problems themselves come worded in both. */
export const problemReportText = {
  'zh-CN': { sheet: '问题清单', row: '行号', column: '列', value: '值', problem: '问题', severity: '级别', error: '错误', warning: '警告', fileName: '问题清单' },
  en: { sheet: 'Problems', row: 'Row', column: 'Column', value: 'Value', problem: 'Problem', severity: 'Severity', error: 'Error', warning: 'Warning', fileName: 'problems' },
} as const satisfies Record<MessageLanguage, Record<string, string>>;

/**
 * Writes the problems as an .xlsx the user can open beside the file, in the reader's language: one
 * line per problem, ordered by row, with row, column, value, problem and severity. Every text is
 * neutralised against formula injection, since values come straight from the uploaded file. Ends `out`.
 */
export async function writeProblemReport(problems: readonly RowProblem[], out: Writable | string, language: MessageLanguage = 'zh-CN'): Promise<void> {
  const words = problemReportText[language];
  const ordered = [...problems].sort((a, b) => a.row - b.row);
  await writeXlsx(
    [
      {
        name: words.sheet,
        columns: [
          { header: words.row, key: 'row', width: 8 },
          { header: words.column, key: 'column', width: 18 },
          { header: words.value, key: 'value', width: 24 },
          { header: words.problem, key: 'reason', width: 60 },
          { header: words.severity, key: 'severity', width: 10 },
        ],
        rows: ordered.map((problem) => ({
          row: problem.row,
          column: problem.column ?? null,
          value: problem.value ?? null,
          reason: language === 'en' ? problem.reason.en : problem.reason.zh,
          severity: words[problem.severity],
        })),
      },
    ],
    out,
  );
}

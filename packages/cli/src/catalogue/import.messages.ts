import { count, type Catalogue } from './catalogue.js';

const zh = {
  description: '导入台账文件（CSV、TSV 或 XLSX）；文件有任何错误则不做任何更改。import template <种类> --out 文件 写出 Excel 模板',
  kindArgument: (kinds: string) => `文件内容的种类：${kinds}（或 template）`,
  fileArgument: '要导入的文件（template 时为种类）',
  maxRowsOption: '最多接受的数据行数（默认 100,000）',
  outOption: 'template 时：.xlsx 写到哪里',
  layoutOption: (layouts: string) => `template patents 时：按某种导出格式的列生成空白模板（${layouts}）`,
  exportDateOption: '文件中状态（专利权状态、简单法律状态）所描述的日期（导出日期）；默认取文件的日期',
  confirmOption: '导入被防护规则暂停的文件（没有授权，或不到上次导入授权数的一半）',
  after: (kinds: string) => `\n种类：${kinds}\n进度显示在标准错误输出；文件被拒绝时退出码为 3，并列出每个问题。`,
  unknownKind: (kind: string, kinds: string) => `未知的种类“${kind}”；可选：${kinds}`,
  outRequired: '请用 --out 指定 .xlsx 文件',
  unknownLayout: (layouts: string) => `--layout 只能是 ${layouts}（仅用于 patents）`,
  templateWritten: (register: string, file: string) => `已将${register}模板写入 ${file}`,
  fileRequired: '请给出要导入的文件',
  noSuchFile: (file: string) => `文件不存在：${file}`,
  badMaxRows: (value: string) => `--max-rows 应为正整数，而不是“${value}”`,
  read: (register: string, file: string, sha256: string) => `${register}：${file}（sha256 ${sha256}…）`,
  counts: (rows: number, records: number, inserted: number, updated: number, unchanged: number) =>
    `  读取 ${count(rows)} 行，${count(records)} 条记录：新增 ${count(inserted)}，更改 ${count(updated)}，未变 ${count(unchanged)}`,
  granted: (exportDate: string, granted: number, lapsed: number) => `  导出日期 ${exportDate}：授权 ${count(granted)} 件，仅按导出日期推定失效 ${count(lapsed)} 件`,
  warnings: (n: number) => `  警告 ${count(n)} 条：`,
  problem: (row: number, column: string | undefined, reason: string) => `    第 ${row} 行${column ? ` ${column}` : ''}：${reason}`,
  refused: (errors: number, notListed: number) => `导入被拒绝，未做任何更改：${count(errors)} 个错误${notListed ? `（另有 ${count(notListed)} 个问题未列出）` : ''}`,
  paused: (reason: string) => `导入已暂停，未做任何更改：${reason}（加 --confirm 仍然导入）`,
};

const en: typeof zh = {
  description: 'import a register file (CSV, TSV or XLSX); a file with any error changes nothing. `import template <kind> --out FILE` writes the Excel template',
  kindArgument: (kinds) => `what the file holds: ${kinds} (or "template")`,
  fileArgument: 'the file to import (for "template": the kind)',
  maxRowsOption: 'most data rows accepted (default 100,000)',
  outOption: 'for "template": where to write the .xlsx',
  layoutOption: (layouts) => `for "template patents": a blank template in the columns of an export (${layouts})`,
  exportDateOption: "the day the file's statuses (patent status, legal status) describe (the export date); default: the file's date",
  confirmOption: "import a file the guard rails paused (no grants, or under half of the last import's)",
  after: (kinds) => `\nKinds: ${kinds}\nProgress is shown on stderr; exit 3 with every problem when the file is refused.`,
  unknownKind: (kind, kinds) => `unknown kind "${kind}"; one of: ${kinds}`,
  outRequired: 'give --out FILE.xlsx',
  unknownLayout: (layouts) => `--layout is one of ${layouts} (patents only)`,
  templateWritten: (register, file) => `wrote the ${register} template to ${file}`,
  fileRequired: 'give the file to import',
  noSuchFile: (file) => `no such file: ${file}`,
  badMaxRows: (value) => `--max-rows must be a positive whole number, not "${value}"`,
  read: (register, file, sha256) => `${register}: ${file} (sha256 ${sha256}…)`,
  counts: (rows, records, inserted, updated, unchanged) =>
    `  ${count(rows)} rows read, ${count(records)} records: ${count(inserted)} new, ${count(updated)} changed, ${count(unchanged)} unchanged`,
  granted: (exportDate, granted, lapsed) => `  export date ${exportDate}: ${count(granted)} granted, ${count(lapsed)} lapsed by the export date only (presumed)`,
  warnings: (n) => `  ${count(n)} warning(s):`,
  problem: (row, column, reason) => `    row ${row}${column ? ` ${column}` : ''}: ${reason}`,
  refused: (errors, notListed) => `The import was refused and changed nothing: ${count(errors)} error(s)${notListed ? ` (${count(notListed)} problems not listed)` : ''}`,
  paused: (reason) => `The import paused and changed nothing: ${reason} (--confirm to import anyway)`,
};

export const importMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };

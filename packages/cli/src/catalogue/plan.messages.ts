import type { Catalogue } from './catalogue.js';

const zh = {
  description: '工作方案：载入、修订、导出、查看修订记录',
  validateDescription: '检查方案文件（YAML 或 JSON），不载入',
  fileArgument: '方案文件（YAML 或 JSON）',
  invalidPlan: '方案文件无效',
  valid: (file: string, title: string, targets: number, tasks: number) => `${file}：有效 — ${title}，${targets} 项指标，${tasks} 项任务`,
  importDescription: '载入方案，或已载入方案的修订版；文件无效时不做任何更改',
  loaded: (plan: string, county: string, revision: number, changes: number) => `已为 ${county} 载入 ${plan}，修订版 ${revision}${changes ? `（${changes} 处更改）` : ''}`,
  unchanged: (plan: string, revision: number) => `${plan} 未改变（修订版 ${revision}）`,
  exportDescription: '以 JSON 输出现行方案（到标准输出，或 --out 文件）',
  outOption: '写入此文件，而不是标准输出',
  noPlan: '该县尚未载入工作方案',
  revisionsDescription: '列出方案的每次修订：何人、何时、改了什么',
  parseDescription: '将工作方案文件（.docx 或 .txt）读成方案草稿：输出草稿、存疑之处和未读入的段落；不保存任何内容',
  documentArgument: '方案文件（.docx 或 .txt）',
  parsed: (file: string, title: string, targets: number, tasks: number, phases: number) =>
    `${file}：${title || '（无标题）'} — ${targets} 项指标，${tasks} 项任务，${phases} 个阶段`,
  doubt: (path: string, label: string, reasons: string) => `  ？${path} ${label}：${reasons}`,
  unread: (outsideModel: boolean, text: string) => `  未读入（${outsideModel ? '方案模型之外' : '未识别'}）：${text}`,
  documentMissing: (file: string) => `找不到文件 ${file}`,
  parseNext: '核对后在网页“方案管理 → 从文件导入”确认，或将 --json 输出的 plan 存为文件后用 plan import 载入',
};

const en: typeof zh = {
  description: 'the work plan: load, revise, export, list revisions',
  validateDescription: 'check a plan file (YAML or JSON) without loading it',
  fileArgument: 'plan file (YAML or JSON)',
  invalidPlan: 'The plan file is invalid',
  valid: (file, title, targets, tasks) => `${file}: valid — ${title}, ${targets} targets, ${tasks} tasks`,
  importDescription: 'load a plan, or a revision of the loaded plan; an invalid file changes nothing',
  loaded: (plan, county, revision, changes) => `loaded ${plan} for ${county} as revision ${revision}${changes ? ` (${changes} changes)` : ''}`,
  unchanged: (plan, revision) => `${plan} is unchanged (revision ${revision})`,
  exportDescription: 'write the plan in force as JSON (to stdout, or --out FILE)',
  outOption: 'write to this file instead of stdout',
  noPlan: 'No plan has been loaded for that county',
  revisionsDescription: 'list every revision of the plan: who, when, what changed',
  parseDescription: "read a plan's document (.docx or .txt) into a draft plan: prints the draft, its doubts and the unread passages; stores nothing",
  documentArgument: 'the plan document (.docx or .txt)',
  parsed: (file, title, targets, tasks, phases) => `${file}: ${title || '(no title)'} — ${targets} targets, ${tasks} tasks, ${phases} phases`,
  doubt: (path, label, reasons) => `  ? ${path} ${label}: ${reasons}`,
  unread: (outsideModel, text) => `  unread (${outsideModel ? 'outside the plan model' : 'unrecognised'}): ${text}`,
  documentMissing: (file) => `File not found: ${file}`,
  parseNext: 'check it, then confirm it in the web app (Plan management → From a document), or save the "plan" of --json to a file and load it with plan import',
};

export const planMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };

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
};

export const planMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };

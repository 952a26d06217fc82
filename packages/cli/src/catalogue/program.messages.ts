import { count, type Catalogue } from './catalogue.js';

const zh = {
  description: 'IPCounty 知识产权强县建设管理平台：所有批量操作的命令行',
  exitCodes: '退出码：0 完成 · 1 意外失败 · 2 命令行有误 · 3 输入被拒绝（未做任何更改）· 4 未找到',
  database: '数据库：DATABASE_URL（SQLite 文件路径，默认 ./data/ipcounty.sqlite；或 postgres:// 地址）',
  langOption: '语言：zh-CN 或 en（默认按 LC_ALL、LC_MESSAGES、LANG，否则中文）',
  asOption: '以该账户的身份执行：只在其所属县（市）内，按其角色权限（默认：服务器运维人员，可操作所有县）',
  jsonOption: '输出 JSON，供程序读取',
  countyOption: '县代码（载入多个县时必填）',
  help: '显示帮助',
  version: '显示版本号',
  usage: '用法',
  /** Commander's own refusals, keyed by its error code. */
  commander: {
    unknownOption: (option: string) => `未知选项 ${option}`,
    unknownCommand: (command: string) => `未知命令 ${command}`,
    missingArgument: (name: string) => `缺少参数 ${name}`,
    missingOption: (option: string) => `缺少必填选项 ${option}`,
    optionMissingArgument: (option: string) => `选项 ${option} 需要一个值`,
    excessArguments: '参数过多',
  },
  invalidDate: (option: string, value: string) => `${option} 应为日期 YYYY-MM-DD，而不是“${value}”`,
  invalidNumber: (option: string, value: string) => `${option} 应为数字，而不是“${value}”`,
  invalidChoice: (option: string, value: string, choices: readonly string[]) => `${option} 只能是 ${choices.join('、')}，而不是“${value}”`,
  row: (row: number) => `第 ${row} 行`,
  unexpected: (message: string) => `ipcounty：意外错误：${message}`,
  keyFileMade: (file: string) => `已生成密钥文件 ${file}；请将其保存在数据库及其备份之外`,
  more: (n: number) => `…… 另有 ${count(n)} 条`,
};

const en: typeof zh = {
  description: 'IPCounty 知识产权强县建设管理平台: the command line for every bulk operation',
  exitCodes: 'Exit codes: 0 done · 1 unexpected failure · 2 wrong command line · 3 input refused (nothing changed) · 4 not found',
  database: 'Database: DATABASE_URL (a SQLite file path, default ./data/ipcounty.sqlite, or a postgres:// URL)',
  langOption: 'language: zh-CN or en (default: from LC_ALL, LC_MESSAGES or LANG, else Chinese)',
  asOption: "act as this account: in its own county only, with its roles' permissions (default: the server's operator, over every county)",
  jsonOption: 'machine-readable output',
  countyOption: 'county code, when several are loaded',
  help: 'show help',
  version: 'show the version',
  usage: 'Usage',
  commander: {
    unknownOption: (option) => `unknown option ${option}`,
    unknownCommand: (command) => `unknown command ${command}`,
    missingArgument: (name) => `missing argument ${name}`,
    missingOption: (option) => `required option ${option} not given`,
    optionMissingArgument: (option) => `option ${option} needs a value`,
    excessArguments: 'too many arguments',
  },
  invalidDate: (option, value) => `${option} must be a date YYYY-MM-DD, not "${value}"`,
  invalidNumber: (option, value) => `${option} must be a number, not "${value}"`,
  invalidChoice: (option, value, choices) => `${option} must be ${choices.join(', ')}, not "${value}"`,
  row: (row) => `row ${row}`,
  unexpected: (message) => `ipcounty: unexpected error: ${message}`,
  keyFileMade: (file) => `made the key file ${file}; keep it outside the database and its backups`,
  more: (n) => `… ${count(n)} more`,
};

export const programMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };

import { count, type Catalogue } from './catalogue.js';

const zh = {
  countyDescription: '县（市）：新增县、列出本系统中的县（安装管理员）',
  addDescription: '以工作方案新增一个县，并为其创建三名管理员（一次性口令仅显示这一次）',
  planOption: '该县的工作方案文件（YAML 或 JSON）',
  added: (name: string, code: string, plan: string) => `已新增 ${name}（${code}），工作方案 ${plan}`,
  administrator: (role: string, login: string, password: string) => `  ${role} 登录名 ${login}  一次性口令 ${password}`,
  administratorsHint: '首次登录须修改口令；系统管理员创建账户，安全管理员授予角色。',
  listDescription: '列出本系统中的全部县',
  countyLine: (code: string, name: string) => `${code}  ${name}`,
  provinceDescription: '省级管理：全省对比',
  exportDescription: '把每个县的指标数值、目标完成情况、排名和最近验收结论写入一个 Excel 工作簿',
  asOfOption: '统计日期 YYYY-MM-DD（默认今天）',
  outOption: '工作簿文件（默认 全省对比-日期.xlsx）',
  exported: (file: string, counties: number, atRisk: number) => `已写入 ${file}：${count(counties)} 个县，其中 ${count(atRisk)} 个有风险`,
};

const en: typeof zh = {
  countyDescription: 'counties: add a county, list the counties of the installation (installation administrator)',
  addDescription: 'add a county with its work plan, and create its three administrators (one-time passwords shown this once)',
  planOption: "the county's work plan file (YAML or JSON)",
  added: (name, code, plan) => `added ${name} (${code}) with plan ${plan}`,
  administrator: (role, login, password) => `  ${role} login ${login}  one-time password ${password}`,
  administratorsHint: 'The first sign-in asks for a new password; the system administrator creates accounts, the security administrator grants roles.',
  listDescription: 'list every county of the installation',
  countyLine: (code, name) => `${code}  ${name}`,
  provinceDescription: 'the provincial office: comparing the counties',
  exportDescription: "write every county's figures, attainment, rankings and latest acceptance result into one Excel workbook",
  asOfOption: 'the date YYYY-MM-DD (default: today)',
  outOption: 'the workbook file (default 全省对比-DATE.xlsx)',
  exported: (file, counties, atRisk) => `wrote ${file}: ${count(counties)} counties, ${count(atRisk)} at risk`,
};

export const countyMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };

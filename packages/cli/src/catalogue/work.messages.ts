import { count, type Catalogue } from './catalogue.js';

/** The office's scheduled work: the supervision ladder, the acceptance package, the analysis reports. */
const zh = {
  supervision: {
    description: '督查考核：提醒 → 催办 → 督办',
    runDescription: '检查期限、报表和指标进度，发出到期的提醒、催办，起草督办单待审核签发（同一件不重复发送或起草）',
    asOfOption: '按此时间评估（YYYY-MM-DD 表示上海时间当天结束，或 ISO 时刻）；默认现在',
    badAsOf: (value: string) => `--as-of 应为日期（YYYY-MM-DD）或带时区的时刻，而不是“${value}”`,
    level: { reminder: '提醒', urge: '催办', supervise: '督办' },
    watched: (asOf: string, items: number, reports: number, indicators: number) => `督查（截至 ${asOf}）：工作事项 ${items} 项，报表 ${reports} 份，监测指标 ${indicators} 项`,
    nothingDue: '没有到期事项：未发送提醒',
    sent: (n: number) => `已发送 ${n} 件：`,
    drafted: (n: number) => `已起草 ${n} 件，待在“督办记录”中审核、签发后发出：`,
    emails: (sent: number, failed: number, noAddress: number, notConfigured: number) =>
      `邮件：已发送 ${sent}，失败 ${failed}（下次运行重试），无地址 ${noAddress}，未发送 ${notConfigured}（未配置 SMTP_HOST）`,
  },
  acceptance: {
    description: '评估验收：由数据生成验收材料',
    packageDescription: '生成某数据日期的自评报告（Word、PDF）、全部表格工作簿、佐证材料目录和佐证材料压缩包；存档为新版本并写入文件夹',
    asOfOption: '数据日期 YYYY-MM-DD（默认：中国时间今天）',
    outOption: '写入文件的文件夹（不存在时自动创建）',
    written: (version: number, asOf: string, folder: string) => `验收材料第 ${version} 版，数据截至 ${asOf}，已写入 ${folder}：`,
    file: (name: string, size: number, sha256: string) => `  ${name}  ${count(size)} 字节  sha256 ${sha256}`,
    fonts: (note: string) => `PDF 字体：${note}`,
    firstVersion: '第一版：无可比较的版本',
    changed: (n: number, previous: number) => `与第 ${previous} 版相比有 ${n} 个数字变化：`,
    unchanged: (previous: number) => `与第 ${previous} 版相比没有数字变化`,
  },
  reports: {
    description: '统计分析报告：月报、季报、年报，推送给各单位',
    generateDescription: '生成某期统计分析报告（全县版、各镇街版和各答复部门版，Word 和 PDF），存档并投递到各单位收件箱；配置 SMTP 后同时发送邮件',
    periodOption: '2026-11（月报）、2026-Q4（季报）或 2026（年报）',
    regionOption: '只生成此镇街的版本（如 licheng）',
    generated: (period: string, versions: number, delivered: number) => `统计分析报告 ${period}：${versions} 个版本，已投递到 ${delivered} 个单位收件箱`,
    document: (title: string, version: number, asOf: string, changes: number) => `  ${title}（第 ${version} 版，数据截至 ${asOf}${changes ? `，${changes} 个数字有变化` : ''}）`,
    emails: (sent: number, failed: number, noAddress: number, notConfigured: number) =>
      `邮件：已发送 ${sent}，失败 ${failed}，无地址 ${noAddress}，未发送 ${notConfigured}（未配置 SMTP_HOST）`,
  },
};

const en: typeof zh = {
  supervision: {
    description: 'supervision: the ladder of reminder → urge → supervision notice',
    runDescription: 'evaluate deadlines, reports and indicator pace, send the reminders and urges that are due and draft supervision notices for review and signature (never the same one twice)',
    asOfOption: 'evaluate at this date (YYYY-MM-DD: the end of that day in Shanghai) or ISO instant; default now',
    badAsOf: (value) => `--as-of must be a date (YYYY-MM-DD) or an instant with an offset, not "${value}"`,
    level: { reminder: 'reminder', urge: 'urge', supervise: 'supervision notice' },
    watched: (asOf, items, reports, indicators) => `supervision as of ${asOf}: ${items} work items, ${reports} report forms, ${indicators} indicators watched`,
    nothingDue: 'nothing due: no reminder sent',
    sent: (n) => `${n} sent:`,
    drafted: (n) => `${n} drafted, to be reviewed and signed in the app before they go out:`,
    emails: (sent, failed, noAddress, notConfigured) => `e-mails: ${sent} sent, ${failed} failed (retried next run), ${noAddress} without address, ${notConfigured} not sent (no SMTP_HOST)`,
  },
  acceptance: {
    description: 'evaluation and acceptance: the acceptance package from the data',
    packageDescription: 'generate the self-assessment report (Word, PDF), the workbook of every table, the index of evidence and the evidence ZIP at a data date; archive them as a new version and write them to a folder',
    asOfOption: 'the data date, YYYY-MM-DD (default: today in China)',
    outOption: 'the folder to write the files to (created when missing)',
    written: (version, asOf, folder) => `acceptance package version ${version}, data as of ${asOf}, written to ${folder}:`,
    file: (name, size, sha256) => `  ${name}  ${count(size)} bytes  sha256 ${sha256}`,
    fonts: (note) => `PDF fonts: ${note}`,
    firstVersion: 'first version: nothing to compare',
    changed: (n, previous) => `${n} numbers changed since version ${previous}:`,
    unchanged: (previous) => `no number changed since version ${previous}`,
  },
  reports: {
    description: 'statistical analysis reports: monthly, quarterly and yearly, pushed to units',
    generateDescription: "generate a period's statistical analysis report (the county's, each town's and each answering department's version, Word and PDF), archive it and deliver it to the units' inboxes and, with SMTP configured, by e-mail",
    periodOption: '2026-11 (monthly), 2026-Q4 (quarterly) or 2026 (yearly)',
    regionOption: "only this town's version (e.g. licheng)",
    generated: (period, versions, delivered) => `statistical analysis report ${period}: ${versions} versions, delivered to ${delivered} unit inboxes`,
    document: (title, version, asOf, changes) => `  ${title} (version ${version}, data as of ${asOf}${changes ? `, ${changes} numbers changed` : ''})`,
    emails: (sent, failed, noAddress, notConfigured) => `e-mails: ${sent} sent, ${failed} failed, ${noAddress} without address, ${notConfigured} not sent (no SMTP_HOST)`,
  },
};

export const workMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };

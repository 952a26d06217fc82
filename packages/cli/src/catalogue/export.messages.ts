import { count, type Catalogue } from './catalogue.js';

const zh = {
  exportDescription: '把一个统计监测台账或专项工作台账整表写入 Excel（与网页导出相同，可再导入），语言随 --lang 或 LANG',
  kindArgument: '台账种类',
  outOption: '工作簿文件（默认 台账名称-日期.xlsx）',
  exported: (file: string, records: number) => `已写入 ${file}：${count(records)} 条记录`,
  unknownKind: (kind: string, kinds: string) => `未知的台账种类“${kind}”；可选：${kinds}`,
};

const en: typeof zh = {
  exportDescription: 'write a register or a ledger sheet, whole, to Excel (the web’s export, which imports back), in the language of --lang or LANG',
  kindArgument: 'the register or ledger',
  outOption: 'the workbook file (default NAME-DATE.xlsx)',
  exported: (file, records) => `wrote ${file}: ${count(records)} records`,
  unknownKind: (kind, kinds) => `unknown register or ledger "${kind}"; one of: ${kinds}`,
};

export const exportMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };

import type { Writable } from 'node:stream';
import { patentExportLayouts, patentRegister, registerCatalog, templateHeader, type ImportKind, type PatentExportLayout, type RegisterDefinition, type RegisterField } from '@ipcounty/domain';
import { matchHeaders } from '../../files/header-matching.js';
import { writeTemplate, type ImportTemplate } from '../../files/table-writer.js';

const typeHints: Readonly<Record<RegisterField['type'], string>> = {
  text: '',
  date: '日期，如 2024-03-15、2024.3.15 或 20240315',
  year: '四位数年份，如 2024',
  integer: '整数',
  amount: '金额',
  enum: '',
  'enum-list': '可填多项，用分号分隔',
  boolean: '填 是 或 否',
  list: '多项用分号（；）分隔',
  region: '本县或所辖镇（街道）、开发区的名称',
  'credit-code': '18 位统一社会信用代码',
  'key-industry': '',
};

function noteOf(field: RegisterField): string {
  const choices = field.options && field.type !== 'region' ? `可填：${field.options.map((o) => o.zh).join('、')}` : '';
  return [field.note ?? typeHints[field.type], field.note ? '' : choices, field.labels.length > 1 ? `列名也可写作：${field.labels.slice(1).join('、')}` : '']
    .filter((part) => part !== '')
    .join('；');
}

/** The Excel template of an import kind: Chinese headers as the importer reads them, an example row and notes. */
export function importTemplate(kind: ImportKind): ImportTemplate {
  return templateOf(registerCatalog[kind]);
}

/** The template of any sheet declared with register fields (a register, a program ledger). */
export function templateOf(definition: Pick<RegisterDefinition, 'zh' | 'sheetName' | 'fields' | 'example' | 'notes'>): ImportTemplate {
  return {
    sheetName: definition.sheetName,
    // '@' keeps numbers typed into identifier columns (申请号, 信用代码) as text.
    // Fields the importer sets itself (全部公开（公告）号, 申请人类型来源) are read back from exports, never asked for.
    columns: definition.fields.filter((field) => !field.computed).map((field) => ({ header: templateHeader(field), key: field.key, required: field.required ?? false, note: noteOf(field), numFmt: '@' })),
    example: definition.example,
    notes: [
      `${definition.zh}导入模板。第一行为列名，请勿修改；第二行是示例，导入前请删除或替换。带“必填”的列必须填写。`,
      '文件可为 Excel（.xlsx）、CSV 或 TSV；CSV 可用 UTF-8 或 GBK 编码。同一记录再次导入时更新而不重复；任何一行有错误时整个文件不导入，并列出全部问题。',
      '请不要使用公式：含公式的单元格会被拒绝，请先转换为数值。',
      ...(definition.notes ?? []),
    ],
  };
}

export async function writeImportTemplate(kind: ImportKind, out: Writable | string): Promise<void> {
  await writeTemplate(importTemplate(kind), out);
}

/** The file name offered for a template download: 专利导入模板.xlsx. */
export function templateFileName(kind: ImportKind): string {
  return `${registerCatalog[kind].zh}导入模板.xlsx`;
}

/** The export layouts a blank patent template can be had in (CNIPA, commercial, IPCounty, PatentsView). */
export function patentLayout(key: string): PatentExportLayout | undefined {
  return patentExportLayouts.find((layout) => layout.key === key);
}

/**
 * A blank template in the columns of one patent export layout, in the source's order: for an
 * office that assembles its list by hand in the shape of the export it will later download.
 * The notes sheet says what each column is read as, and which are kept but not read.
 */
export function layoutTemplate(layout: PatentExportLayout, fields: readonly RegisterField[]): ImportTemplate {
  const match = matchHeaders(layout.headers, fields.map((f) => ({ key: f.key, labels: f.labels, required: f.required ?? false })));
  const fieldOf = new Map(fields.flatMap((f) => (match.columns[f.key] ? [[match.columns[f.key]!, f] as const] : [])));
  return {
    sheetName: registerCatalog.patents.sheetName,
    columns: layout.headers.map((header) => {
      const field = fieldOf.get(header);
      return { header, key: header, required: field?.required ?? false, note: field ? `读作“${field.labels[0]}”${field.note ? `：${field.note}` : ''}` : '可保留，不导入', numFmt: '@' };
    }),
    example: {},
    notes: [`${layout.name.zh}格式的空白模板。第一行为列名，请勿修改。`, layout.about.zh, ...(registerCatalog.patents.notes ?? [])],
  };
}

/** 专利导入模板-国家知识产权局 专利检索及分析.xlsx */
export function layoutTemplateFileName(layout: PatentExportLayout): string {
  return `专利导入模板-${layout.name.zh}.xlsx`;
}

/** Writes the blank template of a patent export layout. */
export async function writeLayoutTemplate(layout: PatentExportLayout, out: Writable | string): Promise<void> {
  await writeTemplate(layoutTemplate(layout, patentRegister.fields), out);
}

import type { Expert, Plan } from '@ipcounty/domain';
import { TableFileError } from '../files/table-file-error.js';
import { openTable, type OpenedTable } from '../files/table-reader.js';

/** The columns of the 专家库 import template, in order. */
export const expertColumns = ['姓名', '专业领域', '工作单位', '职称', '联系电话', '电子邮箱', '回避单位', '回避企业'] as const;

/** An empty template with one example row, so the office sees the format (lists split by 、). */
export async function expertTemplate(plan: Pick<Plan, 'units'>): Promise<Buffer> {
  // exceljs is loaded on the first template, not at start (it costs a few hundred milliseconds).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('专家库');
  sheet.addRow([...expertColumns]);
  sheet.addRow(['张三（示例，导入前请删除）', '专利管理', '某某大学知识产权学院', '教授', '13800000000', 'zhangsan@example.edu.cn', plan.units[0]?.name ?? '', '某某科技有限公司']);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 22));
  const notes = book.addWorksheet('说明');
  notes.addRow(['回避单位填写工作方案中的单位名称，多个用“、”分隔；回避企业填写企业全称。']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface ParsedExpertRow {
  row: number;
  expert?: Omit<Expert, 'id' | 'active'>;
  problem?: string;
}

const list = (text: string) => text.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean);

/** A pool is a few hundred experts; the bound keeps a crafted file from costing more. */
const MAX_EXPERT_ROWS = 5000;

/**
 * Read the template back: units by name or alias (or code), problems per row, never a formula's
 * text. Read by the bounded table reader (files/table-reader.ts), like every uploaded table: a
 * crafted workbook is a problem on row 0, never a server held up.
 */
export async function readExpertWorkbook(bytes: Uint8Array, plan: Pick<Plan, 'units'>): Promise<ParsedExpertRow[]> {
  let table: OpenedTable;
  try {
    table = await openTable({ buffer: Buffer.from(bytes) }, { fileName: 'experts.xlsx', maxRows: MAX_EXPERT_ROWS });
  } catch (error) {
    if (error instanceof TableFileError) return [{ row: 0, problem: `${error.reason.zh} / ${error.reason.en}` }];
    throw error;
  }
  if (!table.headers.includes('姓名')) {
    await table.close();
    return [{ row: table.headerRowNumber, problem: '第一行须是表头，至少有“姓名”列 / The first row must be the header with 姓名' }];
  }
  const unitOf = (text: string) => plan.units.find((u) => u.code === text || u.name === text || u.aliases.includes(text))?.code;
  const rows: ParsedExpertRow[] = [];
  try {
    for await (const r of table.rows()) {
      const n = r.rowNumber;
      const get = (name: (typeof expertColumns)[number]) => (r.cells[name] ?? '').trim();
      const name = get('姓名');
      if (!name || name.includes('示例')) continue;
      const avoid = list(get('回避单位'));
      const unknown = avoid.filter((u) => !unitOf(u));
      if (unknown.length) {
        rows.push({ row: n, problem: `回避单位不在工作方案中：${unknown.join('、')} / Unknown units: ${unknown.join(', ')}` });
        continue;
      }
      rows.push({
        row: n,
        expert: {
          name: name.slice(0, 50),
          field: get('专业领域').slice(0, 100),
          organisation: get('工作单位').slice(0, 200),
          title: get('职称').slice(0, 100),
          phone: get('联系电话') || null,
          email: get('电子邮箱') || null,
          avoidUnits: avoid.map((u) => unitOf(u)!),
          avoidEnterprises: list(get('回避企业')),
        },
      });
    }
  } catch (error) {
    if (error instanceof TableFileError) return [...rows, { row: 0, problem: `${error.reason.zh} / ${error.reason.en}` }];
    throw error;
  } finally {
    await table.close();
  }
  return rows;
}

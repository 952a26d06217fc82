import { Writable } from 'node:stream';
import { writeXlsx } from '../../files/table-writer.js';
import type { TestApp } from '../../http/__tests__/test-app.js';
import { multipart } from '../../supervision/__tests__/evidence-samples.js';

/** A CSV file from rows of cells, the first row the header (no quoting needed for these values). */
export function csv(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(rows.map((row) => row.join(',')).join('\r\n'), 'utf8');
}

/** An .xlsx workbook of one sheet from rows of cells, the first row the header. */
export async function xlsx(sheet: string, rows: readonly (readonly string[])[]): Promise<Buffer> {
  const [header, ...data] = rows;
  const chunks: Buffer[] = [];
  const out = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
  await writeXlsx([{ name: sheet, columns: header!.map((h, i) => ({ header: h, key: String(i) })), rows: data.map((r) => Object.fromEntries(r.map((v, i) => [String(i), v]))) }], out);
  return Buffer.concat(chunks);
}

/** POST a file to a ledger's import as the test app's current user. */
export function importFile(t: TestApp, kind: string, fileName: string, bytes: Buffer) {
  return t.app.inject({ method: 'POST', url: `/api/ledgers/${kind}/import`, ...multipart(fileName, bytes) });
}

/** 2025's budget, allocations and payments of the worked example, as the office would import them. */
export const budgetRows = [
  ['年度', '资金来源', '资金用途', '预算金额（万元）', '关联任务', '所属镇街'],
  ['2025', '县级财政', '专利资助', '100', '5', ''],
  ['2025', '省级补助', '平台建设', '50', '8；5', ''],
  ['2025', '县级财政', '宣传培训', '20', '21', '黎城街道'],
];
export const allocationRows = [
  ['安排编号', '年度', '资金来源', '资金用途', '拨付对象', '对象类型', '安排金额（万元）', '批复文件', '批复日期', '关联任务', '所属镇街'],
  ['2025-ZL-001', '2025', '县级财政', '专利资助', '金湖县专利资助项目', '项目', '60', '金市监〔2025〕21号', '2025-03-01', '5', ''],
  ['2025-PT-001', '2025', '省级补助', '平台建设', '金湖县知识产权工作站', '项目', '50', '金市监〔2025〕30号', '2025-05-01', '8', ''],
  ['2025-XC-001', '2025', '县级财政', '宣传培训', '黎城街道4·26宣传周', '项目', '6', '金市监〔2025〕33号', '2025-04-01', '21', '黎城街道'],
];
export const disbursementRows = [
  ['拨付凭证号', '安排编号', '拨付日期', '拨付金额（万元）'],
  ['ZF-001', '2025-ZL-001', '2025-04-10', '30'],
  ['ZF-002', '2025-PT-001', '2025-06-15', '25'],
  ['ZF-003', '2025-ZL-001', '2025-08-01', '20'],
];

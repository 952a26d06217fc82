import type { DocumentTable } from '@ipcounty/domain';
import { workbookBuffer, type CellValue, type SheetData } from '../files/table-writer.js';

/**
 * Every table of a document as one workbook, a sheet each: the same rows as the Word and PDF
 * tables, with numbers as numbers (full precision, so a sum in Excel is the engine's sum) where the
 * document printed them rounded.
 */
export function tableSheet(table: DocumentTable): SheetData {
  const columns = table.columns.map((c, i) => ({ header: c.title, key: `c${i}`, width: Math.max(8, Math.min(60, Math.round(c.width * 2.2))) }));
  const rows = table.rows.map((row, r) =>
    Object.fromEntries(row.map((text, i): [string, CellValue] => [`c${i}`, table.values?.[r]?.[i] ?? (text === '—' ? null : text)])),
  );
  return { name: table.sheet.slice(0, 31), columns, rows };
}

export async function xlsxWorkbook(tables: readonly DocumentTable[]): Promise<Buffer> {
  const names = new Set<string>();
  const sheets = tables.map((t) => {
    const sheet = tableSheet(t);
    let name = sheet.name;
    for (let n = 2; names.has(name); n++) name = `${sheet.name.slice(0, 28)}(${n})`;
    names.add(name);
    return { ...sheet, name };
  });
  return workbookBuffer(sheets);
}

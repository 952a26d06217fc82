import type { Writable } from 'node:stream';
import { ledgerCatalog, templateHeader, type FieldContext, type LedgerDocument, type LedgerKind } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { writeXlsx, type SheetColumn, type TableRecord } from '../files/table-writer.js';
import { templateOf } from '../registers/import/import-template.js';
import { cellsOf } from './ledger-record.view.js';
import { ledgerRepository, type LedgerFilter } from './ledger.repository.js';

/** The ledger sheet's import template (the registers' template writer, from the same declaration). */
export function ledgerTemplate(kind: LedgerKind) {
  const definition = ledgerCatalog[kind];
  return templateOf({ ...definition, notes: [...(definition.notes ?? []), '所属镇街留空表示全县层面的记录；镇街填报人员只能导入本镇街的记录。'] });
}

/**
 * A ledger sheet as Excel: the template's columns first (so the file imports back), then where
 * the row lies and the demo mark. Ledgers are small: every row matching the filter, at once.
 */
export async function writeLedgerExport(db: Executor, kind: LedgerKind, countyId: string, filter: LedgerFilter, context: Pick<FieldContext, 'regionName'>, out: Writable): Promise<number> {
  const definition = ledgerCatalog[kind];
  const columns: SheetColumn[] = [
    ...definition.fields.map((field) => ({ header: templateHeader(field), key: field.key, numFmt: '@' })),
    { header: '示例数据（系统）', key: '__demo', width: 10 },
    { header: '最后修改（系统）', key: '__updated', width: 24 },
  ];
  const rows = await ledgerRepository.all(db, kind, countyId, filter);
  const records: TableRecord[] = rows.map((row) => ({
    ...cellsOf(kind, JSON.parse(row.document) as LedgerDocument, context),
    __demo: Number(row.demo) === 1 ? '是' : '',
    __updated: `${row.updated_at.slice(0, 10)} ${row.updated_by}`,
  }));
  await writeXlsx([{ name: definition.sheetName, columns, rows: records }], out);
  return rows.length;
}

export const ledgerExportName = (kind: LedgerKind, today: string) => `${ledgerCatalog[kind].zh}台账-${today}.xlsx`;
export const ledgerTemplateName = (kind: LedgerKind) => `${ledgerCatalog[kind].zh}导入模板.xlsx`;

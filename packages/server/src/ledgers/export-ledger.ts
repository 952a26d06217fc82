import type { Writable } from 'node:stream';
import { ledgerCatalog, yesNoWords, type FieldContext, type LedgerDocument, type LedgerKind, type MessageLanguage } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { writeXlsx, type SheetColumn, type TableRecord } from '../files/table-writer.js';
import { declaredFieldColumns, exportSheetName, registerExportText } from '../registers/export-register.js';
import { templateOf } from '../registers/import/import-template.js';
import { cellsOf } from './ledger-record.view.js';
import { ledgerRepository, type LedgerFilter } from './ledger.repository.js';

/** The ledger sheet's import template (the registers' template writer, from the same declaration). */
export function ledgerTemplate(kind: LedgerKind) {
  const definition = ledgerCatalog[kind];
  return templateOf({ ...definition, notes: [...(definition.notes ?? []), '所属镇街留空表示全县层面的记录；镇街填报人员只能导入本镇街的记录。'] });
}

/**
 * A ledger sheet as Excel in the reader's language: the declared fields' columns first (so the file
 * imports back, in either language), then the demo mark and the last change. Ledgers are small:
 * every row matching the filter, at once.
 */
export async function writeLedgerExport(
  db: Executor,
  kind: LedgerKind,
  countyId: string,
  filter: LedgerFilter,
  context: Pick<FieldContext, 'regionName'>,
  out: Writable,
  language: MessageLanguage = 'zh-CN',
): Promise<number> {
  const definition = ledgerCatalog[kind];
  const words = registerExportText[language];
  const columns: SheetColumn[] = [
    ...declaredFieldColumns(definition.fields, language),
    { header: words.demo, key: '__demo', width: 10 },
    { header: words.updated, key: '__updated', width: 24 },
  ];
  const rows = await ledgerRepository.all(db, kind, countyId, filter);
  const records: TableRecord[] = rows.map((row) => ({
    ...cellsOf(kind, JSON.parse(row.document) as LedgerDocument, { regionName: context.regionName, language }),
    __demo: Number(row.demo) === 1 ? yesNoWords[language].yes : '',
    __updated: `${row.updated_at.slice(0, 10)} ${row.updated_by}`,
  }));
  await writeXlsx([{ name: exportSheetName(definition, language), columns, rows: records }], out);
  return rows.length;
}

export const ledgerExportName = (kind: LedgerKind, today: string, language: MessageLanguage = 'zh-CN') => registerExportText[language].fileName(ledgerCatalog[kind], today);
export const ledgerTemplateName = (kind: LedgerKind) => `${ledgerCatalog[kind].zh}导入模板.xlsx`;

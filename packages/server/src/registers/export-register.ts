import type { Writable } from 'node:stream';
import { fieldHeader, registerCatalog, yesNoWords, type FieldContext, type MessageLanguage, type RegisterField, type RegisterKind } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { writeXlsx, type SheetColumn, type TableRecord } from '../files/table-writer.js';
import { registerAdapters } from './adapters/record-adapters.js';
import type { RecordDocument } from './register-record.js';
import { registerRepository, type RecordFilter } from './register.repository.js';

/**
 * The words an export of a register or a ledger adds beside the declared fields (whose names and
 * options come from the `*.fields.ts` declarations), in each language.
 */
export const registerExportText = {
  'zh-CN': {
    region: '归属区域（系统）',
    attribution: '归属情况（系统）',
    demo: '示例数据（系统）',
    updated: '最后修改（系统）',
    attributions: { attributed: '已归属', excluded: '不计入（境外、港澳台或县外）', unresolved: '地址待指定', none: '—' },
    fileName: (name: { zh: string; en: string }, today: string) => `${name.zh}台账-${today}.xlsx`,
  },
  en: {
    region: 'Region (system)',
    attribution: 'Attribution (system)',
    demo: 'Demo data (system)',
    updated: 'Last changed (system)',
    attributions: { attributed: 'Attributed', excluded: 'Not counted (abroad, Hong Kong, Macao, Taiwan or outside the county)', unresolved: 'Address to be assigned', none: '—' },
    fileName: (name: { zh: string; en: string }, today: string) => `${name.en}-${today}.xlsx`,
  },
} as const satisfies Record<MessageLanguage, Record<string, unknown>>;

/** A definition's sheet in the reader's language: the template's sheet name, or the register's English name. */
export const exportSheetName = (definition: { sheetName: string; en: string }, language: MessageLanguage) => (language === 'en' ? definition.en : definition.sheetName);

/** The declared fields as text columns headed in `language`, first in every register and ledger export so the file imports back. */
export function declaredFieldColumns(fields: readonly RegisterField[], language: MessageLanguage): SheetColumn[] {
  return fields.map((field) => ({ header: fieldHeader(field, language), key: field.key, numFmt: '@' }));
}

/**
 * A register as an Excel workbook in the reader's language: the declared fields' columns first (so
 * the file imports back, in either language), then the region each record was placed in, why, and
 * the demo mark. Streams page by page.
 */
export async function writeRegisterExport(
  db: Executor,
  kind: RegisterKind,
  countyId: string,
  filter: RecordFilter,
  context: Pick<FieldContext, 'regionName'>,
  out: Writable,
  language: MessageLanguage = 'zh-CN',
): Promise<number> {
  const definition = registerCatalog[kind];
  const adapter = registerAdapters[kind];
  const words = registerExportText[language];
  const columns: SheetColumn[] = [
    ...declaredFieldColumns(definition.fields, language),
    { header: words.region, key: '__region', width: 16 },
    { header: words.attribution, key: '__attribution', width: 24 },
    { header: words.demo, key: '__demo', width: 10 },
  ];
  const cellContext = { regionName: context.regionName, language };
  let count = 0;
  async function* rows(): AsyncGenerator<TableRecord> {
    for await (const page of registerRepository.stream(db, kind, countyId, filter)) {
      for (const row of page) {
        count += 1;
        const extra = {
          __region: row.region ? context.regionName(row.region) : '',
          __attribution: words.attributions[row.attribution],
          __demo: Number(row.demo) === 1 ? yesNoWords[language].yes : '',
        };
        for (const cells of adapter.toCells(JSON.parse(row.document) as RecordDocument, cellContext)) yield { ...cells, ...extra };
      }
    }
  }
  await writeXlsx([{ name: exportSheetName(definition, language), columns, rows: rows() }], out);
  return count;
}

export function exportFileName(kind: RegisterKind, today: string, language: MessageLanguage = 'zh-CN'): string {
  return registerExportText[language].fileName(registerCatalog[kind], today);
}

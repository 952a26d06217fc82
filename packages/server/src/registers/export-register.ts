import type { Writable } from 'node:stream';
import { registerCatalog, templateHeader, type FieldContext, type RegisterKind } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { writeXlsx, type SheetColumn, type TableRecord } from '../files/table-writer.js';
import { registerAdapters } from './adapters/record-adapters.js';
import type { RecordDocument } from './register-record.js';
import { registerRepository, type RecordFilter } from './register.repository.js';

const attributionLabels = { attributed: '已归属', excluded: '不计入（境外、港澳台或县外）', unresolved: '地址待指定', none: '—' } as const;

/**
 * A register as an Excel workbook: the template's columns first (so the file imports back),
 * then the region each record was placed in, why, and the demo mark. Streams page by page.
 */
export async function writeRegisterExport(
  db: Executor,
  kind: RegisterKind,
  countyId: string,
  filter: RecordFilter,
  context: Pick<FieldContext, 'regionName'>,
  out: Writable,
): Promise<number> {
  const definition = registerCatalog[kind];
  const adapter = registerAdapters[kind];
  const columns: SheetColumn[] = [
    ...definition.fields.map((field) => ({ header: templateHeader(field), key: field.key, numFmt: '@' })),
    { header: '归属区域（系统）', key: '__region', width: 16 },
    { header: '归属情况（系统）', key: '__attribution', width: 24 },
    { header: '示例数据（系统）', key: '__demo', width: 10 },
  ];
  let count = 0;
  async function* rows(): AsyncGenerator<TableRecord> {
    for await (const page of registerRepository.stream(db, kind, countyId, filter)) {
      for (const row of page) {
        count += 1;
        const extra = {
          __region: row.region ? context.regionName(row.region) : '',
          __attribution: attributionLabels[row.attribution],
          __demo: Number(row.demo) === 1 ? '是' : '',
        };
        for (const cells of adapter.toCells(JSON.parse(row.document) as RecordDocument, context)) yield { ...cells, ...extra };
      }
    }
  }
  await writeXlsx([{ name: definition.sheetName, columns, rows: rows() }], out);
  return count;
}

export function exportFileName(kind: RegisterKind, today: string): string {
  return `${registerCatalog[kind].zh}台账-${today}.xlsx`;
}

import { patentExportLayoutOf, type ImportKind, type ImportPreview } from '@ipcounty/domain';
import { fieldColumns, matchHeaders } from '../../files/header-matching.js';
import { TableFileError } from '../../files/table-file-error.js';
import { AppError } from '../../common/app-error.js';
import { describeColumns } from './column-readings.js';
import { openImportTable, type ImportInput } from './import-source.js';
import { fieldsOf } from './stage-rows.js';

/** Rows read for the examples of a preview: enough to see what each column holds. */
const PREVIEW_ROWS = 50;
/** The status columns that describe the export date (导出日期). */
const SNAPSHOT_FIELDS = ['rightStatus', 'latestLegalStatus', 'legalStatus'];

export interface PreviewImportProps {
  kind: ImportKind;
  input: ImportInput;
}

/**
 * What the importer will make of a file before anything is imported: the layout it recognises
 * (patents), how each column will be read with examples from the first rows, the required
 * columns it lacks, and whether the file's statuses need the export date asked. Reads the
 * header and the first rows only, writes nothing.
 */
export async function previewImport({ kind, input }: PreviewImportProps): Promise<ImportPreview> {
  let table;
  try {
    table = await openImportTable(input, undefined);
  } catch (error) {
    if (error instanceof TableFileError) throw new AppError(422, error.code, error.reason.en, { reason: error.reason }, { reason: error.reason });
    throw error;
  }
  try {
    const fields = fieldsOf(kind, table.headers);
    const match = matchHeaders(table.headers, fieldColumns(fields));
    const rows = [];
    try {
      for await (const batch of table.batches()) {
        rows.push(...batch.slice(0, PREVIEW_ROWS - rows.length));
        if (rows.length >= PREVIEW_ROWS) break;
      }
    } catch (error) {
      if (!(error instanceof TableFileError)) throw error;
      // A problem further down the file is the import's to report; the preview shows what it read.
    }
    const layout = kind === 'patents' ? patentExportLayoutOf(table.headers) : null;
    const columns = match.columns as Partial<Record<string, string>>;
    return {
      kind,
      layout: layout ? { key: layout.key, name: layout.name } : null,
      columns: describeColumns(table.headers, fields, columns, rows),
      missing: match.missing.map((key) => {
        const field = fields.find((f) => f.key === key);
        return { zh: field?.labels[0] ?? key, en: field?.en ?? key };
      }),
      asksExportDate: kind === 'patents' && SNAPSHOT_FIELDS.some((key) => columns[key] !== undefined) && columns.statusDate === undefined,
      rowsSampled: rows.length,
    };
  } finally {
    await table.close();
  }
}


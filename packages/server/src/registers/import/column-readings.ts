import type { ColumnReading, RegisterField } from '@ipcounty/domain';
import type { TableRow } from '../../files/table-reader.js';

/** Examples shown per column, and how long each may be. */
const EXAMPLES = 3;
const EXAMPLE_LENGTH = 40;

/**
 * How each column of a file is read: the field its header was matched to (or none), with the
 * first distinct values of the sampled rows, so a person sees a wrong mapping before confirming
 * (授权公告日 read as 申请日 shows dates that cannot be filings).
 */
export function describeColumns(
  headers: readonly string[],
  fields: readonly RegisterField[],
  columns: Readonly<Partial<Record<string, string>>>,
  rows: readonly TableRow[],
): ColumnReading[] {
  const fieldOfHeader = new Map<string, RegisterField>();
  for (const field of fields) {
    const header = columns[field.key];
    if (header !== undefined) fieldOfHeader.set(header, field);
  }
  return headers
    .filter((header) => header.trim() !== '')
    .map((header) => {
      const field = fieldOfHeader.get(header);
      const examples: string[] = [];
      for (const row of rows) {
        const value = (row.cells[header] ?? '').trim();
        if (value === '' || examples.includes(value)) continue;
        examples.push(value.length > EXAMPLE_LENGTH ? `${value.slice(0, EXAMPLE_LENGTH)}…` : value);
        if (examples.length === EXAMPLES) break;
      }
      return { header, field: field?.key ?? null, label: field ? { zh: field.labels[0] ?? field.key, en: field.en } : null, examples };
    });
}

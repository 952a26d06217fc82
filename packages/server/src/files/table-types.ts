/** The shapes every part of the table reader shares; imports nothing, so no part depends on another through them. */

export type TableSource = { path: string } | { buffer: Buffer };

export type TableFormat = 'csv' | 'tsv' | 'xlsx';

export interface TableRow {
  /** 1-based, as the user sees it in Excel (the header is row 1 unless a title sits above it). */
  rowNumber: number;
  /** Every column of the header, keyed by the header as written (trimmed); '' when empty. */
  cells: Record<string, string>;
  /** Columns whose value is a formula's cached result (xlsx): the importer should warn. */
  formulaColumns?: string[];
  /** Non-empty values to the right of the last named column: data without a header. */
  unlabelledValues?: string[];
}

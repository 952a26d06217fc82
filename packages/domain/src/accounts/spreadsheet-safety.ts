/**
 * CSV / formula injection (ASVS 5.0 1.2.10; OWASP "CSV Injection"). A text cell that starts with
 * one of these characters is read by Excel, WPS or LibreOffice as a formula, which can run
 * commands (DDE) or leak data (HYPERLINK). Full-width ＝＋－＠ are included because Chinese
 * input methods produce them and some spreadsheet programs accept them as formula starters.
 */
const formulaStarters = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠']);

export type SpreadsheetCellValue = string | number | boolean | Date | null | undefined;

/** Whether a text cell would be taken as a formula. */
export function looksLikeFormula(text: string): boolean {
  const first = text[0];
  return first !== undefined && formulaStarters.has(first);
}

/**
 * Makes a cell safe to export: text that would start a formula gets a leading single quote, which
 * spreadsheet programs show as literal text. Numbers, booleans, dates and empty cells are
 * returned unchanged, so numeric cells stay numeric (write them with the number type, never as
 * text).
 */
export function neutralizeFormula(value: string): string;
export function neutralizeFormula<T extends SpreadsheetCellValue>(value: T): T | string;
export function neutralizeFormula(value: SpreadsheetCellValue): SpreadsheetCellValue {
  if (typeof value !== 'string') return value;
  return looksLikeFormula(value) ? `'${value}` : value;
}

/** A CSV cell. Dates are formatted by the caller, in the deployment's time zone. */
export type CsvValue = Exclude<SpreadsheetCellValue, Date>;

/**
 * One CSV field (RFC 4180): neutralised as above, then quoted when it holds a comma, a quote or
 * a line break, with quotes doubled. Numbers are written as they are.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record, CRLF-terminated as RFC 4180 prescribes. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

import type { LocalizedText } from '../../text/localized-text.js';
import type { RegisterField } from './register-field.js';

/**
 * The required fields a single record leaves out or blank. A file is checked for its required
 * columns once, at its header (缺少必填列), and each row's blank required cells as they are read;
 * a record sent on its own (编辑台账) has no header, so the same rule is applied to its cells.
 * Fields set by the importer itself (`computed`) are never asked for.
 */
export function missingRequiredCells(fields: readonly RegisterField[], cells: Readonly<Record<string, string | undefined>>): { field: string; reason: LocalizedText }[] {
  return fields
    .filter((field) => field.required && !field.computed && (cells[field.key] ?? '').trim() === '')
    .map((field) => ({ field: field.key, reason: { zh: `${field.labels[0]}为必填项`, en: `${field.en} is required` } }));
}

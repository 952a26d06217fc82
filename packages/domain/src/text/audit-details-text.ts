import { isRoleId, roles } from '../accounts/roles.js';
import { shanghaiDateTime } from '../periods/shanghai-calendar.js';
import { auditFieldLabel, auditPlanCodedFields, auditValueLabel, type AuditCodeName } from './audit-field-words.js';
import type { MessageLanguage } from './error-message.js';
import type { LocalizedText } from './localized-text.js';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const words = {
  'zh-CN': { yes: '是', no: '否', list: '、', rows: ' ｜ ', colon: '：', fields: '；', added: '新增', removed: '删除', unchanged: '无变化' },
  en: { yes: 'Yes', no: 'No', list: ', ', rows: ' | ', colon: ': ', fields: '; ', added: 'added', removed: 'removed', unchanged: 'no change' },
} as const satisfies Record<MessageLanguage, Record<string, string>>;

const inLanguage = (text: LocalizedText, language: MessageLanguage) => (language === 'en' ? text.en : text.zh);

/** A recorded field by its words in the reader's language, or as recorded when it has none. */
export function auditFieldText(field: string, language: MessageLanguage, objectType?: string | null): string {
  const label = auditFieldLabel(field, objectType);
  return label ? inLanguage(label, language) : field;
}

/**
 * A recorded value as a reader reads it: a coded value in words, a unit or town by its name in the
 * plan, times in China time, roles by title, yes/no, lists joined, objects field by field in words.
 */
export function auditValueText(field: string, value: unknown, language: MessageLanguage, objectType?: string | null, codeName?: AuditCodeName): string {
  const w = words[language];
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0)) return '—';
  const coded = auditValueLabel(field, value, objectType);
  if (coded) return inLanguage(coded, language);
  if (typeof value === 'string') {
    const named = codeName?.(field, value);
    if (named) return named;
  }
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'string' && isoInstant.test(value) && !Number.isNaN(Date.parse(value))) return shanghaiDateTime(value);
  if (field === 'roles' && Array.isArray(value)) return value.map((r: unknown) => (typeof r === 'string' && isRoleId(r) ? (language === 'en' ? roles[r].nameEn : roles[r].nameZh) : String(r))).join(w.list);
  const nested = (v: unknown): string =>
    isRecord(v)
      ? Object.entries(v)
          .map(([key, inner]) => `${auditFieldText(key, language, objectType)}${w.colon}${auditValueText(key, inner, language, objectType, codeName)}`)
          .join(w.fields)
      : auditValueText(field, v, language, objectType, codeName);
  if (Array.isArray(value)) return value.map(nested).join(isRecord(value[0]) ? w.rows : w.list);
  if (isRecord(value)) return nested(value);
  return String(value);
}

/**
 * An entry's details on one line, as the audit page shows them: each field that changed as
 * "字段: 前 → 后", then the entry's other fields as "字段: 值", joined by "; " (in English) or "；".
 * The raw record is the auditor's, kept beside this wherever it is shown.
 */
export function auditDetailsText(details: Record<string, unknown> | null | undefined, language: MessageLanguage, objectType?: string | null, codeName?: AuditCodeName): string {
  if (!details) return '';
  const w = words[language];
  const label = (field: string) => auditFieldText(field, language, objectType);
  const text = (field: string, value: unknown) => auditValueText(field, value, language, objectType, codeName);
  const { before, after, ...rest } = details;
  const parts: string[] = [];
  if (before !== undefined || after !== undefined) {
    const was = isRecord(before) ? before : {};
    const now = isRecord(after) ? after : {};
    const changed = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((field) => JSON.stringify(was[field]) !== JSON.stringify(now[field]));
    for (const field of changed) parts.push(`${label(field)}${w.colon}${text(field, was[field])} → ${text(field, now[field])}`);
    if (changed.length === 0) parts.push(after === null ? w.removed : before === null ? w.added : w.unchanged);
  }
  for (const [field, value] of Object.entries(rest)) parts.push(`${label(field)}${w.colon}${text(field, value)}`);
  return parts.join(w.fields);
}

/**
 * The plan codes an entry's details record (units, towns and streets), each with its name: what the
 * audit page needs beside an entry to show them by name. A code the plan does not know is left out.
 */
export function auditPlanCodesIn(details: Record<string, unknown> | null | undefined, codeName: AuditCodeName): Record<string, string> {
  const names: Record<string, string> = {};
  const visit = (field: string, value: unknown): void => {
    if (typeof value === 'string') {
      const name = Object.hasOwn(auditPlanCodedFields, field) ? codeName(field, value) : undefined;
      if (name) names[value] = name;
    } else if (Array.isArray(value)) for (const v of value) visit(field, v);
    else if (isRecord(value)) for (const [key, inner] of Object.entries(value)) visit(key, inner);
  };
  if (details) for (const [key, value] of Object.entries(details)) visit(key, value);
  return names;
}

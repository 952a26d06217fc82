import { formatFenInUnit, type FieldOption, type RegisterDefinition, type RegisterField } from '@ipcounty/domain';
import type { Locale } from '../i18n/locale-context.js';

const unitNames: Record<string, { zh: string; en: string }> = {
  元: { zh: '元', en: 'yuan' },
  万元: { zh: '万元', en: '×10,000 yuan' },
  亿元: { zh: '亿元', en: '×100 million yuan' },
};

/** A field's name in the interface language: the template's Chinese header, or its English name. */
export function fieldLabel(field: RegisterField, locale: Locale): string {
  return locale === 'en' ? field.en : (field.labels[0] ?? field.key);
}

export function optionLabel(option: FieldOption | undefined, value: string, locale: Locale): string {
  if (!option) return value;
  return locale === 'en' ? option.en : option.zh;
}

export function registerName(definition: Pick<RegisterDefinition, 'zh' | 'en'>, locale: Locale): string {
  return locale === 'en' ? definition.en : definition.zh;
}

/** The unit a field's amounts are shown in, with its name in the interface language. */
export function amountUnit(field: RegisterField, locale: Locale): string {
  const unit = field.unit ?? '元';
  return unitNames[unit]?.[locale === 'en' ? 'en' : 'zh'] ?? unit;
}

/**
 * A stored value for display: enum values as their label, amounts (held in 分) in the field's
 * unit, regions by name, lists joined. The same values the edit form writes back as cells.
 */
export function formatValue(field: RegisterField, value: unknown, locale: Locale, regionName: (code: string) => string, yesNo: [string, string]): string {
  if (value === undefined || value === null || value === '') return '';
  const separator = locale === 'en' ? ', ' : '；';
  switch (field.type) {
    case 'amount':
      // Chinese reads 万元 as written in registers; English reads whole yuan.
      return locale === 'en'
        ? `${Number(formatFenInUnit(Number(value), '元')).toLocaleString('en-US', { maximumFractionDigits: 2 })} yuan`
        : `${Number(formatFenInUnit(Number(value), field.unit ?? '元')).toLocaleString('zh-CN', { maximumFractionDigits: 6 })} ${amountUnit(field, locale)}`;
    case 'integer':
      return Number(value).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
    case 'enum':
      return optionLabel(field.options?.find((o) => o.value === value), String(value), locale);
    case 'enum-list':
      return (value as string[]).map((v) => optionLabel(field.options?.find((o) => o.value === v), v, locale)).join(separator);
    case 'boolean':
      return value ? yesNo[0] : yesNo[1];
    case 'list':
      return Array.isArray(value) ? value.join(separator) : String(value);
    case 'region':
      return regionName(String(value));
    default:
      return String(value);
  }
}

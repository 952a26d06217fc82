import { Button, Descriptions } from 'antd';
import { auditFieldLabel, auditPlanCodedFields, auditValueLabel } from '@ipcounty/domain';
import { useState } from 'react';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n, type Locale } from '../i18n/locale-context.js';
import { roleName } from '../session/role-names.js';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A recorded value as a reader reads it: units and towns by name, times in China time, roles by title, yes/no, lists joined, objects field by field in words. */
function valueText(field: string, value: unknown, locale: Locale, yes: string, no: string, label: (field: string) => string, objectType?: string | null, names: Record<string, string> = {}): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0)) return '—';
  const coded = auditValueLabel(field, value, objectType);
  if (coded) return locale === 'en' ? coded.en : coded.zh;
  if (typeof value === 'string' && Object.hasOwn(auditPlanCodedFields, field) && Object.hasOwn(names, value)) return names[value]!;
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string' && isoInstant.test(value)) return formatDateTime(value);
  const separator = locale === 'en' ? ', ' : '、';
  if (field === 'roles' && Array.isArray(value)) return value.map((r) => roleName(String(r), locale)).join(separator);
  const nested = (v: unknown): string =>
    isRecord(v)
      ? Object.entries(v)
          .map(([key, inner]) => `${label(key)}${locale === 'en' ? ': ' : '：'}${valueText(key, inner, locale, yes, no, label, objectType, names)}`)
          .join(locale === 'en' ? '; ' : '；')
      : valueText(field, v, locale, yes, no, label, objectType, names);
  if (Array.isArray(value)) return value.map(nested).join(isRecord(value[0]) ? (locale === 'en' ? ' | ' : ' ｜ ') : separator);
  if (isRecord(value)) return nested(value);
  return String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An audit entry's details field by field, with labels: a change as before → after for each field that
 * changed, anything else as it was recorded; the raw record stays one click away for the auditor.
 */
export function AuditDetails({ details, objectType, valueNames }: { details: Record<string, unknown>; objectType?: string | null; valueNames?: Record<string, string> }) {
  const { t, locale } = useI18n();
  const [raw, setRaw] = useState(false);
  const label = (field: string) => {
    const words = auditFieldLabel(field, objectType);
    return words ? (locale === 'en' ? words.en : words.zh) : field;
  };
  const text = (field: string, value: unknown) => valueText(field, value, locale, t('audit.yes'), t('audit.no'), label, objectType, valueNames);
  const { before, after, ...rest } = details;
  const hasChange = before !== undefined || after !== undefined;
  const changed = hasChange
    ? [...new Set([...Object.keys(isRecord(before) ? before : {}), ...Object.keys(isRecord(after) ? after : {})])].filter(
        (field) => JSON.stringify(isRecord(before) ? before[field] : undefined) !== JSON.stringify(isRecord(after) ? after[field] : undefined),
      )
    : [];

  return (
    <div className="audit-details" data-testid="audit-details">
      {changed.length > 0 && (
        <Descriptions size="small" column={1} bordered title={t('audit.changes')}>
          {changed.map((field) => (
            <Descriptions.Item key={field} label={label(field)}>
              <span className="audit-before">{text(field, isRecord(before) ? before[field] : undefined)}</span>
              {' → '}
              <span className="audit-after">{text(field, isRecord(after) ? after[field] : undefined)}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {hasChange && changed.length === 0 && <div className="muted">{after === null ? t('audit.removed') : before === null ? t('audit.created') : t('audit.unchanged')}</div>}
      {Object.keys(rest).length > 0 && (
        <Descriptions size="small" column={1} bordered>
          {Object.entries(rest).map(([field, value]) => (
            <Descriptions.Item key={field} label={label(field)}>
              {text(field, value)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <Button type="link" size="small" onClick={() => setRaw(!raw)} data-testid="audit-raw-toggle">
        {raw ? t('audit.hideRaw') : t('audit.showRaw')}
      </Button>
      {raw && <pre>{JSON.stringify(details, null, 2)}</pre>}
    </div>
  );
}

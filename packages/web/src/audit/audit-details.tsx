import { Button, Descriptions } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n, type Locale } from '../i18n/locale-context.js';
import { roleName } from '../session/role-names.js';

/** Field names the audit details use, in words; a field not listed is shown as recorded. */
const fieldWords: Record<string, { zh: string; en: string }> = {
  login: { zh: '登录名', en: 'Login' },
  displayName: { zh: '姓名', en: 'Name' },
  phone: { zh: '手机号', en: 'Phone' },
  email: { zh: '电子邮箱', en: 'Email' },
  status: { zh: '状态', en: 'Status' },
  roles: { zh: '角色', en: 'Roles' },
  unitCode: { zh: '单位', en: 'Unit' },
  regionCode: { zh: '镇街', en: 'Town or street' },
  lastLoginAt: { zh: '最近登录', en: 'Last sign-in' },
  fileName: { zh: '文件名', en: 'File name' },
  name: { zh: '名称', en: 'Name' },
  title: { zh: '标题', en: 'Title' },
  kind: { zh: '类别', en: 'Kind' },
  reason: { zh: '原因', en: 'Reason' },
  note: { zh: '备注', en: 'Note' },
  version: { zh: '版本', en: 'Version' },
  level: { zh: '级别', en: 'Level' },
  label: { zh: '名称', en: 'Label' },
  size: { zh: '大小（字节）', en: 'Size (bytes)' },
  mediaType: { zh: '文件类型', en: 'File type' },
  sessionsEnded: { zh: '结束的会话数', en: 'Sessions ended' },
  ended: { zh: '已结束', en: 'Ended' },
  asOf: { zh: '数据日期', en: 'Data date' },
  rows: { zh: '行数', en: 'Rows' },
  rowsRead: { zh: '读取行数', en: 'Rows read' },
  total: { zh: '合计', en: 'Total' },
  score: { zh: '得分', en: 'Score' },
  items: { zh: '事项', en: 'Items' },
  units: { zh: '单位', en: 'Units' },
  files: { zh: '文件', en: 'Files' },
  filters: { zh: '检索条件', en: 'Filters' },
  matches: { zh: '结果条数', en: 'Matches' },
  page: { zh: '页码', en: 'Page' },
  change: { zh: '变更', en: 'Change' },
  number: { zh: '编号', en: 'Number' },
  until: { zh: '截至', en: 'Until' },
  verified: { zh: '已校验', en: 'Verified' },
  granted: { zh: '授予', en: 'Granted' },
  previous: { zh: '原值', en: 'Previous' },
  submitted: { zh: '已提交', en: 'Submitted' },
  deleted: { zh: '已删除', en: 'Deleted' },
  key: { zh: '记录编号', en: 'Record key' },
  format: { zh: '格式', en: 'Format' },
  from: { zh: '起', en: 'From' },
  to: { zh: '止', en: 'To' },
  actor: { zh: '操作人', en: 'Actor' },
  action: { zh: '事件', en: 'Event' },
  entity: { zh: '对象', en: 'Object' },
  outcome: { zh: '结果', en: 'Outcome' },
};

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A recorded value as a reader reads it: times in China time, roles by title, yes/no, lists joined. */
function valueText(field: string, value: unknown, locale: Locale, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string' && isoInstant.test(value)) return formatDateTime(value);
  if (field === 'roles' && Array.isArray(value)) return value.map((r) => roleName(String(r), locale)).join(locale === 'en' ? ', ' : '、');
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(locale === 'en' ? ', ' : '、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An audit entry's details field by field, with labels: a change as before → after for each field that
 * changed, anything else as it was recorded; the raw record stays one click away for the auditor.
 */
export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const { t, locale } = useI18n();
  const [raw, setRaw] = useState(false);
  const label = (field: string) => (fieldWords[field] ? (locale === 'en' ? fieldWords[field].en : fieldWords[field].zh) : field);
  const text = (field: string, value: unknown) => valueText(field, value, locale, t('audit.yes'), t('audit.no'));
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

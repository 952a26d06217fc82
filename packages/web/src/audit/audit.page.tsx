import { DownloadOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { auditEventName, auditEventTypes, auditObjectKinds, errorMessage } from '@ipcounty/domain';
import { Alert, Button, Card, DatePicker, Dropdown, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { auditExportUrl, searchAudit, verifyAudit, type AuditEntryView, type AuditFilters, type AuditChainReport } from '../api/audit.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { roleName } from '../session/role-names.js';
import { useMe } from '../session/session-context.js';
import { AuditDetails } from './audit-details.js';
import './audit.css';

interface FilterFields {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  entity?: string;
  outcome?: 'success' | 'failure';
}

/** Event families, for the filter: every sign-in event, every account event…, named by their first event. */
const families = [...new Set(Object.keys(auditEventTypes).map((type) => `${type.split('.')[0]}.`))];
const familyWords: Record<string, { zh: string; en: string }> = {
  'auth.': { zh: '登录与口令', en: 'Sign-in and passwords' },
  'users.': { zh: '账户', en: 'Accounts' },
  'roles.': { zh: '角色', en: 'Roles' },
  'permissions.': { zh: '权限表', en: 'Permission table' },
  'security.': { zh: '安全策略', en: 'Security policy' },
  'settings.': { zh: '系统设置', en: 'System settings' },
  'access.': { zh: '越权访问', en: 'Refused access' },
  'plan.': { zh: '工作方案', en: 'Work plan' },
  'workitems.': { zh: '工作任务', en: 'Work items' },
  'reports.': { zh: '报表', en: 'Reports' },
  'rounds.': { zh: '报送轮次', en: 'Reporting rounds' },
  'supervision.': { zh: '督查督办', en: 'Supervision' },
  'notices.': { zh: '督办单', en: 'Notices' },
  'assessment.': { zh: '考核', en: 'Assessment' },
  'contacts.': { zh: '单位联系人', en: 'Unit contacts' },
  'evaluation.': { zh: '评估验收', en: 'Evaluation' },
  'rectification.': { zh: '整改', en: 'Rectification' },
  'experts.': { zh: '评审专家', en: 'Experts' },
  'indicators.': { zh: '指标', en: 'Indicators' },
  'imports.': { zh: '导入', en: 'Imports' },
  'registers.': { zh: '台账', en: 'Registers' },
  'demo.': { zh: '示例数据', en: 'Demo data' },
  'survey.': { zh: '满意度调查', en: 'Satisfaction survey' },
  'counties.': { zh: '县（市）', en: 'Counties' },
  'documents.': { zh: '文档', en: 'Documents' },
  'exports.': { zh: '导出', en: 'Exports' },
  'attachments.': { zh: '附件', en: 'Attachments' },
  'pii.': { zh: '个人信息', en: 'Personal details' },
  'backups.': { zh: '备份与恢复', en: 'Backups' },
  'audit.': { zh: '审计', en: 'Audit' },
};

function toFilters(fields: FilterFields): AuditFilters {
  const [from, to] = fields.range ?? [null, null];
  return {
    from: from ? from.startOf('day').toISOString() : undefined,
    to: to ? to.endOf('day').toISOString() : undefined,
    actor: fields.actor?.trim() || undefined,
    action: fields.action || undefined,
    entity: fields.entity?.trim() || undefined,
    outcome: fields.outcome,
  };
}

function VerifyResult({ result }: { result: AuditChainReport }) {
  const { t, locale } = useI18n();
  const how = t(result.keyed ? 'audit.keyed' : 'audit.unkeyed', { algorithm: result.algorithm.toUpperCase() });
  if (result.ok)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="audit-verify-result"
        message={t('audit.verifyOk', { count: result.verified })}
        description={
          <>
            <div>{how}</div>
            {result.head && <div className="audit-hash">{t('audit.head', { seq: result.head.seq, hash: result.head.hash })}</div>}
          </>
        }
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      data-testid="audit-verify-result"
      message={t('audit.verifyBroken', { seq: result.broken?.seq ?? '?' })}
      description={
        <>
          <div>{locale === 'en' ? result.broken?.en : result.broken?.zh}</div>
          <div>{t('audit.verifiedBefore', { count: result.verified })}</div>
          <div>{how}</div>
        </>
      }
    />
  );
}

/**
 * 审计日志 (审计管理员): search by time, actor, event and object; export what is found to Excel or
 * CSV; verify the hash chain. Each of these is itself recorded in the log.
 */
export function AuditPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const [form] = Form.useForm<FilterFields>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [verification, setVerification] = useState<AuditChainReport | null>(null);
  const [verifying, setVerifying] = useState(false);
  const load = useCallback((signal: AbortSignal) => searchAudit(filters, page.page, page.pageSize, signal), [filters, page]);
  const result = useResource(load);

  const eventLabel = (type: string) => auditEventName(type, locale);
  const inWords = (text: { zh: string; en: string }) => (locale === 'en' ? text.en : text.zh);
  const objectText = (e: AuditEntryView): string => {
    if (!e.objectType) return '—';
    const kind = auditObjectKinds[e.objectType.split(':')[0]!];
    const kindText = kind ? inWords(kind) : e.objectType;
    // A session is the actor's own; its random id says nothing to a reader.
    if (e.objectType === 'session') return kindText;
    if (e.objectName) return `${kindText}：${inWords(e.objectName)}`.replace('：', locale === 'en' ? ': ' : '：');
    return e.objectId ? `${kindText} · ${e.objectId}` : kindText;
  };
  const verify = async () => {
    setVerifying(true);
    try {
      setVerification(await verifyAudit());
    } finally {
      setVerifying(false);
    }
  };

  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.audit')}</Typography.Title>
        <Space wrap>
          {me.can('audit.export') && (
            <Dropdown
              menu={{
                items: [
                  { key: 'xlsx', label: <a href={auditExportUrl(filters, 'xlsx')} download data-testid="audit-export-xlsx">{t('audit.exportXlsx')}</a> },
                  { key: 'csv', label: <a href={auditExportUrl(filters, 'csv')} download>{t('audit.exportCsv')}</a> },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />} data-testid="audit-export">{t('audit.export')}</Button>
            </Dropdown>
          )}
          {me.can('audit.verify') && (
            <Button icon={<SafetyCertificateOutlined />} onClick={verify} loading={verifying} data-testid="audit-verify">
              {t('audit.verify')}
            </Button>
          )}
        </Space>
      </div>
      {verification && <VerifyResult result={verification} />}
      <Card size="small">
        <Form
          form={form}
          layout="inline"
          className="audit-filters"
          onFinish={(fields) => {
            setFilters(toFilters(fields));
            setPage((p) => ({ ...p, page: 1 }));
          }}
          data-testid="audit-filters"
        >
          <Form.Item name="range" label={t('audit.time')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear placeholder={t('audit.actorHint')} data-testid="audit-actor" />
          </Form.Item>
          <Form.Item name="action" label={t('audit.event')}>
            <Select
              allowClear
              showSearch
              className="audit-event-select"
              placeholder={t('audit.anyEvent')}
              data-testid="audit-event"
              options={[
                { label: t('audit.families'), options: families.map((f) => ({ value: f, label: familyWords[f] ? inWords(familyWords[f]) : f })) },
                { label: t('audit.events'), options: Object.keys(auditEventTypes).map((type) => ({ value: type, label: eventLabel(type) })) },
              ]}
            />
          </Form.Item>
          <Form.Item name="entity" label={t('audit.entity')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              className="audit-entity"
              placeholder={t('audit.entityHint')}
              options={Object.entries(auditObjectKinds).map(([value, words]) => ({ value, label: inWords(words) }))}
            />
          </Form.Item>
          <Form.Item name="outcome" label={t('audit.outcome')}>
            <Select allowClear className="audit-outcome" options={[{ value: 'success', label: t('audit.success') }, { value: 'failure', label: t('audit.failure') }]} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
            {t('audit.search')}
          </Button>
        </Form>
      </Card>
      <Table<AuditEntryView>
        size="small"
        rowKey="seq"
        data-testid="audit-table"
        loading={result.state === 'loading'}
        dataSource={result.state === 'ready' ? result.data.entries : []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: result.state === 'ready' ? result.data.total : 0,
          showSizeChanger: true,
          showTotal: (total) => t('audit.total', { count: total }),
          onChange: (next, pageSize) => setPage({ page: next, pageSize }),
        }}
        expandable={{
          expandedRowRender: (entry) => (
            <div className="audit-detail">
              {entry.userAgent && <div>{t('account.browser')}: {entry.userAgent}</div>}
              {entry.requestId && <div>{t('audit.request')}: {entry.requestId}</div>}
              <div className="audit-hash">{t('audit.hash')}: {entry.hash}</div>
              {entry.details && <AuditDetails details={entry.details as Record<string, unknown>} objectType={entry.objectType} valueNames={entry.valueNames} />}
            </div>
          ),
        }}
        columns={[
          { key: 'seq', title: '#', dataIndex: 'seq', width: 64 },
          { key: 'time', title: t('audit.time'), width: 140, render: (_, e) => formatDateTime(e.occurredAt) },
          {
            key: 'actor',
            title: t('audit.actor'),
            render: (_, e) => (
              <>
                <div>{e.actorName}</div>
                <div className="muted">{e.actorRoles.map((r) => roleName(r, locale)).join('、')}</div>
              </>
            ),
          },
          { key: 'ip', title: t('account.address'), dataIndex: 'sourceIp', width: 120 },
          { key: 'event', title: t('audit.event'), render: (_, e) => <span data-testid="audit-event-type">{eventLabel(e.eventType)}</span> },
          { key: 'object', title: t('audit.entity'), render: (_, e) => <span data-testid="audit-object">{objectText(e)}</span> },
          {
            key: 'outcome',
            title: t('audit.outcome'),
            width: 110,
            render: (_, e) =>
              e.outcome === 'success' ? <Tag color="green">{t('audit.success')}</Tag> : <Tag color="red" title={e.reasonCode ?? undefined}>{(e.reasonCode && errorMessage(e.reasonCode, undefined, locale)) || t('audit.failure')}</Tag>,
          },
        ]}
      />
      <Typography.Paragraph className="muted">{t('audit.retention')}</Typography.Paragraph>
    </div>
  );
}

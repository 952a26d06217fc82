import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { fetchRecords, indicatorDownloads, type RecordsSelection } from '../api/indicators.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { formatNumber } from './indicator-format.js';
import { settingText } from './rule-card.js';
import { indicatorSettingName } from '@ipcounty/domain';

const PAGE_SIZE = 20;

export interface RecordsRequest {
  code: string;
  asOf: string;
  selection: RecordsSelection;
  /** What was clicked, for the title: "黎城街道 · 3". */
  label: string;
}

/** The records behind a number, exactly those counted, with the rule they were counted under. */
export function RecordsDrawer({ request, onClose }: { request: RecordsRequest | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      width={Math.min(980, typeof window === 'undefined' ? 980 : window.innerWidth - 40)}
      title={request ? t('indicators.records.title', { label: request.label }) : ''}
      destroyOnHidden
      data-testid="records-drawer"
    >
      {request && <RecordsList key={JSON.stringify(request)} request={request} />}
    </Drawer>
  );
}

function RecordsList({ request }: { request: RecordsRequest }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const [page, setPage] = useState(1);
  const load = useCallback(
    (signal: AbortSignal) => fetchRecords(request.code, request.asOf, request.selection, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, signal),
    [request, page],
  );
  const resource = useResource(load);
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const data = resource.state === 'ready' ? resource.data : null;
  // A record's id is often one of its own columns (a patent's is its 申请号): then it is not shown twice.
  const idShown = !data || !data.rows.every((row) => data.columns.some((c) => row[c.key] === row.id));

  return (
    <div className="stack">
      {data && (
        <Descriptions size="small" column={1} bordered styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={t('indicators.records.count')}>
            <span data-testid="records-count">{data.count}</span>
            {data.total !== data.count && <span className="muted"> · {t('indicators.records.total', { total: formatNumber(data.total) })}</span>}
          </Descriptions.Item>
          <Descriptions.Item label={t('indicators.records.rule')}>{locale === 'en' ? data.rule.en : data.rule.zh}</Descriptions.Item>
          <Descriptions.Item label={t('indicators.ruleVersion')}>{data.ruleVersion}</Descriptions.Item>
          {data.window && <Descriptions.Item label={t('indicators.records.window')}>{`${data.window.from} – ${data.window.to}`}</Descriptions.Item>}
          {data.settings.length > 0 && (
            <Descriptions.Item label={t('indicators.records.settings')}>
              <Space size={[4, 4]} wrap>
                {data.settings.map((s) => (
                  <Tag key={s.key} bordered={false} color={s.confirmed ? 'default' : 'gold'} className="setting-tag">
                    {t('indicators.records.settingIs', { setting: indicatorSettingName(s.key)?.[locale === 'en' ? 'en' : 'zh'] ?? s.key, value: settingText(t, s.value) })}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      <Space>
        {data?.link && (
          <Link to={data.link} data-testid="records-register-link">
            <LinkOutlined /> {t('indicators.records.openRegister')}
          </Link>
        )}
        {data && !data.link && data.register && <Typography.Text type="secondary">{t('indicators.records.tooManyForLink')}</Typography.Text>}
        {me.can('exports.run') && (
          <Button size="small" icon={<DownloadOutlined />} href={indicatorDownloads.records(request.code, request.asOf, request.selection)}>
            {t('indicators.export')}
          </Button>
        )}
      </Space>
      <Table
        data-testid="records-table"
        size="small"
        loading={resource.state === 'loading'}
        rowKey="id"
        dataSource={data?.rows ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          ...(idShown ? [{ key: 'id', dataIndex: 'id', title: t('indicators.records.id'), className: 'nowrap' }] : []),
          ...(data?.columns ?? []).map((c) => ({
            key: c.key,
            dataIndex: c.key,
            title: locale === 'en' ? c.en : c.zh,
            // Names and titles may wrap; numbers, dates, types and places read better on one line.
            className: ['title', 'name', 'party', 'mark', 'source', 'evidence', 'qualification', 'employer', 'organiser', 'pledgee'].includes(c.key) ? undefined : 'nowrap',
          })),
        ]}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.count ?? 0, onChange: setPage, showSizeChanger: false, size: 'small' }}
      />
    </div>
  );
}

import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { documentsApi, type ArchivedFile } from '../api/documents.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const shown = (v: number | null) => (v === null ? '—' : String(Math.round(v * 100) / 100));

/** One archived version: its files to download with their SHA-256, its data date, and what changed since the version before. */
export function ArchivedDocumentPage() {
  const { t } = useI18n();
  const { documentId = '' } = useParams();
  const resource = useResource(useCallback((signal: AbortSignal) => documentsApi.document(documentId, signal), [documentId]));
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const d = resource.data;
  return (
    <Space direction="vertical" size="middle" className="documents-page" data-testid="archived-document">
      <Link to="/documents?tab=archive">
        <ArrowLeftOutlined /> {t('documents.detail.back')}
      </Link>
      <Typography.Title level={4}>{d.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('documents.archive.kind')}>{t(`documents.kind.${d.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('documents.archive.version')}>{t('documents.detail.version', { version: d.version })}</Descriptions.Item>
        <Descriptions.Item label={t('documents.archive.asOf')}>{d.asOf}</Descriptions.Item>
        <Descriptions.Item label={t('documents.archive.generated')}>{formatDateTime(d.generatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('documents.archive.by')}>{d.generatedBy}</Descriptions.Item>
      </Descriptions>
      {d.fontNote && <Typography.Text type="secondary">{t('documents.detail.fonts', { fonts: d.fontNote })}</Typography.Text>}
      <Card size="small" title={t('documents.detail.files')}>
        <Table<ArchivedFile>
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={d.files}
          scroll={{ x: 700 }}
          columns={[
            { title: t('documents.detail.file'), dataIndex: 'name' },
            { title: t('documents.detail.size'), width: 90, align: 'right', render: (_, f) => size(f.size) },
            { title: t('documents.detail.sha256'), render: (_, f) => <Typography.Text code className="documents-sha">{f.sha256}</Typography.Text> },
            {
              title: '',
              width: 110,
              render: (_, f) => (
                <Button size="small" icon={<DownloadOutlined />} href={documentsApi.fileUrl(d.id, f.name)} data-testid="download-file">
                  {t('documents.detail.download')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {d.version > 1 && (
        <Card size="small" title={t('documents.detail.changes')} data-testid="document-changes">
          {d.changes.length === 0 ? (
            t('documents.archive.noChanges')
          ) : (
            <Table
              size="small"
              rowKey="key"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={d.changes}
              columns={[
                { title: t('documents.detail.label'), dataIndex: 'label' },
                { title: t('documents.detail.before'), width: 120, align: 'right', render: (_, c) => shown(c.before) },
                { title: t('documents.detail.after'), width: 120, align: 'right', render: (_, c) => <Tag color="orange">{shown(c.after)}</Tag> },
              ]}
            />
          )}
        </Card>
      )}
    </Space>
  );
}

import { Empty, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { ArchivedDocument } from '../api/documents.api.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';

/** 归档: every archived version the reader's scope reaches, newest first, each opening its files. */
export function ArchiveTable({ documents }: { documents: ArchivedDocument[] }) {
  const { t } = useI18n();
  return (
    <div data-testid="archive">
      <Table<ArchivedDocument>
        size="small"
        rowKey="id"
        dataSource={documents}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 860 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.archive.empty')} /> }}
        columns={[
          { title: t('documents.archive.kind'), width: 120, render: (_, d) => <Tag>{t(`documents.kind.${d.kind}`)}</Tag> },
          {
            title: t('documents.archive.titleCol'),
            render: (_, d) => (
              <Link to={`/documents/archive/${d.id}`} data-testid="archive-open">
                {d.title}
              </Link>
            ),
          },
          { title: t('documents.archive.version'), width: 70, align: 'right', dataIndex: 'version' },
          { title: t('documents.archive.asOf'), width: 110, dataIndex: 'asOf' },
          { title: t('documents.archive.generated'), width: 150, render: (_, d) => formatDateTime(d.generatedAt) },
          { title: t('documents.archive.by'), width: 110, dataIndex: 'generatedBy' },
          {
            title: t('documents.archive.changes'),
            width: 130,
            render: (_, d) =>
              d.version === 1 ? t('documents.archive.firstVersion') : d.changes.length ? <Tag color="orange">{t('documents.archive.changeCount', { count: d.changes.length })}</Tag> : t('documents.archive.noChanges'),
          },
        ]}
      />
    </div>
  );
}

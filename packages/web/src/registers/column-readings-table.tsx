import { Table, Tag, Typography } from 'antd';
import type { ColumnReading } from '../api/registers.api.js';
import { useI18n } from '../i18n/locale-context.js';

/** How each column of a file is (or was) read: the header, the field it fills, and examples from its first rows. */
export function ColumnReadingsTable({ columns, testId }: { columns: readonly ColumnReading[]; testId: string }) {
  const { t, locale } = useI18n();
  return (
    <Table<ColumnReading>
      size="small"
      rowKey="header"
      dataSource={[...columns]}
      pagination={false}
      scroll={{ x: 'max-content', y: 360 }}
      data-testid={testId}
      rowClassName={(c) => (c.field ? '' : 'column-not-read')}
      columns={[
        { key: 'header', title: t('data.import.preview.header'), render: (_, c) => <span className="nowrap">{c.header}</span> },
        {
          key: 'field',
          title: t('data.import.preview.field'),
          render: (_, c) =>
            c.label ? (
              <Tag color="blue" data-field={c.field}>
                {locale === 'en' ? c.label.en : c.label.zh}
              </Tag>
            ) : (
              <Typography.Text type="secondary">{t('data.import.preview.notRead')}</Typography.Text>
            ),
        },
        {
          key: 'examples',
          title: t('data.import.preview.examples'),
          render: (_, c) => <span className="column-examples">{c.examples.join(' · ')}</span>,
        },
      ]}
    />
  );
}

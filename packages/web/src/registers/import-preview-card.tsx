import { Alert, Button, Card, DatePicker, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ImportPreview } from '../api/registers.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { ColumnReadingsTable } from './column-readings-table.js';

export interface ImportPreviewCardProps {
  file: File;
  preview: ImportPreview;
  busy: boolean;
  onStart: (options: { exportDate?: string }) => void;
  onCancel: () => void;
}

/**
 * 导入前确认: the layout recognised, how each column will be read (so a wrong mapping shows before
 * anything is written), the required columns missing, and — when the file's statuses describe
 * the day it was exported — the export date, defaulting to the file's own date.
 */
export function ImportPreviewCard({ file, preview, busy, onStart, onCancel }: ImportPreviewCardProps) {
  const { t, locale } = useI18n();
  const [exportDate, setExportDate] = useState<Dayjs | null>(() => dayjs(file.lastModified));
  const missing = preview.missing.map((m) => (locale === 'en' ? m.en : m.zh));
  const blocked = missing.length > 0 || (preview.asksExportDate && !exportDate);
  return (
    <Card title={t('data.import.preview.title', { file: file.name })} data-testid="import-preview">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {preview.layout && (
          <Tag color="geekblue" className="import-layout-tag" data-testid="import-layout" data-layout={preview.layout.key}>
            {t('data.import.preview.layout', { layout: locale === 'en' ? preview.layout.name.en : preview.layout.name.zh })}
          </Tag>
        )}
        {missing.length > 0 && <Alert type="error" showIcon message={t('data.import.preview.missing', { columns: missing.join('、') })} />}
        {preview.asksExportDate && (
          <div className="export-date-question" data-testid="export-date-question">
            <Space wrap align="center">
              <Typography.Text strong>{t('data.import.preview.exportDate')}</Typography.Text>
              <DatePicker value={exportDate} onChange={setExportDate} allowClear={false} disabledDate={(day) => day.isAfter(dayjs(), 'day')} data-testid="export-date" />
            </Space>
            <Typography.Paragraph type="secondary" className="export-date-hint">
              {t('data.import.preview.exportDateHint')}
            </Typography.Paragraph>
          </div>
        )}
        <div>
          <Typography.Text strong>{t('data.import.preview.columns')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('data.import.preview.columnsHint', { rows: preview.rowsSampled })}</Typography.Paragraph>
          <ColumnReadingsTable columns={preview.columns} testId="column-mapping" />
        </div>
        <Space wrap>
          <Button
            type="primary"
            loading={busy}
            disabled={blocked}
            onClick={() => onStart(preview.asksExportDate && exportDate ? { exportDate: exportDate.format('YYYY-MM-DD') } : {})}
            data-testid="import-start"
          >
            {t('data.import.preview.start')}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            {t('data.import.preview.cancel')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}

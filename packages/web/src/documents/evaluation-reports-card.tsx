import { FileProtectOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Spin, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { documentsApi } from '../api/documents.api.js';
import { evaluationApi } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';

/** 评估报告: one button per expert evaluation; the report opens in the archive once made. */
export function EvaluationReportsCard({ onGenerated }: { onGenerated: (id: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const resource = useResource(useCallback((signal: AbortSignal) => evaluationApi.evaluations(signal), []));
  const [busy, setBusy] = useState<string | null>(null);
  const generate = async (evaluationId: string) => {
    setBusy(evaluationId);
    try {
      const document = await documentsApi.generateEvaluationReport(evaluationId);
      void message.success(t('documents.evaluation.done', { version: document.version }));
      onGenerated(document.id);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card size="small" title={t('documents.evaluation.title')} data-testid="evaluation-reports-card">
      <Typography.Paragraph type="secondary">{t('documents.evaluation.intro')}</Typography.Paragraph>
      {resource.state === 'loading' && <Spin />}
      {resource.state === 'failed' && <Alert type="error" showIcon message={resource.error.message} />}
      {resource.state === 'ready' && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={resource.data.evaluations}
          scroll={{ x: 560 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.evaluation.none')} /> }}
          columns={[
            { title: t('documents.evaluation.name'), dataIndex: 'title' },
            { title: t('documents.evaluation.heldOn'), dataIndex: 'heldOn', width: 110 },
            { title: t('documents.evaluation.total'), width: 100, align: 'right', render: (_, e) => (e.total === null ? '—' : `${Math.round(e.total * 100) / 100} / ${e.fullMarks}`) },
            {
              title: '',
              width: 150,
              render: (_, e) => (
                <Button size="small" icon={<FileProtectOutlined />} loading={busy === e.id} onClick={() => void generate(e.id)}>
                  {t('documents.evaluation.generate')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

import { Card, Descriptions, Statistic, Table, Tag } from 'antd';
import type { EvaluationDetail } from '../api/evaluation.api.js';
import { useI18n } from '../i18n/locale-context.js';

type ItemResult = NonNullable<EvaluationDetail['result']>['items'][number];

/** 评审结果: per item the mean, the trimmed mean (5 experts or more), the spread and the outliers. */
export function ResultCard({ detail }: { detail: EvaluationDetail }) {
  const { t } = useI18n();
  const result = detail.result!;
  const title = new Map(detail.evaluation.indexItems.map((i) => [i.code, i.title]));
  const name = new Map(detail.panel.map((p) => [p.expertId, p.name]));
  return (
    <Card size="small" title={t('evaluation.eval.result')} data-testid="result-card">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('evaluation.eval.score')}>
          <Statistic value={result.total ?? '—'} suffix={`/ ${result.fullMarks}`} valueStyle={{ fontSize: 20 }} />
        </Descriptions.Item>
        {result.expertTotals.length > 0 && (
          <Descriptions.Item label={t('evaluation.eval.panel')}>{result.expertTotals.map((e) => `${name.get(e.expertId) ?? e.expertId} ${e.total}`).join(t('evaluation.eval.panelSeparator'))}</Descriptions.Item>
        )}
      </Descriptions>
      <Table<ItemResult>
        size="small"
        rowKey="itemCode"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={result.items}
        columns={[
          { title: t('evaluation.eval.item'), render: (_, r) => title.get(r.itemCode) ?? r.itemCode },
          { title: t('evaluation.eval.weight'), dataIndex: 'weight', width: 56 },
          { title: t('evaluation.eval.mean'), dataIndex: 'mean', width: 70 },
          { title: t('evaluation.eval.trimmedMean'), width: 90, render: (_, r) => r.trimmedMean ?? '—' },
          { title: t('evaluation.eval.resultValue'), width: 70, render: (_, r) => <strong>{r.result ?? '—'}</strong> },
          { title: t('evaluation.eval.range'), dataIndex: 'range', width: 56 },
          { title: t('evaluation.eval.sd'), dataIndex: 'standardDeviation', width: 64 },
          { title: t('evaluation.eval.outliers'), render: (_, r) => r.outliers.map((o) => <Tag color="orange" key={o.expertId}>{`${name.get(o.expertId) ?? ''} ${o.score}`}</Tag>) },
        ]}
      />
    </Card>
  );
}

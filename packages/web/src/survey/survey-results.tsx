import type { DimensionResult, GroupResult, ScoreBreakdownRow } from '@ipcounty/domain';
import { Alert, Card, Col, Descriptions, Empty, Progress, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { surveyApi } from '../api/survey.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { scoreText } from './survey-status-tag.js';

interface DimensionRow extends DimensionResult {
  children?: DimensionRow[];
}

/** The flat dimension results as the tree the builder shows (一级 → 二级 → 三级). */
function dimensionTree(dimensions: readonly DimensionResult[]): DimensionRow[] {
  const rows = new Map<string, DimensionRow>(dimensions.map((d) => [d.key, { ...d }]));
  const roots: DimensionRow[] = [];
  for (const row of rows.values()) {
    const parent = row.parent === null ? undefined : rows.get(row.parent);
    if (parent) parent.children = [...(parent.children ?? []), row];
    else roots.push(row);
  }
  return roots;
}

function BreakdownCard({ title, rows, testId }: { title: string; rows: readonly ScoreBreakdownRow[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={title} data-testid={testId}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('survey.result.noBreakdown')} />
      ) : (
        <Table<ScoreBreakdownRow>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={[...rows]}
          columns={[
            { title: title, dataIndex: 'name' },
            { title: t('survey.responses'), dataIndex: 'responses', width: 90, align: 'right' },
            { title: t('survey.score'), dataIndex: 'score', width: 80, align: 'right', render: (s: number | null) => scoreText(s) },
          ]}
        />
      )}
    </Card>
  );
}

/** The weighted score with its interval, by group against the target sample, by dimension, by channel, town and industry, and the method. */
export function SurveyResultsView({ surveyId }: { surveyId: string }) {
  const { t, locale } = useI18n();
  const resource = useResource(useCallback((signal: AbortSignal) => surveyApi.results(surveyId, signal), [surveyId]));
  const tree = useMemo(() => (resource.state === 'ready' ? dimensionTree(resource.data.result.dimensions) : []), [resource]);
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const { result, byChannel, byTown, byIndustry, method, survey } = resource.data;
  const groups = result.groups;

  return (
    <div className="survey-results" data-testid="survey-results">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('survey.result.overall')} value={scoreText(result.overall)} valueStyle={{ fontSize: 40 }} />
            <div data-testid="survey-score" data-score={result.overall ?? ''} hidden />
            {result.overall === null ? (
              <Typography.Text type="secondary">{t('survey.result.none')}</Typography.Text>
            ) : (
              <>
                {result.interval && (
                  <Typography.Paragraph strong data-testid="survey-interval">
                    {t('survey.result.interval', { level: Math.round(result.interval.level * 100), lower: result.interval.lower.toFixed(2), upper: result.interval.upper.toFixed(2) })}
                  </Typography.Paragraph>
                )}
                <Typography.Paragraph type="secondary" className="survey-small">
                  {t('survey.result.intervalNote', { resamples: result.interval?.resamples ?? 0 })}
                </Typography.Paragraph>
              </>
            )}
            <Typography.Paragraph data-testid="survey-respondents">{t('survey.result.respondents', { count: result.respondents })}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" className="survey-small">
              {t('survey.result.indicator', { year: survey.year })}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card size="small" title={t('survey.result.groups')}>
            <Table<GroupResult>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={groups}
              scroll={{ x: 520 }}
              data-testid="survey-groups"
              columns={[
                { title: t('survey.result.group'), dataIndex: 'name' },
                { title: t('survey.result.weight'), dataIndex: 'weight', width: 70, align: 'right' },
                { title: t('survey.result.share'), key: 'share', width: 90, align: 'right', render: (_: unknown, g) => `${(g.share * 100).toFixed(1)}%` },
                {
                  title: t('survey.result.sample'),
                  key: 'sample',
                  width: 200,
                  render: (_: unknown, g) => (
                    <div className="survey-sample">
                      <span>
                        {g.respondents} / {g.targetSample}
                      </span>
                      <Progress percent={g.targetSample === 0 ? 0 : Math.min(100, Math.round((g.respondents / g.targetSample) * 100))} size="small" showInfo={false} />
                    </div>
                  ),
                },
                { title: t('survey.score'), dataIndex: 'score', width: 80, align: 'right', render: (s: number | null) => <strong>{scoreText(s)}</strong> },
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('survey.result.dimensions')}>
            <Table<DimensionRow>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={tree}
              expandable={{ defaultExpandAllRows: true }}
              scroll={{ x: 640 }}
              data-testid="survey-dimensions"
              columns={[
                { title: t('survey.result.dimension'), dataIndex: 'name' },
                { title: t('survey.result.weight'), dataIndex: 'weight', width: 80, align: 'right' },
                ...groups.map((g) => ({ title: g.name, key: g.key, width: 90, align: 'right' as const, render: (_: unknown, d: DimensionRow) => scoreText(d.byGroup[g.key]) })),
                { title: t('survey.score'), dataIndex: 'score', width: 80, align: 'right' as const, render: (s: number | null) => <strong>{scoreText(s)}</strong> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <BreakdownCard title={t('survey.result.byChannel')} rows={byChannel} testId="survey-by-channel" />
        </Col>
        <Col xs={24} lg={8}>
          <BreakdownCard title={t('survey.result.byTown')} rows={byTown} testId="survey-by-town" />
        </Col>
        <Col xs={24} lg={8}>
          <BreakdownCard title={t('survey.result.byIndustry')} rows={byIndustry} testId="survey-by-industry" />
        </Col>
        <Col span={24}>
          <Card size="small" title={t('survey.result.method')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('survey.version', { version: method.version })}>{locale === 'zh-CN' ? method.likert : t('survey.result.likert')}</Descriptions.Item>
              <Descriptions.Item label={t('survey.result.groups')}>{method.groupWeights.map((g) => `${g.name} ${g.weight}`).join(' · ')}</Descriptions.Item>
              <Descriptions.Item label={t('survey.result.intervalLabel')}>{locale === 'zh-CN' ? method.interval : t('survey.result.intervalNote', { resamples: result.interval?.resamples ?? 0 })}</Descriptions.Item>
              {/* The frozen method is stored in Chinese, as the national method is written. */}
              {locale === 'zh-CN' && <Descriptions.Item label={t('survey.result.unconfirmed')}>{method.settingsUnconfirmed.join('；')}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </div>
  );
}

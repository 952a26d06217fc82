import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { trendChartOption } from '@ipcounty/domain';
import type { Granularity, IndicatorDetail, TrendPoint } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { echarts, ReactEChartsCore } from './charts.js';
import { formatChange, formatNumber } from './indicator-format.js';
import { methodOf } from './target-tile.js';

interface TrendCardProps {
  detail: IndicatorDetail;
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  exportHref: string | null;
}

/** The line of month-end values with the forecast band to the plan's end, and the periods with year-on-year change. */
export function TrendCard({ detail, granularity, onGranularity, exportHref }: TrendCardProps) {
  const { t } = useI18n();
  const summary = detail.summary;
  const option = useMemo(
    () =>
      trendChartOption({
        series: detail.series,
        band: detail.band,
        target: summary.forecast.target,
        labels: {
          actual: t('indicators.chart.actual'),
          forecast: t('indicators.chart.forecast'),
          band: t('indicators.chart.band'),
          target: t('indicators.chart.target', { target: formatNumber(summary.forecast.target) }),
        },
        format: (v) => formatNumber(v),
      }),
    [detail, summary, t],
  );

  const columns: TableColumnsType<TrendPoint> = [
    {
      key: 'label',
      title: t('indicators.trend.period'),
      render: (_, p) => (
        <span>
          {p.label} {p.partial && <Tag bordered={false}>{t('indicators.trend.partial', { to: p.to })}</Tag>}
        </span>
      ),
    },
    { key: 'value', title: t('indicators.trend.value'), align: 'right', render: (_, p) => formatNumber(p.value) },
    ...(detail.rule.formula === 'reported'
      ? []
      : [
          {
            key: 'numerator',
            title: t('indicators.trend.numerator'),
            align: 'right' as const,
            render: (_: unknown, p: TrendPoint) => (p.denominator === null ? formatNumber(p.numerator) : `${formatNumber(p.numerator)} / ${formatNumber(p.denominator)}`),
          },
        ]),
    { key: 'previous', title: t('indicators.trend.previous'), align: 'right', render: (_, p) => formatNumber(p.yearOnYear.previous) },
    { key: 'change', title: t('indicators.trend.change'), align: 'right', render: (_, p) => formatChange(p.yearOnYear.change) },
    {
      key: 'changePercent',
      title: t('indicators.trend.changePercent'),
      align: 'right',
      render: (_, p) => (p.yearOnYear.changePercent === null ? '—' : `${formatChange(p.yearOnYear.changePercent, 1)}%`),
    },
  ];

  return (
    <Card
      size="small"
      title={t('indicators.trend.title', { region: detail.region.name })}
      extra={
        exportHref && (
          <Button size="small" icon={<DownloadOutlined />} href={exportHref}>
            {t('indicators.export')}
          </Button>
        )
      }
      data-testid="trend-card"
    >
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 300 }} notMerge />
      {detail.band.length > 0 && <div className="muted chart-note">{t('indicators.chart.bandNote', { method: t(`indicators.method.${methodOf(summary.kind)}`) })}</div>}
      <div className="trend-table-head">
        <Segmented<Granularity>
          size="small"
          value={granularity}
          onChange={onGranularity}
          options={(['month', 'quarter', 'year'] as const).map((g) => ({ value: g, label: t(`indicators.granularity.${g}`) }))}
          data-testid="granularity"
        />
        {detail.rule.statisticalYear === 'trademark-statistical' && granularity === 'year' && <span className="muted">{t('indicators.trend.trademarkYear')}</span>}
      </div>
      <Table<TrendPoint>
        size="small"
        rowKey="label"
        columns={columns}
        dataSource={[...detail.trend].reverse()}
        pagination={{ pageSize: granularity === 'month' ? 12 : 8, size: 'small', showSizeChanger: false }}
        data-testid="trend-table"
      />
    </Card>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { splitChartOption } from '@ipcounty/domain';
import type { IndicatorDetail, RecordsSelection, SplitDimension, SplitRow } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { echarts, ReactEChartsCore } from './charts.js';
import { formatChange, formatNumber } from './indicator-format.js';

const engineOf: Record<SplitDimension, string> = { region: 'region', industry: 'key-industry', enterprise: 'enterprise' };

interface SplitCardProps {
  detail: IndicatorDetail;
  by: SplitDimension;
  onBy: (by: SplitDimension) => void;
  page: { offset: number; limit: number };
  onPage: (page: { offset: number; limit: number }) => void;
  /** Open the records behind a row's figure. */
  onOpen: (selection: RecordsSelection, label: string) => void;
  exportHref: string | null;
}

/** 分镇街、分重点产业、分企业: the value at the date split one way, each figure opening its records. */
export function SplitCard({ detail, by, onBy, page, onPage, onOpen, exportHref }: SplitCardProps) {
  const { t } = useI18n();
  const dimensions = (['region', 'industry', 'enterprise'] as const).filter((d) => detail.rule.dimensions.includes(engineOf[d] as never));
  const split = detail.split;
  const nameOf = (row: SplitRow) =>
    row.countyLevelOnly ? t('indicators.split.countyLevel', { name: row.name }) : row.name || t(by === 'industry' ? 'indicators.split.noIndustry' : 'indicators.split.noName');
  const selectionOf = (row: SplitRow): RecordsSelection =>
    by === 'region' ? { region: row.key, ...(row.countyLevelOnly ? { exact: true } : {}) } : by === 'industry' ? { industry: row.key } : { enterprise: row.key };
  const showsValue = split?.rows.some((r) => r.value !== null) ?? false;
  const reported = detail.rule.formula === 'reported';

  const option = useMemo(
    () =>
      splitChartOption({
        rows: (split?.rows ?? []).filter((r) => !showsValue || r.value !== null).map((r) => ({ name: nameOf(r), value: showsValue ? r.value : r.numerator })),
        format: (v) => formatNumber(v),
      }),
    // nameOf reads only t and by, both listed.
    [split, showsValue, t, by],
  );

  const columns: TableColumnsType<SplitRow> = [
    { key: 'name', title: t(`indicators.split.column.${by}`), render: (_, row) => <span data-testid="split-name">{nameOf(row)}</span> },
    ...(showsValue
      ? [
          {
            key: 'value',
            title: t('indicators.split.value', { unit: unitLabel(detail.rule.unit, t) }),
            align: 'right' as const,
            render: (_: unknown, row: SplitRow) =>
              row.noOwnPopulation ? (
                <Tag bordered={false} className="split-no-population" data-testid="split-no-population">
                  {t('indicators.split.noPopulation')}
                </Tag>
              ) : (
                formatNumber(row.value)
              ),
          },
        ]
      : []),
    ...(reported
      ? []
      : [
          {
            key: 'count',
            title: t('indicators.split.count'),
            align: 'right' as const,
            render: (_: unknown, row: SplitRow) => (
              <a data-testid="split-count" data-key={row.key} onClick={() => onOpen(selectionOf(row), `${nameOf(row)} · ${formatNumber(row.numerator)}`)}>
                {formatNumber(row.numerator)}
              </a>
            ),
          },
        ]),
    ...(split?.rows.some((r) => r.denominator !== null) ? [{ key: 'denominator', title: t('indicators.split.denominator'), align: 'right' as const, render: (_: unknown, row: SplitRow) => formatNumber(row.denominator) }] : []),
    {
      key: 'previous',
      title: t('indicators.split.previous', { date: split?.previousAsOf ?? '' }),
      align: 'right',
      render: (_, row) => formatNumber(showsValue ? row.previous.value : row.previous.numerator),
    },
    { key: 'change', title: t('indicators.trend.change'), align: 'right', render: (_, row) => formatChange(row.yearOnYear.change) },
    {
      key: 'changePercent',
      title: t('indicators.trend.changePercent'),
      align: 'right',
      render: (_, row) => (row.yearOnYear.changePercent === null ? '—' : `${formatChange(row.yearOnYear.changePercent, 1)}%`),
    },
  ];

  const paged = by !== 'region';
  return (
    <Card
      size="small"
      title={t('indicators.split.title', { asOf: detail.asOf })}
      extra={
        exportHref && (
          <Button size="small" icon={<DownloadOutlined />} href={exportHref}>
            {t('indicators.export')}
          </Button>
        )
      }
      data-testid="split-card"
    >
      <Tabs
        size="small"
        activeKey={by}
        onChange={(key) => onBy(key as SplitDimension)}
        items={dimensions.map((d) => ({ key: d, label: <span data-testid={`split-tab-${d}`}>{t(`indicators.split.by.${d}`)}</span> }))}
        tabBarExtraContent={
          paged && (
            <Select
              size="small"
              value={page.limit}
              onChange={(limit) => onPage({ offset: 0, limit })}
              options={[10, 20, 50, 200].map((n) => ({ value: n, label: t('indicators.split.top', { count: n }) }))}
              data-testid="split-top"
            />
          )
        }
      />
      {!split || split.rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.split.empty')} />
      ) : (
        <>
          {split.apart && (
            <Alert
              type="info"
              showIcon
              data-testid="split-apart"
              className="split-apart"
              message={t('indicators.split.apart', {
                names: split.apart.names.join('、'),
                count: formatNumber(split.apart.numerator),
                total: formatNumber(split.apart.countyNumerator),
                share: split.apart.share === null ? '—' : `${formatNumber(split.apart.share, 1)}%`,
              })}
            />
          )}
          <div className="split-body">
            <ReactEChartsCore echarts={echarts} option={option} style={{ height: Math.max(160, Math.min(20, split.rows.length) * 28 + 24) }} notMerge />
            <Table<SplitRow>
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={split.rows}
              data-testid="split-table"
              pagination={
                paged
                  ? {
                      current: Math.floor(page.offset / page.limit) + 1,
                      pageSize: page.limit,
                      total: split.total,
                      showSizeChanger: false,
                      size: 'small',
                      showTotal: (total) => t('indicators.split.total', { count: total }),
                      onChange: (current) => onPage({ offset: (current - 1) * page.limit, limit: page.limit }),
                    }
                  : false
              }
            />
          </div>
        </>
      )}
    </Card>
  );
}

import { fundPurposeOptions, fundSourceOptions, type ExecutionRow } from '@ipcounty/domain';
import { Alert, Card, Col, Progress, Row, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo, useState } from 'react';
import { ledgersApi } from '../api/ledgers.api.js';
import { useResource } from '../api/use-resource.js';
import { echarts, ReactEChartsCore } from '../indicators/charts.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { PaceWarning, percent, useMoney } from './budget-pace.js';

type Dimension = 'bySource' | 'byPurpose' | 'byTask' | 'byYear';

/**
 * 预算执行: the year's budget against allocation against spend, by source, purpose, task or year,
 * with the execution rate beside 序时进度 and a warning where the spend lags it.
 */
export function BudgetExecution({ version }: { version: number }) {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const money = useMoney();
  const thisYear = new Date().getFullYear();
  const years = useMemo(() => Array.from({ length: plan.period.endYear - plan.period.startYear + 1 }, (_, i) => plan.period.startYear + i), [plan]);
  const [year, setYear] = useState<number | null>(years.includes(thisYear) ? thisYear : (years.at(-1) ?? null));
  const [dimension, setDimension] = useState<Dimension>('byPurpose');
  // `version` changes after an import or edit elsewhere on the page, and loads the view again.
  const load = useCallback((signal: AbortSignal) => ledgersApi.execution(year === null ? {} : { year }, signal), [year, version]);
  const view = useResource(load);

  const labelOf = (key: string): string => {
    if (dimension === 'bySource') return (locale === 'en' ? fundSourceOptions.find((o) => o.value === key)?.en : fundSourceOptions.find((o) => o.value === key)?.zh) ?? key;
    if (dimension === 'byPurpose') return (locale === 'en' ? fundPurposeOptions.find((o) => o.value === key)?.en : fundPurposeOptions.find((o) => o.value === key)?.zh) ?? key;
    if (dimension === 'byTask') {
      const task = plan.taskGroups.flatMap((g) => g.tasks).find((x) => String(x.number) === key);
      return task ? `${task.number}. ${task.title}` : key;
    }
    return key;
  };
  const columns: ColumnsType<ExecutionRow> = [
    { key: 'key', title: t(`ledgers.funds.${dimension}`), render: (_, r) => labelOf(r.key) },
    { key: 'budget', title: t('ledgers.funds.budget'), align: 'right', render: (_, r) => money(r.budget) },
    { key: 'allocated', title: t('ledgers.funds.allocated'), align: 'right', render: (_, r) => money(r.allocated) },
    { key: 'spent', title: t('ledgers.funds.spent'), align: 'right', render: (_, r) => money(r.spent) },
    { key: 'allocationRate', title: t('ledgers.funds.allocationRate'), align: 'right', render: (_, r) => percent(r.allocationRate) },
    { key: 'executionRate', title: t('ledgers.funds.executionRate'), align: 'right', render: (_, r) => percent(r.executionRate) },
    { key: 'expectedRate', title: t('ledgers.funds.expectedRate'), align: 'right', render: (_, r) => percent(r.expectedRate) },
    { key: 'pace', title: '', render: (_, r) => (r.lagging ? <Tag color="orange">{t('ledgers.funds.behind')}</Tag> : r.executionRate !== null ? <Tag color="green">{t('ledgers.funds.onPace')}</Tag> : null) },
  ];

  if (view.state !== 'ready') return <Card loading={view.state === 'loading'} />;
  const data = view.data;
  const rows = data[dimension];
  const total = data.total;
  const chart = {
    // Drawn at once: screenshots and printouts never catch the bars half grown.
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { hideOverlap: true, formatter: (v: number) => (locale === 'en' ? (v >= 1e8 ? `${v / 1e8}M` : `${v / 1e5}k`) : `${Math.round(v / 1e6)}万`) } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => labelOf(r.key)), axisLabel: { width: 120, overflow: 'truncate' } },
    series: (['budget', 'allocated', 'spent'] as const).map((k) => ({ name: t(`ledgers.funds.${k}`), type: 'bar', data: rows.map((r) => r[k]), tooltip: { valueFormatter: (v: number) => money(v) } })),
  };
  return (
    <div className="stack" data-testid="budget-execution">
      <Space wrap>
        <Select value={year ?? 'all'} onChange={(v: number | 'all') => setYear(v === 'all' ? null : v)} options={[{ value: 'all', label: t('ledgers.funds.allYears') }, ...years.map((y) => ({ value: y, label: t('ledgers.funds.year', { year: y }) }))]} style={{ width: 140 }} data-testid="execution-year" />
        <Typography.Text type="secondary">{t('ledgers.funds.asOf', { date: data.asOf })}</Typography.Text>
      </Space>
      {total ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('ledgers.funds.budget')} value={money(total.budget)} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('ledgers.funds.allocated')} value={money(total.allocated)} /></Card></Col>
            <Col xs={12} md={6}><Card size="small"><Statistic title={t('ledgers.funds.spent')} value={money(total.spent)} /></Card></Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <div className="muted">{t('ledgers.funds.executionRate')}</div>
                <Progress percent={Number(((total.executionRate ?? 0) * 100).toFixed(1))} success={{ percent: 0 }} strokeColor={total.lagging ? '#fa8c16' : undefined} data-testid="execution-rate" />
                <div className="muted">{t('ledgers.funds.expectedShort', { rate: percent(total.expectedRate) })}</div>
              </Card>
            </Col>
          </Row>
          <PaceWarning row={total} />
          <Card size="small" title={t('ledgers.funds.targets')}>
            <Space wrap>
              <Tag color="green">{t('ledgers.funds.targetsMet', { count: data.targets.met })}</Tag>
              <Tag color="red">{t('ledgers.funds.targetsNotMet', { count: data.targets.notMet })}</Tag>
              <Tag>{t('ledgers.funds.targetsPending', { count: data.targets.pending })}</Tag>
            </Space>
          </Card>
          <Segmented<Dimension>
            value={dimension}
            onChange={setDimension}
            options={(['byPurpose', 'bySource', 'byTask', 'byYear'] as const).map((d) => ({ value: d, label: t(`ledgers.funds.${d}`) }))}
          />
          {rows.length > 0 && <ReactEChartsCore echarts={echarts} option={chart} style={{ height: Math.max(180, rows.length * 44 + 48) }} notMerge />}
          <Table<ExecutionRow> size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="execution-table" />
        </>
      ) : (
        <Alert type="info" showIcon message={t('ledgers.funds.empty')} />
      )}
    </div>
  );
}

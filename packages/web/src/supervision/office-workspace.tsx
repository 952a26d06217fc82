import type { ReportingCounts } from '@ipcounty/domain';
import { Card, Col, Empty, Progress, Row, Statistic, Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { DashboardItem, DashboardView, ReportRow } from '../api/supervision.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { StatusHeatmap } from './status-heatmap.js';
import { lightColor, percent, TimelinessTag, useFigureName, useRoundLabel, useUnitName } from './supervision-labels.js';
import { YearSelect } from './year-select.js';

interface OverdueRow {
  key: string;
  kind: 'item' | 'report';
  title: string;
  unitCode: string;
  deadline: string;
  daysOverdue: number;
  link: string | null;
}

/** 工作专班 / 领导 工作台: the review queue, the overdue list, the status map, reporting rates and the figures. */
export function OfficeWorkspace({ view }: { view: DashboardView }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const unitName = useUnitName();
  const roundLabel = useRoundLabel();
  const figureName = useFigureName();
  const queue = view.reports.filter((r) => r.state === 'submitted');
  const overdue: OverdueRow[] = [
    ...view.items
      .filter((i) => i.status.state === 'overdue')
      .map((i: DashboardItem) => ({ key: `item:${i.id}`, kind: 'item' as const, title: i.status.milestone ? `${i.title}（${i.status.milestone}）` : i.title, unitCode: i.leadUnit ?? '', deadline: i.status.deadline, daysOverdue: i.status.daysOverdue, link: null })),
    ...view.reports
      .filter((r) => r.timeliness.status === 'missing')
      .map((r) => ({ key: `report:${r.id}`, kind: 'report' as const, title: `${roundLabel({ id: r.roundId, label: r.roundLabel })} · ${r.itemTitle}`, unitCode: r.unitCode, deadline: r.closes, daysOverdue: r.timeliness.status === 'missing' ? r.timeliness.daysOverdue : 0, link: `/supervision/reports/${encodeURIComponent(r.id)}` })),
  ].sort((a, b) => b.daysOverdue - a.daysOverdue);
  const totals = view.rates.reduce((a, r) => ({ expected: a.expected + r.expected - r.pending, onTime: a.onTime + r.onTime, submitted: a.submitted + r.submitted }), { expected: 0, onTime: 0, submitted: 0 });
  const indicatorUnit = (code: string) => plan.targetGroups.flatMap((g) => g.indicators).find((i) => i.code === code)?.unit ?? '';

  return (
    <div className="stack">
      <div className="supervision-toolbar">
        <YearSelect />
        {view.perspective === 'leader' && <Tag color="blue">{t('supervision.readOnly')}</Tag>}
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-queue">
            <Statistic title={t('supervision.stat.reviewQueue')} value={queue.length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-overdue">
            <Statistic title={t('supervision.stat.overdueItems')} value={overdue.filter((o) => o.kind === 'item').length} valueStyle={{ color: '#cf1322' }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-missing">
            <Statistic title={t('supervision.stat.missingReports')} value={overdue.filter((o) => o.kind === 'report').length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="stat-ontime">
            <Statistic title={t('supervision.stat.onTimeRate')} value={totals.expected ? percent(totals.onTime / totals.expected) : '—'} />
          </Card>
        </Col>
      </Row>

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('supervision.reviewQueue')} data-testid="review-queue">
            <Table<ReportRow>
              size="small"
              rowKey="id"
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              dataSource={queue}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.nothingToReview')} /> }}
              columns={[
                { title: t('supervision.col.unit'), render: (_, r) => unitName(r.unitCode), width: 120 },
                { title: t('supervision.col.item'), render: (_, r) => `${roundLabel({ id: r.roundId, label: r.roundLabel })} · ${r.itemTitle}` },
                { title: t('supervision.col.timeliness'), render: (_, r) => <TimelinessTag timeliness={r.timeliness} />, width: 110 },
                {
                  title: '',
                  width: 64,
                  render: (_, r) => (
                    <Link to={`/supervision/reports/${encodeURIComponent(r.id)}`} data-testid="review-report">
                      {view.perspective === 'office' ? t('supervision.action.review') : t('supervision.action.view')}
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('supervision.overdueList')} data-testid="overdue-list">
            <Table<OverdueRow>
              size="small"
              rowKey="key"
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              dataSource={overdue}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.nothingOverdue')} /> }}
              columns={[
                { title: t('supervision.col.unit'), render: (_, o) => unitName(o.unitCode), width: 120 },
                { title: t('supervision.col.item'), render: (_, o) => (o.link ? <Link to={o.link}>{o.title}</Link> : o.title) },
                { title: t('supervision.col.deadline'), dataIndex: 'deadline', width: 100 },
                { title: t('supervision.col.overdue'), render: (_, o) => <Tag color="error">{t('supervision.state.overdue', { days: o.daysOverdue })}</Tag>, width: 110 },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('supervision.heatmap')} extra={<span className="muted">{t('supervision.heatmapHint')}</span>}>
        <StatusHeatmap cells={view.grid} />
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={13}>
          <Card size="small" title={t('supervision.rates')} data-testid="rates">
            <RatesTable rows={view.rates} />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card size="small" title={t('supervision.figures')} extra={<span className="muted">{t('supervision.figuresHint')}</span>} data-testid="figures">
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={view.figures}
              columns={[
                { title: t('supervision.col.indicator'), render: (_, f) => figureName(f.code) },
                { title: t('supervision.col.yearTotal', { year: view.year }), align: 'right', width: 90, render: (_, f) => <span data-testid={`figure-${f.code}`}>{f.yearTotal}</span> },
                { title: t('supervision.col.planTotal'), align: 'right', width: 90, render: (_, f) => `${f.planTotal} ${indicatorUnit(f.code)}` },
                {
                  title: t('supervision.col.pace'),
                  width: 110,
                  render: (_, f) =>
                    f.pace && f.pace.state !== 'no-data' ? (
                      <Tooltip title={f.pace.reason}>
                        <Tag color={lightColor[f.pace.light]}>{t(`supervision.pace.${f.pace.state}` as 'supervision.pace.on-track')}</Tag>
                      </Tooltip>
                    ) : (
                      <span className="muted">{t('supervision.pace.no-data')}</span>
                    ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** 报送及时率、完整率: per unit, expected forms so far, submitted, on time, late, missing. */
export function RatesTable({ rows }: { rows: ReportingCounts[] }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  return (
    <Table<ReportingCounts>
      size="small"
      rowKey="unitCode"
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      dataSource={rows}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.noReports')} /> }}
      columns={[
        { title: t('supervision.col.unit'), render: (_, r) => unitName(r.unitCode), width: 130, ellipsis: true },
        { title: t('supervision.col.expected'), dataIndex: 'expected', align: 'right', width: 64 },
        { title: t('supervision.col.onTime'), dataIndex: 'onTime', align: 'right', width: 64 },
        { title: t('supervision.col.late'), dataIndex: 'late', align: 'right', width: 64 },
        { title: t('supervision.col.missing'), dataIndex: 'missing', align: 'right', width: 64 },
        {
          title: t('supervision.col.completeness'),
          width: 120,
          render: (_, r) => <Progress size="small" percent={r.reportingRate === null ? 0 : Math.round(r.reportingRate * 100)} status={r.missing > 0 ? 'exception' : 'normal'} format={(p) => `${p}%`} />,
        },
        {
          title: t('supervision.col.timelinessRate'),
          width: 120,
          render: (_, r) => <Progress size="small" percent={r.onTimeRate === null ? 0 : Math.round(r.onTimeRate * 100)} strokeColor="#52c41a" />,
        },
      ]}
    />
  );
}

import type { EscalationLevel, ReportingCounts } from '@ipcounty/domain';
import { Card, Col, Empty, Progress, Row, Space, Statistic, Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { DashboardItem, DashboardView, FigureRow, ReportRow } from '../api/supervision.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { LadderRulesCard } from './ladder-rules.js';
import { FiguresTable } from './figures-table.js';
import { StatusHeatmap } from './status-heatmap.js';
import { levelColor, percent, TimelinessTag, useIndicatorUnit, useRoundLabel, useUnitName } from './supervision-labels.js';
import { YearSelect } from './year-select.js';

interface OverdueRow {
  key: string;
  kind: 'item' | 'report';
  title: string;
  unitCode: string;
  deadline: string;
  daysOverdue: number;
  /** The rung it stands on under the year's 督办规则. */
  escalation: EscalationLevel | null;
  link: string | null;
}

/**
 * 工作专班 / 领导 工作台: the year's 督办规则, the review queue, the overdue list with each entry's rung,
 * the status map, reporting rates, and every target with its responsible units, figures and pace.
 */
export function OfficeWorkspace({ view, reload }: { view: DashboardView; reload: () => void }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const roundLabel = useRoundLabel();
  const queue = view.reports.filter((r) => r.state === 'submitted');
  const overdue: OverdueRow[] = [
    ...view.items
      .filter((i) => i.status.state === 'overdue')
      .map((i: DashboardItem) => ({ key: `item:${i.id}`, kind: 'item' as const, title: i.status.milestone ? `${i.title}（${i.status.milestone}）` : i.title, unitCode: i.leadUnit ?? '', deadline: i.status.deadline, daysOverdue: i.status.daysOverdue, escalation: i.escalation, link: null })),
    ...view.reports
      .filter((r) => r.timeliness.status === 'missing')
      .map((r) => ({ key: `report:${r.id}`, kind: 'report' as const, title: `${roundLabel({ id: r.roundId, label: r.roundLabel })} · ${r.itemTitle}`, unitCode: r.unitCode, deadline: r.closes, daysOverdue: r.timeliness.status === 'missing' ? r.timeliness.daysOverdue : 0, escalation: r.escalation, link: `/supervision/reports/${encodeURIComponent(r.id)}` })),
  ].sort((a, b) => b.daysOverdue - a.daysOverdue);
  const totals = view.rates.reduce((a, r) => ({ expected: a.expected + r.expected - r.pending, onTime: a.onTime + r.onTime, submitted: a.submitted + r.submitted }), { expected: 0, onTime: 0, submitted: 0 });
  const indicatorUnit = useIndicatorUnit();

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

      <LadderRulesCard year={view.year} ladder={view.ladder} editable={view.perspective === 'office'} onSaved={reload} />

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
                {
                  // The rung under the days overdue: the card is half the width at 1366 px, too narrow for another column.
                  title: t('supervision.col.overdue'),
                  width: 120,
                  render: (_, o) => (
                    <Space direction="vertical" size={2}>
                      <Tag color="error">{t('supervision.state.overdue', { days: o.daysOverdue })}</Tag>
                      {o.escalation && (
                        <Tag color={levelColor[o.escalation]} data-testid="overdue-rung" data-level={o.escalation}>
                          {t(`supervision.level.${o.escalation}`)}
                        </Tag>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('supervision.heatmap')} extra={<span className="muted">{t('supervision.heatmapHint')}</span>}>
        <StatusHeatmap cells={view.grid} />
      </Card>

      <Card size="small" title={t('supervision.rates')} data-testid="rates">
        <RatesTable rows={view.rates} />
      </Card>

      <Card size="small" title={t('supervision.figures')} extra={<span className="muted">{t('supervision.figuresHint')}</span>} data-testid="figures">
        <FiguresTable
          figures={view.figures}
          paceWidth={190}
          columns={[
            { title: t('supervision.col.responsible'), width: 300, render: (_, f) => <ResponsibleUnits figure={f} /> },
            { title: t('supervision.col.yearTotal', { year: view.year }), align: 'right', width: 90, render: (_, f) => <span data-testid={`figure-${f.code}`}>{f.yearTotal ?? <ComputedMark />}</span> },
            { title: t('supervision.col.planTotal'), align: 'right', width: 110, render: (_, f) => (f.planTotal === null ? <ComputedMark /> : `${f.planTotal} ${indicatorUnit(f.code)}`) },
          ]}
        />
      </Card>
    </div>
  );
}

/** 责任单位: the lead units first, then the co-operating ones, muted; a warning tag when nobody answers for the target. */
function ResponsibleUnits({ figure }: { figure: FigureRow }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  if (figure.leadUnits.length === 0 && figure.cooperatingUnits.length === 0)
    return (
      <Tag color="warning" data-testid="no-responsible">
        {t('supervision.figures.noResponsible')}
      </Tag>
    );
  return (
    <span data-testid={`responsible-${figure.code}`}>
      {figure.leadUnits.map(unitName).join('、')}
      {figure.cooperatingUnits.length > 0 && (
        <span className="muted">
          {figure.leadUnits.length > 0 && t('supervision.figures.separator')}
          {t('supervision.figures.cooperating', { units: figure.cooperatingUnits.map(unitName).join('、') })}
        </span>
      )}
    </span>
  );
}

/** A target units do not report: the statistics engine computes it from the registers. */
function ComputedMark() {
  const { t } = useI18n();
  return (
    <Tooltip title={t('supervision.figures.computed')}>
      <span className="muted">—</span>
    </Tooltip>
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
      scroll={{ x: 'max-content' }}
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

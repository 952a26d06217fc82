import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Grid, List, Row, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { supervisionApi, type DashboardItem, type DashboardView, type Notification, type ReportRow } from '../api/supervision.api.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { ScoreLines } from './score-lines.js';
import { advanceNotice } from './ladder-rules.js';
import { FiguresTable } from './figures-table.js';
import { levelColor, ReportStateTag, StatusLight, TimelinessTag, useRoundLabel, useUnitName } from './supervision-labels.js';
import { YearSelect } from './year-select.js';

/**
 * 单位工作台: my work items, what is due soon, reports to write, returned reports, the targets I
 * answer for with their pace, my score, my notices.
 */
export function UnitWorkspace({ view, reload }: { view: DashboardView; reload: () => void }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const roundLabel = useRoundLabel();
  const navigate = useNavigate();
  // Notifications made before reminders were bilingual have Chinese only.
  const titleOf = (n: Notification) => (locale === 'en' && n.titleEn) || n.title;
  const open = (r: ReportRow) => r.opens <= view.today;
  const toWrite = view.reports.filter((r) => (r.state === 'draft' || r.state === 'returned') && open(r));
  const returned = view.reports.filter((r) => r.state === 'returned');
  const dueSoon = view.items.filter((i) => i.status.state === 'due-soon' || i.status.state === 'overdue');
  const score = view.scores[0];
  const unread = view.notifications.filter((n) => !n.readAt).length;

  const openNotification = async (n: Notification) => {
    if (!n.readAt) await supervisionApi.markRead(n.id).catch(() => undefined);
    if (n.link) navigate(n.link);
    else reload();
  };

  const phone = Grid.useBreakpoint().md === false;
  const roleTag = (r: ReportRow) => <Tag>{t(r.role === 'lead' ? 'role.lead' : 'role.co-operating')}</Tag>;
  const reportAction = (r: ReportRow) =>
    // A round not yet open has no form to fill: say when it opens instead of linking to an empty page.
    r.state === 'draft' && !open(r) ? (
      <span className="muted" data-testid="opens-on">
        {t('supervision.report.opensOn', { date: r.opens })}
      </span>
    ) : (
      <Link to={`/supervision/reports/${encodeURIComponent(r.id)}`} data-testid="open-report">
        {r.state === 'draft' || r.state === 'returned' ? t('supervision.action.fill') : t('supervision.action.view')}
      </Link>
    );

  const reportColumns = [
    { title: t('supervision.col.round'), render: (_: unknown, r: ReportRow) => roundLabel({ id: r.roundId, label: r.roundLabel }), width: 130 },
    {
      title: t('supervision.col.item'),
      render: (_: unknown, r: ReportRow) => (
        <span>
          {r.itemTitle} {roleTag(r)}
        </span>
      ),
    },
    { title: t('supervision.col.unit'), render: (_: unknown, r: ReportRow) => unitName(r.unitCode), width: 130 },
    { title: t('supervision.col.closes'), dataIndex: 'closes', width: 110 },
    { title: t('supervision.col.state'), render: (_: unknown, r: ReportRow) => <ReportStateTag state={r.state} />, width: 100 },
    { title: t('supervision.col.timeliness'), render: (_: unknown, r: ReportRow) => <TimelinessTag timeliness={r.timeliness} />, width: 120 },
    { title: '', width: 90, render: (_: unknown, r: ReportRow) => reportAction(r) },
  ];

  return (
    <div className="stack">
      <div className="supervision-toolbar">
        <YearSelect />
        <span className="muted">{t('supervision.unitIntro')}</span>
        <Tooltip title={t('supervision.ladder.advanceHint', { days: view.ladder.thresholds.yellowWithinDays })}>
          <Tag color="gold" data-testid="advance-notice">
            {advanceNotice(t, view.ladder.thresholds.yellowWithinDays)}
          </Tag>
        </Tooltip>
      </div>
      <Row gutter={[12, 12]}>
        {[
          ['myItems', view.items.length],
          ['dueSoon', dueSoon.length],
          ['toWrite', toWrite.length],
          ['returned', returned.length],
        ].map(([key, value]) => (
          <Col xs={12} md={6} lg={4} key={key}>
            <Card size="small" data-testid={`stat-${key}`}>
              <Statistic title={t(`supervision.stat.${key}` as 'supervision.stat.myItems')} value={value} />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={12} lg={8}>
          <Card size="small" data-testid="stat-score">
            <Statistic
              title={t('supervision.stat.myScore')}
              value={score ? score.score.total : '—'}
              precision={score ? 2 : undefined}
              suffix={score ? <span className="stat-suffix">{t('supervision.rank', { rank: score.rank, of: score.of, groupRank: score.groupRank, groupSize: score.groupSize })}</span> : null}
            />
          </Card>
        </Col>
      </Row>

      {returned.length > 0 && (
        <Card size="small" title={t('supervision.returnedReports')} data-testid="returned-reports">
          <List
            dataSource={returned}
            renderItem={(r) => (
              <List.Item actions={[<Link key="open" to={`/supervision/reports/${encodeURIComponent(r.id)}`}>{t('supervision.action.fill')}</Link>]}>
                <List.Item.Meta title={`${roundLabel({ id: r.roundId, label: r.roundLabel })} · ${r.itemTitle}`} description={t('supervision.returnedBecause', { reason: r.returnReason ?? '' })} />
              </List.Item>
            )}
          />
        </Card>
      )}

      <Card size="small" title={t('supervision.reportsToWrite')} data-testid="reports-to-write">
        {phone ? (
          // On a phone each report is a block of its own: what and when on top, its state and the link under it.
          <List<ReportRow>
            size="small"
            rowKey="id"
            dataSource={view.reports}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.noReports')} /> }}
            renderItem={(r) => (
              <List.Item className="report-item" data-testid="report-item">
                <div className="report-item-title">
                  {roundLabel({ id: r.roundId, label: r.roundLabel })} · {r.itemTitle} {roleTag(r)}
                </div>
                <div className="report-item-meta">
                  <ReportStateTag state={r.state} />
                  <TimelinessTag timeliness={r.timeliness} />
                  <span className="muted">
                    {t('supervision.col.closes')} {r.closes}
                  </span>
                  <span className="toolbar-spacer" />
                  {reportAction(r)}
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Table<ReportRow> size="small" rowKey="id" pagination={false} columns={reportColumns} dataSource={view.reports} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.noReports')} /> }} />
        )}
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('supervision.myItems')} data-testid="my-items">
            {phone ? (
              <List<DashboardItem>
                size="small"
                rowKey="id"
                dataSource={view.items}
                renderItem={(i) => (
                  <List.Item className="report-item">
                    <div className="report-item-title">
                      {t('supervision.col.task')} {i.taskNumber} · {i.title}
                    </div>
                    <div className="report-item-meta">
                      <StatusLight status={i.status} />
                      <span className="muted">
                        {t('supervision.col.lead')} {unitName(i.leadUnit)}
                      </span>
                      <span className="muted">
                        {t('supervision.col.deadline')} {i.deadline}
                      </span>
                    </div>
                  </List.Item>
                )}
              />
            ) : (
              <Table<DashboardItem>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={view.items}
                columns={[
                  { title: t('supervision.col.task'), dataIndex: 'taskNumber', width: 56 },
                  { title: t('supervision.col.item'), dataIndex: 'title' },
                  { title: t('supervision.col.lead'), render: (_, i) => unitName(i.leadUnit), width: 120 },
                  { title: t('supervision.col.deadline'), dataIndex: 'deadline', width: 110 },
                  { title: t('supervision.col.status'), render: (_, i) => <StatusLight status={i.status} />, width: 140 },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card
            size="small"
            title={
              <span>
                <BellOutlined /> {t('supervision.notifications')} {unread > 0 && <Badge count={unread} />}
              </span>
            }
            data-testid="notifications"
          >
            <List
              size="small"
              dataSource={view.notifications}
              locale={{ emptyText: t('supervision.noNotifications') }}
              renderItem={(n) => (
                <List.Item className={n.readAt ? 'notification is-read' : 'notification'} data-testid="notification">
                  <Button type="link" className="notification-title" onClick={() => void openNotification(n)}>
                    <Tag color={levelColor[n.level as keyof typeof levelColor]}>{t(`supervision.level.${n.level}` as 'supervision.level.reminder')}</Tag>
                    {titleOf(n)}
                  </Button>
                  <Typography.Text type="secondary" className="notification-time">
                    {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('supervision.myTargets')} extra={<span className="muted">{t('supervision.myTargetsHint')}</span>} data-testid="my-targets">
        <FiguresTable
          figures={view.figures}
          paceWidth={200}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.noTargets')} />}
          columns={[
            { title: t('supervision.col.role'), width: 90, render: (_, f) => f.ownRole && <Tag color={f.ownRole === 'lead' ? 'blue' : 'default'}>{t(f.ownRole === 'lead' ? 'role.lead' : 'role.co-operating')}</Tag> },
          ]}
        />
      </Card>

      {score && (
        <Card size="small" title={t('supervision.myScoreExplained', { unit: unitName(score.score.unitCode) })} data-testid="my-score">
          <ScoreLines score={score.score} facts={score.facts} />
        </Card>
      )}
    </div>
  );
}

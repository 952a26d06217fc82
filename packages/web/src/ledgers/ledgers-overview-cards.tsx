import { meetingKindOptions, publicityKindOptions } from '@ipcounty/domain';
import { Card, Col, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { ledgersApi } from '../api/ledgers.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { PaceWarning, percent, useMoney } from './budget-pace.js';

/**
 * 方案总览's ledger cards: the year's special fund (budget, allocation, spend against 序时进度), and
 * the year's meetings with their decisions and its publicity with its reach.
 */
export function LedgersOverviewCards() {
  const me = useMe();
  if (!me.can('registers.read')) return null;
  return <Cards />;
}

function Cards() {
  const { t, locale } = useI18n();
  const money = useMoney();
  const load = useCallback((signal: AbortSignal) => ledgersApi.overview(signal), []);
  const data = useResource(load);
  if (data.state !== 'ready') return null;
  const { funds, meetings, publicity, year, demo } = data.data;
  const label = (options: readonly { value: string; zh: string; en: string }[], key: string) => {
    const option = options.find((o) => o.value === key);
    return option ? (locale === 'en' ? option.en : option.zh) : key;
  };
  const demoTag = demo && <Tag color="gold">{t('data.demoTag')}</Tag>;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={<Space>{t('ledgers.overview.funds', { year })}{demoTag}</Space>} extra={<Link to="/ledgers/funds">{t('ledgers.task.open')}</Link>} data-testid="funds-card">
          {funds ? (
            <div className="stack">
              <div className="ledger-card-figures">
                <Statistic title={t('ledgers.funds.budget')} value={money(funds.budget)} />
                <Statistic title={t('ledgers.funds.allocated')} value={money(funds.allocated)} />
                <Statistic title={t('ledgers.funds.spent')} value={money(funds.spent)} />
              </div>
              <div>
                <Typography.Text type="secondary">{t('ledgers.funds.executionRate')}</Typography.Text>
                <Progress percent={Number(((funds.executionRate ?? 0) * 100).toFixed(1))} strokeColor={funds.lagging ? '#fa8c16' : undefined} />
                <Typography.Text type="secondary">{t('ledgers.funds.expectedShort', { rate: percent(funds.expectedRate) })}</Typography.Text>
              </div>
              <PaceWarning row={funds} />
            </div>
          ) : (
            <Typography.Text type="secondary">{t('ledgers.funds.empty')}</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={<Space>{t('ledgers.overview.meetings', { year })}{demoTag}</Space>} extra={<Link to="/ledgers/meetings">{t('ledgers.task.open')}</Link>} data-testid="meetings-card">
          <div className="stack">
            <div className="ledger-card-figures">
              <Statistic title={t('ledgers.overview.meetingCount')} value={meetings.total} />
              <Statistic title={t('ledgers.overview.decisionsDone')} value={meetings.done} suffix={`/ ${meetings.decisions}`} />
              <Statistic title={t('ledgers.overview.publicityCount')} value={publicity.total} />
              <Statistic title={t('ledgers.overview.reach')} value={publicity.reach} />
            </div>
            <Space size={[4, 4]} wrap>
              {Object.entries(meetings.byKind).map(([kind, n]) => <Tag key={kind}>{`${label(meetingKindOptions, kind)} ${n}`}</Tag>)}
              {meetings.overdue > 0 && <Tag color="red">{t('ledgers.meeting.overdue', { count: meetings.overdue })}</Tag>}
            </Space>
            <Space size={[4, 4]} wrap>
              {Object.entries(publicity.byKind).map(([kind, n]) => <Tag key={kind} color="blue">{`${label(publicityKindOptions, kind)} ${n}`}</Tag>)}
            </Space>
          </div>
        </Card>
      </Col>
    </Row>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import type { ForecastStatus } from '@ipcounty/domain';
import { Alert, Button, Card, Col, Row, Spin, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { fetchDashboard, indicatorDownloads } from '../api/indicators.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { AsOfPicker } from './as-of-picker.js';
import { forecastStatuses, statusTagColors } from './indicator-format.js';
import { TargetTile } from './target-tile.js';
import { PresumedLapsesNotice } from '../registers/presumed-lapses-notice.js';
import './indicators.css';

/** 指标监测: the plan's targets at a date, grouped as the plan groups them. */
export function IndicatorsDashboardPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const load = useCallback((signal: AbortSignal) => fetchDashboard(asOf, signal), [asOf]);
  const resource = useResource(load);

  const counts = useMemo(() => {
    const result = new Map<ForecastStatus, number>();
    if (resource.state === 'ready') for (const target of resource.data.targets) result.set(target.status, (result.get(target.status) ?? 0) + 1);
    return result;
  }, [resource]);

  if (resource.state === 'loading') return <Spin className="page-status" size="large" />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const dashboard = resource.data;
  const setAsOf = (next: string | undefined) => setParams(next && next !== dashboard.today ? { asOf: next } : {});

  return (
    <div className="stack indicators" data-testid="indicators-dashboard">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.indicators')}</Typography.Title>
        <div className="indicators-tools">
          <AsOfPicker value={dashboard.asOf} today={dashboard.today} onChange={setAsOf} />
          {me.can('exports.run') && (
            <Button icon={<DownloadOutlined />} href={indicatorDownloads.dashboard(dashboard.asOf)} data-testid="export-dashboard">
              {t('indicators.export')}
            </Button>
          )}
        </div>
      </div>
      <div className="indicators-summary">
        <span className="muted">{t('indicators.summary', { count: dashboard.targets.length, asOf: dashboard.asOf, planEnd: dashboard.planEnd })}</span>
        {forecastStatuses
          .filter((status) => counts.has(status))
          .map((status) => (
            <Tag key={status} color={statusTagColors[status]} bordered={false}>
              {t(`indicators.status.${status}`)} {counts.get(status)}
            </Tag>
          ))}
        <span className="muted indicators-computed">{t('indicators.computedAt', { at: formatDateTime(dashboard.seriesComputedAt) })}</span>
      </div>
      <PresumedLapsesNotice asOf={dashboard.asOf} />
      {dashboard.groups.map((group) => {
        const targets = dashboard.targets.filter((x) => x.group.code === group.code);
        if (targets.length === 0) return null;
        return (
          <Card key={group.code} size="small" title={group.title} data-testid="target-group">
            <Row gutter={[12, 12]}>
              {targets.map((target) => (
                <Col key={target.code} xs={24} md={12} xl={8} xxl={6}>
                  <TargetTile target={target} asOf={dashboard.asOf} />
                </Col>
              ))}
            </Row>
          </Card>
        );
      })}
    </div>
  );
}

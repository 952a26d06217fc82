import { Alert, Card, Col, Row, Spin, Statistic } from 'antd';
import { useCallback } from 'react';
import { evaluationApi } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { EvaluationsPanel } from './evaluations-panel.js';
import { PhasesPanel } from './phases-panel.js';
import { RectificationPanel } from './rectification-panel.js';
import { SelfChecksPanel } from './self-checks-panel.js';

type Section = 'phases' | 'self-checks' | 'rectification' | 'evaluations';

/**
 * The area's lists, read in one request: the figures leaders look at first (self-check progress,
 * rectification items open, overdue and closed, evaluations) above the section's own list.
 */
export function EvaluationOverviewPage({ section }: { section: Section }) {
  const { t } = useI18n();
  const overview = useResource(useCallback((signal: AbortSignal) => evaluationApi.overview(signal), []));
  const rectifications = useResource(useCallback((signal: AbortSignal) => (section === 'rectification' ? evaluationApi.rectifications(signal) : Promise.resolve({ items: [] })), [section]));
  if (overview.state === 'loading') return <Spin />;
  if (overview.state === 'failed') return <Alert type="error" showIcon message={overview.error.message} />;
  const { timeline, selfChecks, rectifications: counts, evaluations } = overview.data;
  const open = selfChecks.find((s) => s.status === 'open') ?? selfChecks[0];
  const reload = () => {
    overview.reload();
    if (rectifications.state === 'ready') rectifications.reload();
  };
  return (
    <div className="stack">
      {section !== 'evaluations' && (
        <Row gutter={[12, 12]} data-testid="evaluation-stats">
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('evaluation.stat.selfCheck')} value={open ? open.progress.tasksConfirmed : 0} suffix={open ? `/ ${open.progress.tasks}` : ''} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('evaluation.stat.rectOpen')} value={counts.open + counts.answered} suffix={counts.answered ? `(${t('evaluation.stat.rectAnswered')} ${counts.answered})` : ''} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('evaluation.stat.rectOverdue')} value={counts.overdue} valueStyle={counts.overdue ? { color: '#cf1322' } : undefined} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('evaluation.stat.rectClosed')} value={counts.closed} />
            </Card>
          </Col>
        </Row>
      )}
      {section === 'phases' && <PhasesPanel timeline={timeline} onChanged={reload} />}
      {section === 'self-checks' && <SelfChecksPanel selfChecks={selfChecks} onChanged={reload} />}
      {section === 'rectification' && (rectifications.state === 'ready' ? <RectificationPanel items={rectifications.data.items} onChanged={reload} /> : <Spin />)}
      {section === 'evaluations' && <EvaluationsPanel evaluations={evaluations} />}
    </div>
  );
}

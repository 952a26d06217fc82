import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { supervisionApi, type ReportView } from '../../api/supervision.api.js';
import { useResource } from '../../api/use-resource.js';
import { useI18n } from '../../i18n/locale-context.js';
import { ReportStateTag, TimelinessTag, useFigureName, useRoundLabel, useUnitName } from '../supervision-labels.js';
import { ReportContentView } from './report-content.js';
import { ReportForm } from './report-form.js';
import { ReportEvents, VersionChanges } from './report-history.js';
import { ReviewPanel } from './review-panel.js';

/** One report: the unit fills it in; the office reviews it; everyone allowed sees its versions and history. */
export function ReportPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const unitName = useUnitName();
  const figureName = useFigureName();
  const roundLabel = useRoundLabel();
  const { reportId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => supervisionApi.report(reportId, signal), [reportId]);
  const resource = useResource(load);
  const [view, setView] = useState<ReportView | null>(null);
  useEffect(() => setView(resource.state === 'ready' ? resource.data : null), [resource]);

  if (resource.state === 'loading' || (resource.state === 'ready' && !view)) return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const v = view!;
  const editing = v.own && v.allowed.edit;
  const reviewing = v.allowed.approve || v.allowed.return || v.allowed.reopen;
  const submittedVersion = [...v.versions].reverse().find((x) => x.submitted);
  const lastReturn = [...v.events].reverse().find((e) => e.action === 'return');

  const withdraw = async () => {
    try {
      setView(await supervisionApi.reportAction(v.report.id, 'withdraw'));
      void message.success(t('supervision.reportForm.withdrawn'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  };

  return (
    <div className="stack" data-testid="report-page">
      <div className="report-head">
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('supervision.action.back')} />
        <Typography.Title level={2} className="report-title">
          {v.item.title}
        </Typography.Title>
        <ReportStateTag state={v.report.state} />
        <TimelinessTag timeliness={v.timeliness} />
      </div>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} className="report-meta">
        <Descriptions.Item label={t('supervision.col.round')}>{roundLabel(v.round)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.col.unit')}>
          {unitName(v.report.unitCode)} <Tag>{t(v.report.role === 'lead' ? 'role.lead' : 'role.co-operating')}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.rounds.window')}>
          {v.round.opens} ~ {v.round.closes}
        </Descriptions.Item>
        <Descriptions.Item label={t('supervision.col.task')}>{v.item.taskNumber}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.col.deadline')}>{v.item.deadline}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.item.output')}>{v.item.expectedOutput || '—'}</Descriptions.Item>
        {v.item.servesTargets.length > 0 && (
          <Descriptions.Item label={t('supervision.item.servesTargets')}>
            {v.item.servesTargets.map((code) => (
              <Tag key={code} color="blue">
                {figureName(code)}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
        {v.report.qualityScore !== null && <Descriptions.Item label={t('supervision.review.quality')}>{v.report.qualityScore}</Descriptions.Item>}
      </Descriptions>
      {v.report.state === 'returned' && lastReturn?.note && <Alert type="warning" showIcon message={t('supervision.returnedBecause', { reason: lastReturn.note })} data-testid="return-reason" />}

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={reviewing ? 15 : 24}>
          <Card size="small" title={editing ? t('supervision.reportForm.title') : t('supervision.reportView.title')}>
            {editing ? (
              <ReportForm key={`${v.report.state}-${v.versions.length}`} view={v} onChanged={setView} />
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                <ReportContentView content={(v.own ? v.versions.at(-1) : submittedVersion)?.content} figures={v.figures} />
                {v.own && v.allowed.withdraw && (
                  <Button onClick={() => void withdraw()} data-testid="withdraw-report">
                    {t('supervision.reportForm.withdraw')}
                  </Button>
                )}
              </Space>
            )}
          </Card>
        </Col>
        {reviewing && (
          <Col xs={24} xl={9}>
            <Card size="small" title={t('supervision.review.title')}>
              <ReviewPanel view={v} onChanged={setView} />
            </Card>
          </Col>
        )}
      </Row>
      <Card size="small">
        <Tabs
          items={[
            { key: 'changes', label: t('supervision.history.changes', { count: v.versions.length }), children: <VersionChanges view={v} /> },
            { key: 'events', label: t('supervision.history.events'), children: <ReportEvents view={v} /> },
          ]}
        />
      </Card>
    </div>
  );
}

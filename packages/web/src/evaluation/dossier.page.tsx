import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, List, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { evaluationApi, type TaskDossier } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { usePlan } from '../plan/plan-context.js';
import { useFigureName, useUnitName } from '../supervision/supervision-labels.js';
import { AnswerStateTag, RatingTag } from './labels.js';
import { TaskLedgersSection } from '../ledgers/task-ledgers-section.js';

/** 任务档案: a task over the whole plan period, and its export as a folder. */
export function DossierPage() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const navigate = useNavigate();
  const { taskNumber } = useParams();
  const [search] = useSearchParams();
  const evaluationId = search.get('evaluation');
  const suffix = evaluationId ? `?evaluation=${encodeURIComponent(evaluationId)}` : '';
  return (
    <div className="stack">
      <Space wrap style={{ width: '100%' }}>
        <Select
          style={{ minWidth: 280, maxWidth: '100%' }}
          showSearch
          optionFilterProp="label"
          placeholder={t('evaluation.dossier.pick')}
          value={taskNumber ? Number(taskNumber) : undefined}
          onChange={(n: number) => navigate(`/evaluation/dossiers/${n}${suffix}`)}
          options={plan.taskGroups.flatMap((g) => g.tasks.map((task) => ({ value: task.number, label: `${task.number}. ${task.title}` })))}
          data-testid="dossier-task"
        />
        {taskNumber && (
          <Button icon={<DownloadOutlined />} href={evaluationApi.dossierExportUrl(Number(taskNumber), evaluationId)} title={t('evaluation.dossier.exportHint')} data-testid="dossier-export">
            {t('evaluation.dossier.export')}
          </Button>
        )}
      </Space>
      {taskNumber && <Dossier taskNumber={Number(taskNumber)} evaluationId={evaluationId} />}
    </div>
  );
}

function Dossier({ taskNumber, evaluationId }: { taskNumber: number; evaluationId: string | null }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const figureName = useFigureName();
  const resource = useResource(useCallback((signal: AbortSignal) => evaluationApi.dossier(taskNumber, evaluationId, signal), [taskNumber, evaluationId]));
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const d: TaskDossier = resource.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="dossier">
      <Card size="small" title={`${t('evaluation.taskN', { number: d.task.number })} ${d.task.title}`}>
        <div className="evaluation-muted">{d.task.groupTitle}</div>
        <div className="evaluation-plan-text">{d.task.text}</div>
        <div className="evaluation-muted">{d.task.responsibility}</div>
      </Card>
      <Card size="small" title={t('evaluation.dossier.years')}>
        <Space wrap>
          {d.years.map((y) => (
            <Space key={y.year} size={4}>
              <strong>{y.year}</strong>
              <RatingTag rating={y.rating} />
            </Space>
          ))}
        </Space>
      </Card>
      <Card size="small" title={t('evaluation.dossier.workItems')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={d.workItems}
          locale={{ emptyText: t('evaluation.none') }}
          columns={[
            { title: '', dataIndex: 'year', width: 60 },
            { title: t('evaluation.task'), dataIndex: 'title' },
            { title: t('evaluation.unit'), width: 130, render: (_, w) => unitName(w.leadUnit) },
            { title: t('evaluation.deadline'), dataIndex: 'deadline', width: 110 },
            { title: t('evaluation.status'), width: 130, render: (_, w) => (w.completedOn ? <Tag color="success">{t('evaluation.dossier.completed', { date: w.completedOn })}</Tag> : '—') },
          ]}
        />
      </Card>
      <Card size="small" title={t('evaluation.dossier.reports')}>
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 560 }}
          dataSource={d.reports}
          locale={{ emptyText: t('evaluation.none') }}
          columns={[
            { title: '', dataIndex: 'roundLabel', width: 140 },
            { title: t('evaluation.unit'), width: 130, render: (_, r) => unitName(r.unitCode) },
            { title: t('evaluation.status'), dataIndex: 'state', width: 90, render: (s: 'draft' | 'submitted' | 'returned' | 'approved') => t(`supervision.report.${s}`) },
            { title: t('evaluation.dossier.figures'), render: (_, r) => r.approvedFigures.map((f) => `${figureName(f.code)} ${f.value}`).join('；') || '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('evaluation.dossier.files')}>
        <List
          size="small"
          dataSource={d.evidence}
          locale={{ emptyText: t('evaluation.none') }}
          renderItem={(f) => (
            <List.Item>
              <Space wrap size={4}>
                <a href={f.downloadPath} target="_blank" rel="noreferrer">
                  {f.fileName}
                </a>
                <span className="evaluation-muted">
                  {f.source} · {unitName(f.unitCode)} · {formatDateTime(f.uploadedAt)}
                </span>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('evaluation.dossier.targets')}>
        <List
          size="small"
          dataSource={d.targets}
          locale={{ emptyText: t('evaluation.none') }}
          renderItem={(x) => (
            <List.Item>
              <Descriptions size="small" column={{ xs: 1, sm: 3 }} title={x.name}>
                <Descriptions.Item label={t('evaluation.dossier.target')}>
                  {x.target} {unitLabel(x.unit, t)}
                </Descriptions.Item>
                <Descriptions.Item label={t('evaluation.dossier.latest')}>{x.latest ? `${x.latest.value} ${unitLabel(x.unit, t)}（${x.latest.period}）` : '—'}</Descriptions.Item>
              </Descriptions>
            </List.Item>
          )}
        />
      </Card>
      <TaskLedgersSection taskNumber={taskNumber} />
      <Card size="small" title={t('evaluation.dossier.notices')}>
        <List
          size="small"
          dataSource={d.notices}
          locale={{ emptyText: t('evaluation.none') }}
          renderItem={(n) => (
            <List.Item>
              <Space wrap size={4}>
                <a href={`/supervision/notices/${n.id}`}>{n.documentNumber}</a>
                <span>{unitName(n.unitCode)}</span>
                <AnswerStateTag state={n.state} />
                {n.answers.at(-1) && <span className="evaluation-muted">{n.answers.at(-1)!.measures}</span>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('evaluation.dossier.rectifications')}>
        <List
          size="small"
          dataSource={d.rectifications}
          locale={{ emptyText: t('evaluation.none') }}
          renderItem={(r) => (
            <List.Item>
              <Space wrap size={4}>
                <a href={`/evaluation/rectification/${r.id}`}>{r.number}</a>
                <span>{r.problem}</span>
                <span className="evaluation-muted">{unitName(r.ownerUnit)}</span>
                <AnswerStateTag state={r.state} />
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('evaluation.dossier.selfChecks')}>
        {d.selfChecks.map((s) => (
          <div key={s.selfCheckId} style={{ marginBottom: 8 }}>
            <Space wrap>
              <strong>{s.title}</strong>
              <RatingTag rating={s.rating?.rating ?? null} />
            </Space>
            {s.parts
              .filter((p) => p.summary)
              .map((p) => (
                <Typography.Paragraph key={p.unitCode} style={{ margin: '4px 0' }}>
                  {t('evaluation.labelled', { label: unitName(p.unitCode), value: p.summary })}
                </Typography.Paragraph>
              ))}
          </div>
        ))}
      </Card>
    </Space>
  );
}

import { Card, Empty, Result, Spin, Table, Tag, Typography } from 'antd';
import { fetchPlanRevisions, type PlanRevision } from '../api/plan.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { changeValue, describeChangePath } from './change-labels.js';
import { usePlan } from './plan-context.js';
import { actorName } from '../app/actor-name.js';

function RevisionCard({ revision }: { revision: PlanRevision }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  return (
    <Card
      size="small"
      data-testid="plan-revision"
      title={
        <span>
          {t('revisions.entry', { revision: revision.revision })} {revision.source && <Tag>{t(`planEdit.source.${revision.source}`)}</Tag>}
        </span>
      }
      extra={
        <span className="muted">
          {actorName(revision.by, t)} · {formatDateTime(revision.at)}
        </span>
      }
    >
      {revision.reason && (
        <Typography.Paragraph data-testid="revision-reason-text">
          {t('planEdit.labelled', { label: t('planEdit.save.reason'), value: revision.reason })}
        </Typography.Paragraph>
      )}
      {revision.changes.length === 0 ? (
        <div className="muted">{revision.revision === 1 ? t('revisions.initial') : t('revisions.noChanges')}</div>
      ) : (
        <Table
          size="small"
          rowKey="path"
          data-testid="revision-changes"
          dataSource={revision.changes}
          pagination={revision.changes.length > 10 ? { pageSize: 10, size: 'small' } : false}
          tableLayout="fixed"
          columns={[
            { key: 'path', title: t('revisions.field'), width: '40%', render: (_, change) => <span title={change.path}>{describeChangePath(change.path, plan, undefined, t)}</span> },
            { key: 'before', title: t('revisions.before'), render: (_, change) => <span className="change-before">{changeValue(change.before)}</span> },
            { key: 'after', title: t('revisions.after'), render: (_, change) => <span className="change-after">{changeValue(change.after)}</span> },
          ]}
        />
      )}
    </Card>
  );
}

/** 修订记录: every revision of the plan, newest first, with who, when, why and each field it changed. */
export function PlanRevisionsPage() {
  const resource = useResource(fetchPlanRevisions);
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Result status="warning" subTitle={resource.error.message} />;
  const revisions = [...resource.data.revisions].sort((a, b) => b.revision - a.revision);
  if (revisions.length === 0) return <Empty />;
  return (
    <div className="stack">
      {revisions.map((revision) => (
        <RevisionCard key={revision.revision} revision={revision} />
      ))}
    </div>
  );
}

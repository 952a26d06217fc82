import { Card, Drawer, Empty, Result, Spin, Table, Typography } from 'antd';
import { fetchPlanRevisions, type PlanRevision } from '../api/plan.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { actorName } from '../app/actor-name.js';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function RevisionCard({ revision }: { revision: PlanRevision }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      data-testid="revision"
      title={t('revisions.entry', { revision: revision.revision })}
      extra={
        <span className="muted">
          {actorName(revision.by, t)} · {formatDateTime(revision.at)}
        </span>
      }
    >
      <Typography.Paragraph className="revision-summary">{revision.summary}</Typography.Paragraph>
      {revision.changes.length === 0 ? (
        <div className="muted">{revision.revision === 1 ? t('revisions.initial') : t('revisions.noChanges')}</div>
      ) : (
        <Table
          size="small"
          pagination={revision.changes.length > 10 ? { pageSize: 10, size: 'small' } : false}
          rowKey="path"
          dataSource={revision.changes}
          tableLayout="fixed"
          columns={[
            { key: 'path', title: t('revisions.field'), dataIndex: 'path', width: '34%', render: (path: string) => <code>{path}</code> },
            { key: 'before', title: t('revisions.before'), render: (_, change) => <span className="change-before">{shown(change.before)}</span> },
            { key: 'after', title: t('revisions.after'), render: (_, change) => <span className="change-after">{shown(change.after)}</span> },
          ]}
        />
      )}
    </Card>
  );
}

function RevisionList() {
  const { t } = useI18n();
  const resource = useResource(fetchPlanRevisions);
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Result status="warning" subTitle={resource.error.message} />;
  const revisions = [...resource.data.revisions].sort((a, b) => b.revision - a.revision);
  if (revisions.length === 0) return <Empty />;
  return (
    <div className="stack" aria-label={t('revisions.title')}>
      {revisions.map((revision) => (
        <RevisionCard key={revision.revision} revision={revision} />
      ))}
    </div>
  );
}

/** 方案修订记录: every saved version of the plan and the fields it changed. */
export function RevisionsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer title={t('revisions.title')} open={open} onClose={onClose} width={720} destroyOnHidden>
      {open && <RevisionList />}
    </Drawer>
  );
}

import type { FieldChange } from '@ipcounty/domain';
import { Empty, Table, Tag, Timeline } from 'antd';
import { supervisionApi, type ReportView } from '../../api/supervision.api.js';
import { formatDateTime } from '../../calendar/calendar-format.js';
import { useI18n } from '../../i18n/locale-context.js';
import { useFigureName } from '../supervision-labels.js';

const isFile = (value: unknown): value is { name: string; fileId: string } =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string' && typeof (value as { fileId?: unknown }).fileId === 'string';

/** A value as the reader knows it: an attached file by its name, as a link to it; anything else as text. */
const show = (value: unknown) =>
  value === undefined || value === null || value === '' ? (
    '—'
  ) : isFile(value) ? (
    <a href={supervisionApi.attachmentUrl(value.fileId)} target="_blank" rel="noreferrer" data-testid="changed-file">
      {value.name}
    </a>
  ) : typeof value === 'object' ? (
    JSON.stringify(value)
  ) : (
    String(value)
  );

/** 版本比较: what changed from each version the reader may see to the next, field by field. */
export function VersionChanges({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const figureName = useFigureName();
  const fieldName = (field: string) => {
    const figure = /^indicatorValues\.(.+)$/.exec(field);
    if (figure) return figureName(figure[1]!);
    const evidence = /^evidence\[(\d+)\]/.exec(field);
    if (evidence) return `${t('supervision.reportForm.evidence')} ${Number(evidence[1]) + 1}`;
    const known: Record<string, string> = {
      progress: t('supervision.reportForm.progress'),
      percentComplete: t('supervision.reportForm.percent'),
      problems: t('supervision.reportForm.problems'),
      nextSteps: t('supervision.reportForm.nextSteps'),
    };
    return known[field] ?? field;
  };
  if (view.changes.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(view.versions.length === 0 ? 'supervision.history.noVersions' : 'supervision.history.noChanges')} />;
  return (
    <div className="stack" data-testid="version-changes">
      {[...view.changes].reverse().map((change) => (
        <div key={`${change.from}-${change.to}`}>
          <div className="version-heading">{t('supervision.history.compare', { from: change.from, to: change.to })}</div>
          <Table<FieldChange>
            size="small"
            pagination={false}
            rowKey="field"
            dataSource={change.fields}
            columns={[
              { title: t('revisions.field'), render: (_, c) => fieldName(c.field), width: 160 },
              { title: t('revisions.before'), render: (_, c) => <span className="diff-before">{show(c.before)}</span> },
              { title: t('revisions.after'), render: (_, c) => <span className="diff-after">{show(c.after)}</span> },
            ]}
          />
        </div>
      ))}
    </div>
  );
}

const actionColor: Record<string, string> = { edit: 'gray', submit: 'blue', withdraw: 'gray', approve: 'green', return: 'red', reopen: 'orange' };

/** 留痕: every action on the report, oldest first. */
export function ReportEvents({ view }: { view: ReportView }) {
  const { t } = useI18n();
  if (view.events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.history.none')} />;
  return (
    <Timeline
      data-testid="report-events"
      items={view.events.map((e) => ({
        color: actionColor[e.action] ?? 'gray',
        children: (
          <div>
            <Tag>{t(`supervision.history.action.${e.action}` as 'supervision.history.action.submit')}</Tag>
            <span className="muted">
              {formatDateTime(e.at)} · {view.people[e.by] ?? e.by}
              {e.version ? ` · ${t('supervision.history.version', { version: e.version })}` : ''}
            </span>
            {e.note && <div className="event-note">{e.note}</div>}
          </div>
        ),
      }))}
    />
  );
}

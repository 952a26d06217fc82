import { diffPlans, type PlanDependents, type PlanInput } from '@ipcounty/domain';
import { Alert, Checkbox, Input, Modal, Spin, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { fetchPlanDependents, savePlanRevision, type RevisionSaved } from '../api/plan-editing.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { changeValue, describeChangePath } from './change-labels.js';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The plan in force (null for a county's first plan). */
  before: PlanInput | null;
  after: PlanInput;
  baseRevision: number | null;
  source: 'document' | 'editor';
  onSaved: (saved: RevisionSaved) => void;
}

/** What still points at the removed parts, one line each; nothing when the change removes nothing used. */
function DependentsList({ dependents }: { dependents: PlanDependents }) {
  const { t } = useI18n();
  const lines = [
    ...dependents.targets.map((d) => t('planEdit.dependents.target', { name: d.name, annual: d.annualTargets + d.annualTargetYears, items: d.workItems, settings: d.settings, values: d.reportedValues })),
    ...dependents.units.map((d) => t('planEdit.dependents.unit', { name: d.name, accounts: d.accounts, items: d.workItems, reports: d.reports, scores: d.scores, contacts: d.contacts })),
    ...dependents.tasks.map((d) => t('planEdit.dependents.task', { number: d.number, title: d.title, items: d.workItems })),
    ...dependents.changedTargets
      .filter((d) => d.annualTargets + d.workItems > 0)
      .map((d) => t('planEdit.dependents.changedTarget', { name: d.name, annual: d.annualTargets, items: d.workItems })),
  ];
  if (lines.length === 0) return null;
  return (
    <Alert
      type={dependents.orphans ? 'warning' : 'info'}
      showIcon
      data-testid="plan-dependents"
      message={dependents.orphans ? t('planEdit.dependents.orphansTitle') : t('planEdit.dependents.title')}
      description={
        <ul className="plan-dependents">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * Saving a change of the plan: the field-by-field changes, what records depend on what changes,
 * and the reason, before the revision is stored.
 */
export function SaveRevisionModal({ open, onClose, before, after, baseRevision, source, onSaved }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [dependents, setDependents] = useState<PlanDependents | null | 'loading'>(null);
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const changes = useMemo(() => (before ? diffPlans(before, after) : []), [before, after]);

  useEffect(() => {
    if (!open) return;
    setProblems([]);
    setError(null);
    setAcknowledged(false);
    if (!before) return setDependents(null);
    setDependents('loading');
    fetchPlanDependents(after).then(setDependents, (e: unknown) => {
      setDependents(null);
      if (e instanceof ApiError && e.code === 'invalid_plan') setProblems(e.details as { path: string; message: string }[]);
    });
  }, [open, before, after]);

  const orphans = dependents !== null && dependents !== 'loading' && dependents.orphans;
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await savePlanRevision({ plan: after, reason: reason.trim(), source, baseRevision, acknowledgeDependents: orphans && acknowledged });
      setReason('');
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_plan') setProblems(e.details as { path: string; message: string }[]);
      else if (e instanceof ApiError && e.code === 'plan_change_orphans') setDependents(e.details as PlanDependents);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t(before ? 'planEdit.save.title' : 'planEdit.save.titleNew')}
      okText={t('planEdit.save.ok')}
      cancelText={t('planEdit.cancel')}
      onOk={save}
      confirmLoading={saving}
      okButtonProps={{ disabled: !reason.trim() || (orphans && !acknowledged) || problems.length > 0 || dependents === 'loading', 'data-testid': 'save-revision-ok' } as never}
      width={760}
      destroyOnHidden
    >
      <div className="stack">
        {/* What points at the removed or changed parts comes first: it is what the office must weigh. */}
        {dependents === 'loading' ? <Spin size="small" /> : dependents && <DependentsList dependents={dependents} />}
        {orphans && (
          <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} data-testid="acknowledge-dependents">
            {t('planEdit.dependents.acknowledge')}
          </Checkbox>
        )}
        {before ? (
          <Table
            size="small"
            rowKey="path"
            data-testid="save-changes"
            dataSource={changes}
            pagination={changes.length > 8 ? { pageSize: 8, size: 'small' } : false}
            tableLayout="fixed"
            columns={[
              { key: 'path', title: t('revisions.field'), width: '40%', render: (_, c) => describeChangePath(c.path, after, before, t) },
              { key: 'before', title: t('revisions.before'), render: (_, c) => <span className="change-before">{changeValue(c.before)}</span> },
              { key: 'after', title: t('revisions.after'), render: (_, c) => <span className="change-after">{changeValue(c.after)}</span> },
            ]}
          />
        ) : (
          <Typography.Paragraph>{t('planEdit.save.newPlan', { title: after.title })}</Typography.Paragraph>
        )}
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            message={t('planEdit.save.invalid')}
            description={
              <ul className="plan-dependents">
                {problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    {t('planEdit.labelled', { label: describeChangePath(p.path, after, before ?? undefined, t), value: p.message })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {error && <Alert type="error" showIcon message={error} />}
        <div>
          <label className="plan-field-label" htmlFor="revision-reason">
            {t('planEdit.save.reason')}
          </label>
          <Input.TextArea id="revision-reason" data-testid="revision-reason" autoSize={{ minRows: 2 }} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('planEdit.save.reasonHint')} />
        </div>
      </div>
    </Modal>
  );
}

import { diffPlans, type PlanInput } from '@ipcounty/domain';
import { Alert, Button, Drawer, Grid, Popconfirm, Select, Table, Tabs, Typography, message } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import {
  PhaseEditor,
  RegionEditor,
  TargetEditor,
  TaskEditor,
  UnitEditor,
  UnitGroupEditor,
  freeCode,
  type IndicatorInput,
  type PhaseInput,
  type RegionInput,
  type TaskInput,
  type UnitGroupInput,
  type UnitInput,
} from './item-editors.js';
import { usePlan } from './plan-context.js';
import { getAt, setAt } from './plan-paths.js';
import { SaveRevisionModal } from './save-revision-modal.js';

/** What the drawer edits: a place in the plan and the form for it. */
type Editing = { path: string; kind: 'target' | 'task' | 'unit' | 'unitGroup' | 'region' | 'phase' };

const partyNames = (plan: PlanInput, task: TaskInput, role: string) =>
  task.responsibility.parties
    .filter((p) => (p.role ?? 'responsible') === role)
    .map((p) => plan.units.find((u) => u.code === p.ref)?.name ?? plan.unitGroups?.find((g) => g.code === p.ref)?.phrase ?? p.ref)
    .join('、');

/**
 * 编辑方案: the office changes targets, tasks and their units, units and unit groups, towns and
 * streets, and phases; the changes gather here until saved together as one revision with a reason.
 */
export function PlanEditorPage() {
  const { t } = useI18n();
  const phone = Grid.useBreakpoint().md === false;
  const targetFigure = (indicator: PlanInput['targetGroups'][number]['indicators'][number]) =>
    `${t(`comparison.${indicator.comparison}`)} ${indicator.target} ${unitLabel(indicator.unit, t)}`;
  const { plan: inForce, meta, reload } = usePlan();
  const [plan, setPlan] = useState<PlanInput>(() => structuredClone(inForce));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saving, setSaving] = useState(false);
  const changes = useMemo(() => diffPlans(inForce, plan), [inForce, plan]);

  const open = (kind: Editing['kind'], path: string) => () => setEditing({ kind, path });
  const update = (path: string) => (next: unknown) => setPlan((current) => setAt(current, path, next));
  const remove = (listPath: string, index: number) => {
    setPlan((current) => setAt(current, listPath, (getAt(current, listPath) as unknown[]).filter((_, i) => i !== index)));
    setEditing(null);
  };
  const rowProps = (kind: Editing['kind'], pathOf: (i: number) => string) => (_: unknown, i?: number) => ({
    onClick: open(kind, pathOf(i ?? 0)),
    className: 'plan-editor-row',
    'data-testid': `${kind}-row`,
  });

  const indicators = plan.targetGroups.flatMap((group, g) => group.indicators.map((indicator, i) => ({ indicator, group, g, i })));
  const tasks = plan.taskGroups.flatMap((group, g) => group.tasks.map((task, i) => ({ task, group, g, i })));
  const regions = plan.regions.map((region, i) => ({ region, i })).filter(({ region }) => region.kind !== 'county');

  const addUnit = () => {
    const code = freeCode('unit', plan.units.map((u) => u.code));
    setPlan((current) => ({ ...current, units: [...current.units, { code, name: t('planEdit.newUnit'), kind: 'government-department', aliases: [] }] }));
    setEditing({ kind: 'unit', path: `units[${plan.units.length}]` });
  };
  const addRegion = () => {
    const code = freeCode('region', plan.regions.map((r) => r.code));
    const county = plan.regions.find((r) => r.kind === 'county');
    setPlan((current) => ({ ...current, regions: [...current.regions, { code, name: t('planEdit.newRegion'), kind: 'town', parent: county?.code, aliases: [] }] }));
    setEditing({ kind: 'region', path: `regions[${plan.regions.length}]` });
  };
  const addGroup = () => {
    const code = freeCode('group', [...plan.units.map((u) => u.code), ...(plan.unitGroups ?? []).map((g) => g.code)]);
    setPlan((current) => ({ ...current, unitGroups: [...(current.unitGroups ?? []), { code, phrase: t('planEdit.newGroup'), members: [] }] }));
    setEditing({ kind: 'unitGroup', path: `unitGroups[${plan.unitGroups?.length ?? 0}]` });
  };
  const addPhase = () => {
    const code = freeCode('phase', plan.phases.map((p) => p.code));
    setPlan((current) => ({ ...current, phases: [...current.phases, { code, name: t('planEdit.newPhase'), start: '', end: '', text: t('planEdit.newPhase'), deliverables: [] }] }));
    setEditing({ kind: 'phase', path: `phases[${plan.phases.length}]` });
  };

  const drawerBody = (): ReactNode => {
    if (!editing) return null;
    const value = getAt(plan, editing.path);
    if (value === undefined) return null;
    const set = update(editing.path);
    const [, list, index] = /^(.*)\[(\d+)\]$/.exec(editing.path) ?? [];
    const removeButton = (
      <Popconfirm title={t('planEdit.removeConfirm')} onConfirm={() => remove(list!, Number(index))} okText={t('planEdit.remove')} cancelText={t('planEdit.cancel')}>
        <Button danger data-testid="remove-item">{t('planEdit.remove')}</Button>
      </Popconfirm>
    );
    switch (editing.kind) {
      case 'target': {
        const [, g] = /^targetGroups\[(\d+)\]/.exec(editing.path)!;
        const move = (to: number) => {
          const indicator = value as IndicatorInput;
          setPlan((current) => {
            const next = structuredClone(current);
            next.targetGroups[Number(g)]!.indicators.splice(Number(index), 1);
            next.targetGroups[to]!.indicators.push(indicator);
            setEditing({ kind: 'target', path: `targetGroups[${to}].indicators[${next.targetGroups[to]!.indicators.length - 1}]` });
            return next;
          });
        };
        return (
          <>
            <TargetEditor indicator={value as IndicatorInput} onChange={set} />
            <div className="plan-item-form">
              <label className="plan-field-label">{t('targets.group')}</label>
              <Select className="plan-full-width" value={Number(g)} onChange={move} options={plan.targetGroups.map((group, i) => ({ value: i, label: group.title }))} data-testid="target-group" />
            </div>
            {removeButton}
          </>
        );
      }
      case 'task':
        return <TaskEditor task={value as TaskInput} plan={plan} onChange={set} />;
      case 'unit':
        return (
          <>
            <UnitEditor unit={value as UnitInput} plan={plan} onChange={set} />
            {removeButton}
          </>
        );
      case 'unitGroup':
        return (
          <>
            <UnitGroupEditor group={value as UnitGroupInput} plan={plan} onChange={set} />
            {removeButton}
          </>
        );
      case 'region':
        return (
          <>
            <RegionEditor region={value as RegionInput} onChange={set} />
            {removeButton}
          </>
        );
      case 'phase':
        return (
          <>
            <PhaseEditor phase={value as PhaseInput} onChange={set} />
            {removeButton}
          </>
        );
    }
  };

  return (
    <div className="stack">
      {changes.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="unsaved-changes"
          message={t('planEdit.unsaved', { count: changes.length })}
          action={
            <span className="plan-editor-actions">
              <Button onClick={() => setPlan(structuredClone(inForce))}>{t('planEdit.discard')}</Button>
              <Button type="primary" onClick={() => setSaving(true)} data-testid="save-plan">
                {t('planEdit.saveChanges')}
              </Button>
            </span>
          }
        />
      )}
      <Tabs
        items={[
          {
            key: 'targets',
            label: t('planEdit.tab.targets'),
            children: (
              <Table
                size="small"
                rowKey={(r) => r.indicator.code}
                dataSource={indicators}
                pagination={false}
                // On a phone the figure and kind stand under the name: as columns beside it they were off
                // the screen with nothing to say the table scrolled.
                {...(phone ? {} : { scroll: { x: 640 } })}
                onRow={(row) => rowProps('target', () => `targetGroups[${row.g}].indicators[${row.i}]`)(row)}
                columns={[
                  { key: 'group', title: t('targets.group'), render: (_, r) => r.group.title, responsive: ['md'] },
                  {
                    key: 'name',
                    title: t('targets.name'),
                    render: (_, r) => (
                      <>
                        {r.indicator.name}
                        {phone && (
                          <div className="muted" data-testid="target-figure">
                            {targetFigure(r.indicator)} · {t(`indicatorKind.${r.indicator.kind}`)}
                          </div>
                        )}
                      </>
                    ),
                  },
                  { key: 'target', title: t('targets.target'), render: (_, r) => targetFigure(r.indicator), width: 150, responsive: ['md'] },
                  { key: 'kind', title: t('targets.kind'), render: (_, r) => t(`indicatorKind.${r.indicator.kind}`), width: 90, responsive: ['md'] },
                ]}
              />
            ),
          },
          {
            key: 'tasks',
            label: t('planEdit.tab.tasks'),
            children: (
              <Table
                size="small"
                rowKey={(r) => r.task.number}
                dataSource={tasks}
                pagination={false}
                scroll={{ x: 640 }}
                onRow={(row) => rowProps('task', () => `taskGroups[${row.g}].tasks[${row.i}]`)(row)}
                columns={[
                  { key: 'number', title: '#', render: (_, r) => r.task.number, width: 48 },
                  { key: 'title', title: t('planEdit.field.title'), render: (_, r) => r.task.title },
                  { key: 'lead', title: t('planEdit.role.lead'), render: (_, r) => partyNames(plan, r.task, 'lead') || '—', responsive: ['md'] },
                  { key: 'co', title: t('planEdit.role.co-operating'), render: (_, r) => partyNames(plan, r.task, 'co-operating') || '—', responsive: ['lg'] },
                  { key: 'responsible', title: t('planEdit.role.responsible'), render: (_, r) => partyNames(plan, r.task, 'responsible') || '—', ellipsis: true },
                ]}
              />
            ),
          },
          {
            key: 'units',
            label: t('planEdit.tab.units'),
            children: (
              <div className="stack">
                <Table
                  size="small"
                  rowKey="code"
                  dataSource={plan.units}
                  pagination={{ pageSize: 15, size: 'small' }}
                  onRow={(_, i) => rowProps('unit', () => `units[${i}]`)(_, i)}
                  columns={[
                    { key: 'name', title: t('planEdit.field.name'), dataIndex: 'name' },
                    { key: 'kind', title: t('units.kind'), render: (_, u) => t(`unitKind.${u.kind}`) },
                    { key: 'region', title: t('units.region'), render: (_, u) => plan.regions.find((r) => r.code === u.region)?.name ?? '—', responsive: ['md'] },
                  ]}
                />
                <Button onClick={addUnit} data-testid="add-unit">{t('planEdit.addUnit')}</Button>
                <Typography.Title level={3}>{t('units.groups')}</Typography.Title>
                <Table
                  size="small"
                  rowKey="code"
                  dataSource={plan.unitGroups ?? []}
                  pagination={false}
                  onRow={(_, i) => rowProps('unitGroup', () => `unitGroups[${i}]`)(_, i)}
                  columns={[
                    { key: 'phrase', title: t('planEdit.field.phrase'), dataIndex: 'phrase' },
                    { key: 'members', title: t('planEdit.field.members'), render: (_, g) => t('units.unitCount', { count: g.members.length }), width: 110 },
                  ]}
                />
                <Button onClick={addGroup}>{t('planEdit.addGroup')}</Button>
              </div>
            ),
          },
          {
            key: 'regions',
            label: t('planEdit.tab.regions'),
            children: (
              <div className="stack">
                <Table
                  size="small"
                  rowKey={(r) => r.region.code}
                  dataSource={regions}
                  pagination={false}
                  onRow={(row) => rowProps('region', () => `regions[${row.i}]`)(row)}
                  columns={[
                    { key: 'name', title: t('planEdit.field.name'), render: (_, r) => r.region.name },
                    { key: 'kind', title: t('planEdit.field.kind'), render: (_, r) => t(`unitKind.${r.region.kind as 'town'}`) },
                    { key: 'aliases', title: t('planEdit.field.aliases'), render: (_, r) => (r.region.aliases ?? []).join('、') || '—', responsive: ['md'] },
                  ]}
                />
                <Button onClick={addRegion}>{t('planEdit.addRegion')}</Button>
              </div>
            ),
          },
          {
            key: 'phases',
            label: t('planEdit.tab.phases'),
            children: (
              <div className="stack">
                <Table
                  size="small"
                  rowKey="code"
                  dataSource={plan.phases}
                  pagination={false}
                  onRow={(_, i) => rowProps('phase', () => `phases[${i}]`)(_, i)}
                  columns={[
                    { key: 'name', title: t('planEdit.field.name'), dataIndex: 'name' },
                    { key: 'months', title: t('planEdit.months'), render: (_, p) => `${p.start} — ${p.end}` },
                    { key: 'deliverables', title: t('planEdit.field.deliverables'), render: (_, p) => (p.deliverables ?? []).length, width: 90 },
                  ]}
                />
                <Button onClick={addPhase}>{t('planEdit.addPhase')}</Button>
              </div>
            ),
          },
        ]}
      />
      <Drawer open={editing !== null} onClose={() => setEditing(null)} title={t(`planEdit.editing.${editing?.kind ?? 'target'}`)} width="min(520px, 100vw)" destroyOnHidden data-testid="plan-editor-drawer">
        {drawerBody()}
      </Drawer>
      <SaveRevisionModal
        open={saving}
        onClose={() => setSaving(false)}
        before={inForce}
        after={plan}
        baseRevision={meta.revision}
        source="editor"
        onSaved={(saved) => {
          setSaving(false);
          void message.success(t('planEdit.saved', { revision: saved.revision }));
          reload();
        }}
      />
    </div>
  );
}

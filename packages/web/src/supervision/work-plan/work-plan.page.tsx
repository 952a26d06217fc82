import { CopyOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Spin, Table, Tabs, Tag, Tooltip } from 'antd';
import { useCallback, useState } from 'react';
import { supervisionApi, type WorkItemRow } from '../../api/supervision.api.js';
import { useResource } from '../../api/use-resource.js';
import { useI18n } from '../../i18n/locale-context.js';
import { usePlan } from '../../plan/plan-context.js';
import { useMe } from '../../session/session-context.js';
import { StatusLight, useFigureName, useUnitName } from '../supervision-labels.js';
import { usePerspective } from '../supervision-perspective.js';
import { useSupervisionYear, YearSelect } from '../year-select.js';
import { PlanWarnings } from './plan-warnings.js';
import { ProgressModal } from './progress-modal.js';
import { TargetsCard } from './targets-card.js';
import { WorkItemForm } from './work-item-form.js';
import { WorkItemGantt } from './work-item-gantt.js';

/** 年度工作计划: the year's work items (table and Gantt), its targets, and the consistency checks. */
export function WorkPlanPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const { plan } = usePlan();
  const perspective = usePerspective();
  const unitName = useUnitName();
  const figureName = useFigureName();
  const [year] = useSupervisionYear();
  const load = useCallback((signal: AbortSignal) => supervisionApi.workPlan(year, signal), [year]);
  const resource = useResource(load);
  const [editing, setEditing] = useState<WorkItemRow | 'new' | null>(null);
  const [recording, setRecording] = useState<WorkItemRow | null>(null);

  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const view = resource.data;
  const reload = resource.reload;
  const previousYear = year - 1;
  // The lead unit (a unit reporter's own unit, a town reporter's town) records an item's progress; the office any item's.
  const regionOf = (code: string | undefined) => plan.units.find((u) => u.code === code)?.region;
  const mayRecord = (item: WorkItemRow) =>
    perspective.review ||
    (perspective.recordProgress && item.leadUnit !== undefined && (item.leadUnit === me.unit?.code || (me.region !== null && regionOf(item.leadUnit) === me.region.code)));

  const copy = async () => {
    const result = await supervisionApi.copyYear(previousYear, year);
    void message.success(t('supervision.plan.copied', { count: result.created.length, from: previousYear }));
    reload();
  };
  const taskCount = plan.taskGroups.reduce((n, g) => n + g.tasks.length, 0);
  const generate = async () => {
    const result = await supervisionApi.generateWorkPlan(year);
    void message.success(result.created.length ? t('supervision.workPlan.generated', { count: result.created.length }) : t('supervision.workPlan.generatedNone'));
    reload();
  };
  const remove = async (item: WorkItemRow) => {
    await supervisionApi.deleteItem(item.id);
    reload();
  };

  const itemsTable = (
    <Table<WorkItemRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={view.items}
      data-testid="work-items"
      expandable={{
        rowExpandable: (item) => item.milestones.length > 0 || item.expectedOutput !== '' || item.figures.length > 0 || item.servesTargets.length > 0,
        expandedRowRender: (item) => (
          <div className="item-details">
            {item.expectedOutput && (
              <div>
                <span className="muted">{t('supervision.item.output')}：</span>
                {item.expectedOutput}
              </div>
            )}
            {item.milestones.length > 0 && (
              <div>
                <span className="muted">{t('supervision.item.milestones')}：</span>
                {item.milestones.map((m) => (
                  <Tag key={m.title} color={item.progress.milestonesCompleted?.[m.title] ? 'success' : 'default'}>
                    {m.title} {m.due}
                  </Tag>
                ))}
              </div>
            )}
            {item.servesTargets.length > 0 && (
              <div data-testid="item-serves-targets">
                <span className="muted">{t('supervision.item.servesTargets')}：</span>
                {item.servesTargets.map((code) => (
                  <Tag key={code} color="blue">
                    {figureName(code)}
                  </Tag>
                ))}
              </div>
            )}
            {item.figures.length > 0 && (
              <div>
                <span className="muted">{t('supervision.item.figures')}：</span>
                {item.figures.map(figureName).join('、')}
              </div>
            )}
          </div>
        ),
      }}
      columns={[
        { title: t('supervision.col.task'), dataIndex: 'taskNumber', width: 56 },
        { title: t('supervision.col.item'), dataIndex: 'title' },
        { title: t('supervision.col.lead'), render: (_, i) => (i.leadUnit ? unitName(i.leadUnit) : <Tag color="warning">{t('supervision.item.noLead')}</Tag>), width: 130 },
        { title: t('supervision.col.cooperating'), render: (_, i) => i.cooperatingUnits.map(unitName).join('、') || '—' },
        { title: t('supervision.col.deadline'), dataIndex: 'deadline', width: 104 },
        { title: t('supervision.col.status'), render: (_, i) => <StatusLight status={i.status} />, width: 130 },
        {
          title: '',
          width: 150,
          render: (_, item) => (
            <Space size={0}>
              {mayRecord(item) && (
                <Button type="link" size="small" onClick={() => setRecording(item)} data-testid="record-progress">
                  {t('supervision.action.progress')}
                </Button>
              )}
              {perspective.editPlan && (
                <>
                  <Button type="link" size="small" onClick={() => setEditing(item)} data-testid="edit-item">
                    {t('supervision.action.edit')}
                  </Button>
                  <Popconfirm title={t('supervision.item.removeConfirm')} onConfirm={() => void remove(item)}>
                    <Button type="link" size="small" danger>
                      {t('supervision.action.remove')}
                    </Button>
                  </Popconfirm>
                </>
              )}
            </Space>
          ),
        },
      ]}
    />
  );

  return (
    <div className="stack">
      <div className="supervision-toolbar">
        <YearSelect />
        <span className="muted">{t('supervision.plan.count', { count: view.items.length })}</span>
        <span className="toolbar-spacer" />
        {perspective.editPlan && (
          <Space wrap>
            <Popconfirm title={t('supervision.workPlan.generateConfirm', { count: taskCount, year })} onConfirm={() => void generate()}>
              <Button icon={<ThunderboltOutlined />} data-testid="generate-work-plan">
                {t('supervision.workPlan.generate')}
              </Button>
            </Popconfirm>
            <Tooltip title={view.yearsWithItems.includes(previousYear) ? t('supervision.plan.copyHint', { from: previousYear }) : t('supervision.plan.copyNone', { from: previousYear })}>
              <Popconfirm title={t('supervision.plan.copyConfirm', { from: previousYear, to: year })} onConfirm={() => void copy()} disabled={!view.yearsWithItems.includes(previousYear)}>
                <Button icon={<CopyOutlined />} disabled={!view.yearsWithItems.includes(previousYear)} data-testid="copy-year">
                  {t('supervision.plan.copy', { from: previousYear })}
                </Button>
              </Popconfirm>
            </Tooltip>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-item">
              {t('supervision.plan.newItem')}
            </Button>
          </Space>
        )}
      </div>
      {perspective.kind !== 'unit' && <PlanWarnings items={view.items} itemWarnings={view.warnings.items} targetWarnings={view.warnings.targets} />}
      <Card size="small">
        <Tabs
          items={[
            { key: 'items', label: <span data-testid="tab-items">{t('supervision.plan.items')}</span>, children: itemsTable },
            { key: 'gantt', label: <span data-testid="tab-gantt">{t('supervision.plan.gantt')}</span>, children: <WorkItemGantt items={view.items} year={year} /> },
            { key: 'targets', label: <span data-testid="tab-targets">{t('supervision.plan.targets')}</span>, children: <TargetsCard year={year} targets={view.targets} editable={perspective.editPlan} onChanged={reload} /> },
          ]}
        />
      </Card>
      <WorkItemForm year={year} item={editing} figures={view.figures} onClose={(saved) => (setEditing(null), saved && reload())} />
      <ProgressModal item={recording} onClose={(saved) => (setRecording(null), saved && reload())} />
    </div>
  );
}

import { tasksOfUnit, type UnitTask } from '@ipcounty/domain';
import { Descriptions, Drawer, Result, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';

function UnitDetail({ code }: { code: string }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const unit = plan.units.find((u) => u.code === code);
  const tasks = useMemo(() => tasksOfUnit(plan, code), [plan, code]);
  if (!unit) return <Result status="404" subTitle={t('units.notFound', { code })} />;
  const region = plan.regions.find((r) => r.code === unit.region);

  return (
    <div className="stack">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'kind', label: t('units.kind'), children: t(`unitKind.${unit.kind}`) },
          ...(region ? [{ key: 'region', label: t('units.region'), children: region.name }] : []),
          ...(unit.aliases.length
            ? [{ key: 'aliases', label: t('units.aliases'), children: unit.aliases.join('、') }]
            : []),
        ]}
      />
      <Table<UnitTask>
        data-testid="unit-tasks"
        size="small"
        pagination={false}
        rowKey={(row) => row.task.number}
        dataSource={tasks}
        title={() => <strong>{t('units.tasks', { count: tasks.length })}</strong>}
        columns={[
          {
            key: 'task',
            title: t('units.task'),
            render: (_, { task, group }) => (
              <div>
                <div>
                  {task.number}. {task.title}
                </div>
                <div className="muted unit-task-group">
                  （{group.number}）{group.title}
                </div>
              </div>
            ),
          },
          { key: 'role', title: t('units.role'), width: 90, render: (_, { role }) => t(`role.${role}`) },
          {
            key: 'via',
            title: t('units.source'),
            width: '42%',
            render: (_, { via }) =>
              via ? (
                <Tag bordered={false} color="blue" className="wrap-tag">
                  {t('tasks.via', { phrase: via.phrase })}
                </Tag>
              ) : (
                <Tag bordered={false}>{t('units.direct')}</Tag>
              ),
          },
        ]}
      />
      <Link to="/matrix">{t('nav.matrix')} →</Link>
    </div>
  );
}

/** One unit's page, opened over the unit list from /units/:code. */
export function UnitDrawer({ code, onClose }: { code: string | undefined; onClose: () => void }) {
  const { plan } = usePlan();
  const unit = code ? plan.units.find((u) => u.code === code) : undefined;
  return (
    <Drawer open={code !== undefined} onClose={onClose} width={720} title={unit?.name ?? code} destroyOnHidden>
      {code && <UnitDetail code={code} />}
    </Drawer>
  );
}

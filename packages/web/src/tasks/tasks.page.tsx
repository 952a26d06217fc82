import { responsibleUnits } from '@ipcounty/domain';
import { Card, Collapse, Empty, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { filterTasks, type TaskGroupWithUnits, type TaskWithUnits } from './task-filter.js';
import { UnitTags } from './unit-tags.js';
import './tasks.css';

function TaskItem({ item }: { item: TaskWithUnits }) {
  const { t } = useI18n();
  const { task, units } = item;
  return (
    <article className="task" data-testid="task" data-task-number={task.number}>
      <h3 className="task-title">
        <span className="task-number">{task.number}.</span> {task.title}
      </h3>
      <Typography.Paragraph
        className="task-text"
        ellipsis={{
          rows: 2,
          expandable: 'collapsible',
          symbol: (expanded: boolean) => (expanded ? t('tasks.collapseText') : t('tasks.expandText')),
        }}
      >
        {task.text}
      </Typography.Paragraph>
      <div className="task-responsibility">
        <span className="task-responsibility-label">{t('tasks.responsibility')}</span>
        <span data-testid="responsibility-text">{task.responsibility.text}</span>
      </div>
      <UnitTags parties={units} />
    </article>
  );
}

/** 重点任务: the plan's tasks in its seven groups, with who answers for each. */
export function TasksPage() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const [query, setQuery] = useState('');

  const groups = useMemo<TaskGroupWithUnits[]>(
    () =>
      plan.taskGroups.map((group) => ({
        group,
        tasks: group.tasks.map((task) => ({ task, units: responsibleUnits(plan, task) })),
      })),
    [plan],
  );
  const shown = useMemo(() => filterTasks(groups, query), [groups, query]);
  const taskCount = (list: TaskGroupWithUnits[]) => list.reduce((sum, entry) => sum + entry.tasks.length, 0);

  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.tasks')}</Typography.Title>
        <div className="tasks-tools">
          <span className="muted" data-testid="task-count">
            {query.trim()
              ? t('tasks.matching', { tasks: taskCount(shown) })
              : t('tasks.total', { groups: groups.length, tasks: taskCount(groups) })}
          </span>
          <Input.Search
            allowClear
            placeholder={t('tasks.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className="tasks-search"
            data-testid="task-search"
          />
        </div>
      </div>
      {shown.length === 0 ? (
        <Card size="small">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} data-testid="tasks-empty" />
        </Card>
      ) : (
        <Collapse
          // Remount when the filter changes so every group that has matches is open.
          key={shown.map((entry) => entry.group.code).join()}
          defaultActiveKey={shown.map((entry) => entry.group.code)}
          className="task-groups"
          items={shown.map(({ group, tasks }) => ({
            key: group.code,
            label: (
              <span data-testid="task-group">
                <span className="task-group-title">
                  （{group.number}）{group.title}
                </span>
                <span className="muted task-group-count">{t('units.taskCount', { count: tasks.length })}</span>
              </span>
            ),
            children: (
              <div className="task-list">
                {tasks.map((item) => (
                  <TaskItem key={item.task.number} item={item} />
                ))}
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}

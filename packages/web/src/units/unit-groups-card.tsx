import { Alert, Card, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';

/** 单位组合: phrases like "开发区、各镇街" and the units each stands for. */
export function UnitGroupsCard() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const unitName = new Map(plan.units.map((unit) => [unit.code, unit.name]));
  const tasksNaming = (groupCode: string) =>
    plan.taskGroups
      .flatMap((g) => g.tasks)
      .filter((task) => task.responsibility.parties.some((party) => party.ref === groupCode))
      .map((task) => task.number);

  return (
    <Card size="small" title={t('units.groups')} extra={<span className="muted">{t('units.groupsHint')}</span>}>
      <div className="unit-groups">
        {plan.unitGroups.map((group) => {
          const tasks = tasksNaming(group.code);
          return (
            <section key={group.code} className="unit-group" data-testid="unit-group">
              <div className="unit-group-head">
                <span className="unit-group-phrase">「{group.phrase}」</span>
                <span className="muted">
                  {t('units.unitCount', { count: group.members.length })}
                  {tasks.length > 0 && ` · ${t('units.groupTasks', { count: tasks.length, numbers: tasks.join(t('list.separator')) })}`}
                </span>
              </div>
              <div className="unit-tags">
                {group.members.map((member) => (
                  <Tag key={member} className="unit-tag">
                    <Link to={`/units/${member}`}>{unitName.get(member) ?? member}</Link>
                  </Tag>
                ))}
              </div>
              {group.membershipSource && (
                <Alert
                  type="info"
                  showIcon
                  className="unit-group-source"
                  message={t('units.membershipSource', { source: group.membershipSource })}
                />
              )}
            </section>
          );
        })}
      </div>
    </Card>
  );
}

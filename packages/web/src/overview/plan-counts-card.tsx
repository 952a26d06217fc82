import { responsibilityMatrix } from '@ipcounty/domain';
import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';

/** How big the plan is: targets, tasks, task groups and the units that answer for them. */
export function PlanCountsCard() {
  const { t } = useI18n();
  const { plan } = usePlan();
  // Units that answer for at least one task; the program office runs the plan but holds none.
  const responsibleUnits = useMemo(() => responsibilityMatrix(plan).units.length, [plan]);
  const counts = [
    { key: 'targets', label: t('overview.counts.targets'), value: plan.targetGroups.flatMap((g) => g.indicators).length },
    { key: 'tasks', label: t('overview.counts.tasks'), value: plan.taskGroups.flatMap((g) => g.tasks).length },
    { key: 'taskGroups', label: t('overview.counts.taskGroups'), value: plan.taskGroups.length },
    { key: 'units', label: t('overview.counts.units'), value: responsibleUnits },
  ];
  return (
    <Card size="small" className="plan-counts">
      <Row gutter={[12, 12]}>
        {counts.map((count) => (
          <Col span={12} key={count.key}>
            <div data-testid={`count-${count.key}`}>
              <Statistic title={count.label} value={count.value} />
            </div>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

import { responsibilityMatrix, type Unit } from '@ipcounty/domain';
import { Badge, Card, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { UnitDrawer } from './unit-drawer.js';
import { UnitGroupsCard } from './unit-groups-card.js';
import './units.css';

/** Kinds in pairs that sit well side by side; the long list of county departments gets a row of its own. */
const displayOrder: Unit['kind'][] = [
  'party-department',
  'judicial',
  'government-department',
  'town',
  'street',
  'development-zone',
  'financial-institution',
  'program-office',
];

/** 责任单位: every unit by kind with how many tasks it answers for; /units/:code opens one. */
export function UnitsPage() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { code } = useParams();
  const navigate = useNavigate();

  const taskCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of Object.values(responsibilityMatrix(plan).cells))
      for (const unitCode of Object.keys(row)) counts.set(unitCode, (counts.get(unitCode) ?? 0) + 1);
    return counts;
  }, [plan]);

  const byKind = displayOrder
    .map((kind) => ({ kind, units: plan.units.filter((unit) => unit.kind === kind) }))
    .filter((entry) => entry.units.length > 0);

  const unitLink = (unit: Unit) => {
    const count = taskCounts.get(unit.code) ?? 0;
    return (
      <Link key={unit.code} to={`/units/${unit.code}`} className="unit-card" data-testid="unit" data-unit-code={unit.code}>
        <span className="unit-card-name" title={unit.name}>
          {unit.name}
        </span>
        <Badge
          count={t('units.taskCount', { count })}
          color={count > 0 ? '#1e4f91' : '#bfc5cf'}
          className="unit-card-count"
        />
      </Link>
    );
  };

  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.units')}</Typography.Title>
        <span className="muted">{t('units.unitCount', { count: plan.units.length })}</span>
      </div>
      <Row gutter={[16, 16]}>
        {byKind.map(({ kind, units }) => (
          <Col key={kind} xs={24} lg={units.length > 6 ? 24 : 12}>
            <Card
              size="small"
              title={t(`unitKind.${kind}`)}
              extra={<span className="muted">{t('units.unitCount', { count: units.length })}</span>}
              className="unit-kind-card"
              data-testid="unit-kind"
            >
              <div className="unit-grid">{units.map(unitLink)}</div>
            </Card>
          </Col>
        ))}
      </Row>
      <UnitGroupsCard />
      <UnitDrawer code={code} onClose={() => navigate('/units')} />
    </div>
  );
}

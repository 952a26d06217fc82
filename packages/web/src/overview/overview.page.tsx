import { Col, Row } from 'antd';
import { useState } from 'react';
import { PhaseTimelineCard } from './phase-timeline-card.js';
import { PlanCountsCard } from './plan-counts-card.js';
import { PlanDocumentCard } from './plan-document-card.js';
import { RevisionsDrawer } from './revisions-drawer.js';
import { TargetsCard } from './targets-card.js';
import { LedgersOverviewCards } from '../ledgers/ledgers-overview-cards.js';
import './overview.css';

/** 方案总览: the plan document, where the programme stands today, and its targets. */
export function OverviewPage() {
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  return (
    <div className="stack">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <PlanDocumentCard onShowRevisions={() => setRevisionsOpen(true)} />
        </Col>
        <Col xs={24} xl={8}>
          <PlanCountsCard />
        </Col>
      </Row>
      <PhaseTimelineCard />
      <TargetsCard />
      <LedgersOverviewCards />
      <RevisionsDrawer open={revisionsOpen} onClose={() => setRevisionsOpen(false)} />
    </div>
  );
}

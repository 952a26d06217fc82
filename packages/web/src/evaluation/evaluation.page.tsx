import { Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { useMe } from '../session/session-context.js';
import './evaluation.css';

const OverviewTab = lazy(() => import('./evaluation-overview.page.js').then((m) => ({ default: m.EvaluationOverviewPage })));
const SelfCheckPage = lazy(() => import('./self-check.page.js').then((m) => ({ default: m.SelfCheckPage })));
const RectificationPage = lazy(() => import('./rectification.page.js').then((m) => ({ default: m.RectificationPage })));
const EvaluationDetailPage = lazy(() => import('./evaluation-detail.page.js').then((m) => ({ default: m.EvaluationDetailPage })));
const DossierPage = lazy(() => import('./dossier.page.js').then((m) => ({ default: m.DossierPage })));
const ExpertsPage = lazy(() => import('./experts.page.js').then((m) => ({ default: m.ExpertsPage })));

interface Section {
  path: string;
  label: MessageKey;
}

/**
 * 评估验收: the phases with their checklists, self-checks, the rectification ledger, expert
 * evaluations, the expert pool (the office) and task dossiers. A unit sees its self-check parts and
 * rectification items; an expert only the evaluation they sit on.
 */
export function EvaluationPage() {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const expertOnly = me.roles.length > 0 && me.roles.every((r) => r === 'expert');
  const sections: Section[] = expertOnly
    ? [{ path: '/evaluation/evaluations', label: 'evaluation.tab.evaluations' }]
    : [
        { path: '/evaluation', label: 'evaluation.tab.overview' },
        { path: '/evaluation/self-checks', label: 'evaluation.tab.selfChecks' },
        { path: '/evaluation/rectification', label: 'evaluation.tab.rectification' },
        ...(me.can('evaluation.assign') || me.can('dashboard.read') ? [{ path: '/evaluation/evaluations', label: 'evaluation.tab.evaluations' } as Section] : []),
        ...(me.can('evaluation.assign') ? [{ path: '/evaluation/experts', label: 'evaluation.tab.experts' } as Section] : []),
        { path: '/evaluation/dossiers', label: 'evaluation.tab.dossiers' },
      ];
  const active = [...sections].reverse().find((s) => location.pathname === s.path || location.pathname.startsWith(`${s.path}/`))?.path ?? sections[0]!.path;

  return (
    <div className="stack evaluation">
      <div className="evaluation-head">
        <Typography.Title level={1} className="evaluation-title">
          {t('nav.reports')}
        </Typography.Title>
        <Tabs
          className="evaluation-tabs"
          activeKey={active}
          onChange={(key) => navigate(key)}
          items={sections.map((s) => ({ key: s.path, label: <span data-testid={`tab-${s.path.split('/').pop()}`}>{t(s.label)}</span> }))}
        />
      </div>
      <Suspense fallback={null}>
        <Routes>
          <Route index element={expertOnly ? <OverviewTab section="evaluations" /> : <OverviewTab section="phases" />} />
          <Route path="self-checks" element={<OverviewTab section="self-checks" />} />
          <Route path="self-checks/:selfCheckId" element={<SelfCheckPage />} />
          <Route path="rectification" element={<OverviewTab section="rectification" />} />
          <Route path="rectification/:itemId" element={<RectificationPage />} />
          <Route path="evaluations" element={<OverviewTab section="evaluations" />} />
          <Route path="evaluations/:evaluationId" element={<EvaluationDetailPage />} />
          <Route path="experts" element={<ExpertsPage />} />
          <Route path="dossiers" element={<DossierPage />} />
          <Route path="dossiers/:taskNumber" element={<DossierPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}

import { Button, Grid, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { usePerspective } from './supervision-perspective.js';
import './supervision.css';

const WorkspacePage = lazy(() => import('./workspace.page.js').then((m) => ({ default: m.WorkspacePage })));
const WorkPlanPage = lazy(() => import('./work-plan/work-plan.page.js').then((m) => ({ default: m.WorkPlanPage })));
const RoundsPage = lazy(() => import('./rounds.page.js').then((m) => ({ default: m.RoundsPage })));
const ReportPage = lazy(() => import('./report/report.page.js').then((m) => ({ default: m.ReportPage })));
const RemindersPage = lazy(() => import('./reminders.page.js').then((m) => ({ default: m.RemindersPage })));
const ScoresPage = lazy(() => import('./scores.page.js').then((m) => ({ default: m.ScoresPage })));
const NoticePage = lazy(() => import('./notice.page.js').then((m) => ({ default: m.NoticePage })));

interface Section {
  path: string;
  label: MessageKey;
}

/** 督查考核: the workspace and the office's tools, one tab each; a unit sees its workspace, plan and score. */
export function SupervisionPage() {
  const { t } = useI18n();
  const perspective = usePerspective();
  const location = useLocation();
  const navigate = useNavigate();

  const sections: Section[] = [
    { path: '/supervision', label: 'supervision.tab.workspace' },
    { path: '/supervision/plan', label: 'supervision.tab.plan' },
    ...(perspective.kind === 'unit' ? [] : [{ path: '/supervision/rounds', label: 'supervision.tab.rounds' } as Section]),
    { path: '/supervision/reminders', label: 'supervision.tab.reminders' },
    { path: '/supervision/scores', label: 'supervision.tab.scores' },
  ];
  const active = [...sections].reverse().find((s) => location.pathname === s.path || location.pathname.startsWith(`${s.path}/`))?.path ?? '/supervision';
  const printable = location.pathname.startsWith('/supervision/notices/');
  // Below 576 px the tab bar would fold sections into antd's "…" menu and cut one in half: a phone
  // shows every section as a button instead, wrapping onto a second line when it must.
  const phone = Grid.useBreakpoint().sm === false;

  return (
    <div className="stack supervision">
      {!printable && (
        <div className="supervision-head">
          <Typography.Title level={1} className="supervision-title">
            {t('nav.supervision')}
          </Typography.Title>
          {phone ? (
            <nav className="supervision-sections" aria-label={t('nav.supervision')}>
              {sections.map((s) => (
                <Button
                  key={s.path}
                  size="small"
                  shape="round"
                  type={s.path === active ? 'primary' : 'default'}
                  aria-current={s.path === active ? 'page' : undefined}
                  data-testid={`tab-${s.path.split('/').pop()}`}
                  onClick={() => navigate(s.path)}
                >
                  {t(s.label)}
                </Button>
              ))}
            </nav>
          ) : (
            <Tabs
              className="supervision-tabs"
              activeKey={active}
              onChange={(key) => navigate(key)}
              items={sections.map((s) => ({ key: s.path, label: <span data-testid={`tab-${s.path.split('/').pop()}`}>{t(s.label)}</span> }))}
            />
          )}
        </div>
      )}
      <Suspense fallback={null}>
        <Routes>
          <Route index element={<WorkspacePage />} />
          <Route path="plan" element={<WorkPlanPage />} />
          <Route path="rounds" element={<RoundsPage />} />
          <Route path="reports/:reportId" element={<ReportPage />} />
          <Route path="reminders" element={<RemindersPage />} />
          <Route path="scores" element={<ScoresPage />} />
          <Route path="notices/:noticeId" element={<NoticePage />} />
        </Routes>
      </Suspense>
    </div>
  );
}

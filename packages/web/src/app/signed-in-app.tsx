import type { PermissionId } from '@ipcounty/domain';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { PlanGate, PlanProvider } from '../plan/plan-context.js';
import { useMe } from '../session/session-context.js';
import { AppLayout } from './app-layout.js';
import { areasFor } from './navigation.js';
import { RequirePermission } from './require-permission.js';
import { NotFoundPage } from './not-found.page.js';

// Each area is its own chunk, loaded when its route is first opened: the dashboard does not carry
// the code of every other page (and ECharts comes only with the pages that draw charts).
const pageModules = {
  overview: () => import('../overview/overview.page.js'),
  tasks: () => import('../tasks/tasks.page.js'),
  units: () => import('../units/units.page.js'),
  matrix: () => import('../matrix/matrix.page.js'),
  account: () => import('../account/account.page.js'),
  users: () => import('../users/users.page.js'),
  security: () => import('../security/security.page.js'),
  audit: () => import('../audit/audit.page.js'),
  supervision: () => import('../supervision/supervision.page.js'),
  evaluation: () => import('../evaluation/evaluation.page.js'),
  indicators: () => import('../indicators/indicators-dashboard.page.js'),
  indicator: () => import('../indicators/indicator.page.js'),
  data: () => import('../registers/data.page.js'),
  ledgers: () => import('../ledgers/ledgers.page.js'),
  survey: () => import('../survey/survey.page.js'),
  documents: () => import('../documents/documents.page.js'),
  plan: () => import('../plan/plan.page.js'),
  province: () => import('../province/province.page.js'),
  counties: () => import('../province/counties.page.js'),
};

const OverviewPage = lazy(() => pageModules.overview().then((m) => ({ default: m.OverviewPage })));
const TasksPage = lazy(() => pageModules.tasks().then((m) => ({ default: m.TasksPage })));
const UnitsPage = lazy(() => pageModules.units().then((m) => ({ default: m.UnitsPage })));
const MatrixPage = lazy(() => pageModules.matrix().then((m) => ({ default: m.MatrixPage })));
const AccountPage = lazy(() => pageModules.account().then((m) => ({ default: m.AccountPage })));
const UsersPage = lazy(() => pageModules.users().then((m) => ({ default: m.UsersPage })));
const SecurityPage = lazy(() => pageModules.security().then((m) => ({ default: m.SecurityPage })));
const AuditPage = lazy(() => pageModules.audit().then((m) => ({ default: m.AuditPage })));
const SupervisionPage = lazy(() => pageModules.supervision().then((m) => ({ default: m.SupervisionPage })));
const EvaluationPage = lazy(() => pageModules.evaluation().then((m) => ({ default: m.EvaluationPage })));
const IndicatorsDashboardPage = lazy(() => pageModules.indicators().then((m) => ({ default: m.IndicatorsDashboardPage })));
const IndicatorPage = lazy(() => pageModules.indicator().then((m) => ({ default: m.IndicatorPage })));
const DataPage = lazy(() => pageModules.data().then((m) => ({ default: m.DataPage })));
const LedgersPage = lazy(() => pageModules.ledgers().then((m) => ({ default: m.LedgersPage })));
const SurveyPage = lazy(() => pageModules.survey().then((m) => ({ default: m.SurveyPage })));
const DocumentsPage = lazy(() => pageModules.documents().then((m) => ({ default: m.DocumentsPage })));
const PlanPage = lazy(() => pageModules.plan().then((m) => ({ default: m.PlanPage })));
const ProvincePage = lazy(() => pageModules.province().then((m) => ({ default: m.ProvincePage })));
const CountiesPage = lazy(() => pageModules.counties().then((m) => ({ default: m.CountiesPage })));

function Page({ children }: { children: ReactNode }) {
  return (
    <RequirePermission permission="plan.read">
      <PlanGate>
        <Suspense fallback={null}>{children}</Suspense>
      </PlanGate>
    </RequirePermission>
  );
}

/** A page that needs no plan: the account and the administrators' pages. */
function OwnPage({ permission, children }: { permission?: PermissionId; children: ReactNode }) {
  const page = <Suspense fallback={null}>{children}</Suspense>;
  return permission ? <RequirePermission permission={permission}>{page}</RequirePermission> : page;
}

/** The first page: the plan overview, or for an administrator the first area of their duty. */
function Home() {
  const me = useMe();
  if (me.can('plan.read')) return <Page><OverviewPage /></Page>;
  const first = areasFor(me.permissions).find((area) => area.path !== null);
  return <Navigate to={first?.path ?? '/account'} replace />;
}

/** Everything behind the sign-in: its own chunk, so the sign-in page loads none of it. */
export default function SignedInApp() {
  const me = useMe();
  return (
    <PlanProvider enabled={me.can('plan.read')}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<Home />} />
            <Route path="province" element={<Page><RequirePermission permission="dashboard.read"><ProvincePage /></RequirePermission></Page>} />
            <Route path="tasks" element={<Page><TasksPage /></Page>} />
            <Route path="units/:code?" element={<Page><UnitsPage /></Page>} />
            <Route path="matrix" element={<Page><MatrixPage /></Page>} />
            <Route path="indicators" element={<Page><RequirePermission permission="dashboard.read"><IndicatorsDashboardPage /></RequirePermission></Page>} />
            <Route path="indicators/:code" element={<Page><RequirePermission permission="dashboard.read"><IndicatorPage /></RequirePermission></Page>} />
            <Route path="supervision/*" element={<Page><RequirePermission permission="workitems.read"><SupervisionPage /></RequirePermission></Page>} />
            <Route path="evaluation/*" element={<Page><RequirePermission permission="evaluation.read"><EvaluationPage /></RequirePermission></Page>} />
            <Route path="data/*" element={<Page><RequirePermission permission="registers.read"><DataPage /></RequirePermission></Page>} />
            <Route path="ledgers/*" element={<Page><RequirePermission permission="registers.read"><LedgersPage /></RequirePermission></Page>} />
            <Route path="survey/*" element={<Page><RequirePermission permission="dashboard.read"><SurveyPage /></RequirePermission></Page>} />
            <Route path="plan/*" element={<Page><RequirePermission permission="plan.write"><PlanPage /></RequirePermission></Page>} />
            <Route path="documents/*" element={<Page><RequirePermission permission="reports.read"><DocumentsPage /></RequirePermission></Page>} />
            <Route path="account" element={<OwnPage><AccountPage /></OwnPage>} />
            <Route path="users" element={<OwnPage permission="users.manage"><UsersPage /></OwnPage>} />
            <Route path="counties" element={<OwnPage permission="settings.manage"><CountiesPage /></OwnPage>} />
            <Route path="security" element={<OwnPage permission="roles.assign"><SecurityPage /></OwnPage>} />
            <Route path="audit" element={<OwnPage permission="audit.read"><AuditPage /></OwnPage>} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </PlanProvider>
  );
}

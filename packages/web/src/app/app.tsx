import { App as AntApp, ConfigProvider } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { antdLocales } from '../i18n/antd-locale.js';
import { LocaleProvider, useI18n } from '../i18n/locale-context.js';
import { PlanGate, PlanProvider } from '../plan/plan-context.js';
import { ApiErrorReporter } from './api-error-reporter.js';
import { AppLayout } from './app-layout.js';
import { NotFoundPage } from './not-found.page.js';
import { theme } from './theme.js';

// Each area is its own chunk. All of them start loading with the plan rather than after it, so
// the first page does not wait for two round trips and later clicks find their code in memory.
const pageModules = {
  overview: () => import('../overview/overview.page.js'),
  tasks: () => import('../tasks/tasks.page.js'),
  units: () => import('../units/units.page.js'),
  matrix: () => import('../matrix/matrix.page.js'),
};
for (const load of Object.values(pageModules)) void load();

const OverviewPage = lazy(() => pageModules.overview().then((m) => ({ default: m.OverviewPage })));
const TasksPage = lazy(() => pageModules.tasks().then((m) => ({ default: m.TasksPage })));
const UnitsPage = lazy(() => pageModules.units().then((m) => ({ default: m.UnitsPage })));
const MatrixPage = lazy(() => pageModules.matrix().then((m) => ({ default: m.MatrixPage })));

function Page({ children }: { children: ReactNode }) {
  return (
    <PlanGate>
      <Suspense fallback={null}>{children}</Suspense>
    </PlanGate>
  );
}

function LocalisedApp() {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={theme}>
      <AntApp>
        <ApiErrorReporter />
        <PlanProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<Page><OverviewPage /></Page>} />
                <Route path="tasks" element={<Page><TasksPage /></Page>} />
                <Route path="units/:code?" element={<Page><UnitsPage /></Page>} />
                <Route path="matrix" element={<Page><MatrixPage /></Page>} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </PlanProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LocaleProvider>
      <LocalisedApp />
    </LocaleProvider>
  );
}

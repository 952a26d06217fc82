import { ConfigProvider } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { antdLocales } from '../i18n/antd-locale.js';
import { LocaleProvider, useI18n, WholeCatalogue } from '../i18n/locale-context.js';
import { SessionProvider } from '../session/session-context.js';
import { SessionGate } from '../session/session-gate.js';
import { themeFor } from './theme.js';

// The signed-in app (router, menu, plan and every page) is a chunk of its own: the sign-in page,
// the first thing every visitor loads, carries none of it.
const SignedInApp = lazy(() => import('./signed-in-app.js'));

function LocalisedApp() {
  const { locale } = useI18n();
  const theme = useMemo(() => themeFor(locale), [locale]);
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={theme}>
      <SessionProvider>
        <SessionGate>
          <Suspense fallback={null}>
            <WholeCatalogue>
              <SignedInApp />
            </WholeCatalogue>
          </Suspense>
        </SessionGate>
      </SessionProvider>
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

import { registerCatalog, registerGroups } from '@ipcounty/domain';
import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { SectionNav, type SectionNavItem } from '../app/section-nav.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { registerName } from './field-format.js';
import './data.css';

const DataHomePage = lazy(() => import('./data-home.page.js').then((m) => ({ default: m.DataHomePage })));
const RegisterPage = lazy(() => import('./register.page.js').then((m) => ({ default: m.RegisterPage })));
const ImportPage = lazy(() => import('./import.page.js').then((m) => ({ default: m.ImportPage })));
const AddressesPage = lazy(() => import('./addresses.page.js').then((m) => ({ default: m.AddressesPage })));

/**
 * 数据管理: the statistics registers (one page each), the import page and the address
 * assignments, with a menu of its own beside the content.
 */
export function DataPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const location = useLocation();
  const selected = location.pathname.replace(/\/$/, '') || '/data';

  const items: SectionNavItem[] = [
    { key: '/data', label: <span data-testid="data-nav-home">{t('data.nav.home')}</span> },
    ...(me.can('imports.run') ? [{ key: '/data/import', label: <span data-testid="data-nav-import">{t('data.nav.import')}</span> }] : []),
    { key: '/data/addresses', label: <span data-testid="data-nav-addresses">{t('data.nav.addresses')}</span> },
    ...registerGroups.map((group) => ({
      type: 'group' as const,
      key: group.key,
      label: locale === 'en' ? group.en : group.zh,
      children: group.kinds.map((kind) => ({ key: `/data/${kind}`, label: <span data-testid={`data-nav-${kind}`}>{registerName(registerCatalog[kind], locale)}</span> })),
    })),
  ];

  return (
    <div className={`data-area${locale === 'en' ? ' is-en' : ''}`}>
      <SectionNav title={t('nav.data')} items={items} selected={selected} testId="data-menu" />
      <div className="data-content">
        <Suspense fallback={null}>
          <Routes>
            <Route index element={<DataHomePage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="addresses" element={<AddressesPage />} />
            <Route path=":kind" element={<RegisterPage />} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}

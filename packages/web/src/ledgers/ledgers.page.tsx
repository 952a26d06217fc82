import { ledgerPages } from '@ipcounty/domain';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { SectionNav, type SectionNavItem } from '../app/section-nav.js';
import { useI18n } from '../i18n/locale-context.js';
import '../registers/data.css';
import './ledgers.css';

const FundsPage = lazy(() => import('./funds.page.js').then((m) => ({ default: m.FundsPage })));
const MeetingsPage = lazy(() => import('./meetings.page.js').then((m) => ({ default: m.MeetingsPage })));
const PublicityPage = lazy(() => import('./publicity.page.js').then((m) => ({ default: m.PublicityPage })));
const StandardsPage = lazy(() => import('./standards.page.js').then((m) => ({ default: m.StandardsPage })));
const PlatformsPage = lazy(() => import('./platforms.page.js').then((m) => ({ default: m.PlatformsPage })));

/**
 * 专项台账: the office's own bookkeeping of the plan's safeguards and tasks — the special funds,
 * meetings and decisions, publicity, standards, platforms and service points — one page each.
 */
export function LedgersPage() {
  const { t, locale } = useI18n();
  const location = useLocation();
  const items: SectionNavItem[] = ledgerPages.map((page) => ({ key: `/ledgers/${page.key}`, label: <span data-testid={`ledgers-nav-${page.key}`}>{locale === 'en' ? page.en : page.zh}</span> }));
  return (
    <div className={`data-area${locale === 'en' ? ' is-en' : ''}`}>
      <SectionNav title={t('nav.ledgers')} items={items} selected={location.pathname.replace(/\/$/, '')} testId="ledgers-menu" />
      <div className="data-content">
        <Suspense fallback={null}>
          <Routes>
            <Route index element={<Navigate to="funds" replace />} />
            <Route path="funds" element={<FundsPage />} />
            <Route path="meetings" element={<MeetingsPage />} />
            <Route path="publicity" element={<PublicityPage />} />
            <Route path="standards" element={<StandardsPage />} />
            <Route path="platforms" element={<PlatformsPage />} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}

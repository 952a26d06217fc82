import { Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useI18n, type Locale } from '../i18n/locale-context.js';
import './session.css';

const languageOptions: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

/** The frame of the pages shown before the app: sign-in, a forced password change, enrolment. */
export function AuthLayout({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="auth-page">
      <header className="auth-header">
        <div className="app-brand">
          <span className="app-emblem" aria-hidden />
          <div className="app-brand-text">
            <div className="app-title">{t('app.name')}</div>
            <div className="app-subtitle">{t('app.shortName')}</div>
          </div>
        </div>
        <Segmented<Locale> size="small" aria-label={t('app.language')} options={languageOptions} value={locale} onChange={setLocale} data-testid="language-switch" />
      </header>
      <main className="auth-main">
        {/* Drawn like an antd Card without its code: the Card brings tabs, menus and dropdowns. */}
        <section className={wide ? 'auth-card auth-card-wide' : 'auth-card'} aria-labelledby="auth-card-title">
          <h1 className="auth-card-title" id="auth-card-title">
            {title}
          </h1>
          <div className="auth-card-body">{children}</div>
        </section>
        <p className="auth-footnote">{t('signIn.footnote')}</p>
      </main>
    </div>
  );
}

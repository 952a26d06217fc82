import { Card, Segmented } from 'antd';
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
          <div>
            <div className="app-title">{t('app.name')}</div>
            <div className="app-subtitle">{t('app.shortName')}</div>
          </div>
        </div>
        <Segmented<Locale> size="small" aria-label={t('app.language')} options={languageOptions} value={locale} onChange={setLocale} data-testid="language-switch" />
      </header>
      <main className="auth-main">
        <Card className={wide ? 'auth-card auth-card-wide' : 'auth-card'} title={title}>
          {children}
        </Card>
        <p className="auth-footnote">{t('signIn.footnote')}</p>
      </main>
    </div>
  );
}

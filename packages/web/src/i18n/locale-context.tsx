import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type MessageValues } from './translate.js';
import { zhCN, type MessageKey, type Messages } from './zh-CN.js';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

// Chinese is the default and travels with the first page; English is fetched when it is chosen.
const loadMessages: Record<Locale, () => Promise<Messages>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  en: () => import('./en.js').then((module) => module.en),
};
const dayjsLocale: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };
const storageKey = 'ipcounty.locale';

function storedLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(storageKey);
    return saved === 'en' ? 'en' : 'zh-CN';
  } catch {
    // Storage can be blocked by the browser's privacy settings; Chinese is the default anyway.
    return 'zh-CN';
  }
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, values?: MessageValues) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the interface language: Chinese unless the user chose English on this browser before. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages } | null>(() =>
    locale === 'zh-CN' ? { locale, messages: zhCN } : null,
  );

  useEffect(() => {
    if (loaded?.locale === locale) return;
    let current = true;
    void loadMessages[locale]().then((messages) => {
      if (current) setLoaded({ locale, messages });
    });
    return () => {
      current = false;
    };
  }, [locale, loaded]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered, but the switch still applies to this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Until a newly chosen language has arrived, the page keeps speaking the one it had; a visitor
  // whose stored choice is English sees nothing for the moment it takes rather than Chinese first.
  const value = useMemo<I18n | null>(() => {
    if (!loaded) return null;
    // dayjs keeps its locale globally; set it before antd's pickers render with the new language.
    dayjs.locale(dayjsLocale[loaded.locale]);
    const { messages } = loaded;
    return { locale: loaded.locale, setLocale, t: (key, values) => translate(messages, key, values) };
  }, [loaded, setLocale]);

  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <LocaleProvider>');
  return i18n;
}

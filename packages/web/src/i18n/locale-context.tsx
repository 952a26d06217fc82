import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type MessageValues } from './translate.js';
import { signInZhCN } from './sign-in.zh-CN.js';
import type { MessageKey, Messages } from './zh-CN.js';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

// The first page carries only the Chinese of the sign-in steps; the whole Chinese catalogue is
// fetched with the signed-in app, and English (always whole) when it is chosen.
const loadMessages: Record<Locale, () => Promise<Messages>> = {
  'zh-CN': () => import('./zh-CN.js').then((module) => module.zhCN),
  en: () => import('./en.js').then((module) => module.en),
};

interface LoadedMessages {
  locale: Locale;
  /** False while only the sign-in words are at hand. */
  whole: boolean;
  messages: Partial<Messages>;
}
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

interface Catalogue {
  whole: boolean;
  requireWhole: () => void;
}

const I18nContext = createContext<I18n | null>(null);
const CatalogueContext = createContext<Catalogue | null>(null);

/** Holds the interface language: Chinese unless the user chose English on this browser before. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const [wholeWanted, setWholeWanted] = useState(false);
  const [loaded, setLoaded] = useState<LoadedMessages | null>(() =>
    locale === 'zh-CN' ? { locale, whole: false, messages: signInZhCN } : null,
  );

  useEffect(() => {
    if (loaded?.locale === locale && (loaded.whole || !wholeWanted)) return;
    let current = true;
    void loadMessages[locale]().then((messages) => {
      if (current) setLoaded({ locale, whole: true, messages });
    });
    return () => {
      current = false;
    };
  }, [locale, loaded, wholeWanted]);

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
    // A word the sign-in catalogue lacks shows as its key rather than breaking the page.
    const t: I18n['t'] = (key, values) => (key in messages ? translate(messages as Messages, key, values) : key);
    return { locale: loaded.locale, setLocale, t };
  }, [loaded, setLocale]);
  const requireWhole = useCallback(() => setWholeWanted(true), []);
  const catalogue = useMemo<Catalogue>(() => ({ whole: loaded?.whole ?? false, requireWhole }), [loaded, requireWhole]);

  if (!value) return null;
  return (
    <CatalogueContext.Provider value={catalogue}>
      <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
    </CatalogueContext.Provider>
  );
}

/** Renders its children once the whole catalogue of the interface language has arrived. */
export function WholeCatalogue({ children }: { children: ReactNode }) {
  const catalogue = useContext(CatalogueContext);
  if (!catalogue) throw new Error('WholeCatalogue must be used inside <LocaleProvider>');
  const { whole, requireWhole } = catalogue;
  useEffect(requireWhole, [requireWhole]);
  return whole ? children : null;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <LocaleProvider>');
  return i18n;
}

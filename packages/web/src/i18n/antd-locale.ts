// The `es` paths on purpose: under Vite 8 with "type":"module", `antd/locale/zh_CN` resolves to a
// CommonJS file whose default export is lost and antd silently falls back to English.
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { Locale } from './locale-context.js';

export const antdLocales: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, en: enUS };

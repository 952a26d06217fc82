import type { ThemeConfig } from 'antd';
import type { Locale } from '../i18n/locale-context.js';

const latinFonts = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans'";
const chineseFonts = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei'";

/**
 * The first font that has a character draws it. CJK fonts carry Latin letters and punctuation too,
 * at their own widths (’ takes a whole em), so English puts Latin fonts first and Chinese the CJK
 * ones, each falling back on the other for what it lacks.
 */
export const fontStacks: Record<Locale, string> = {
  en: `${latinFonts}, ${chineseFonts}, sans-serif`,
  'zh-CN': `-apple-system, BlinkMacSystemFont, 'Segoe UI', ${chineseFonts}, 'Helvetica Neue', Arial, sans-serif`,
};

/** antd's default theme with a sober government blue and fonts for the interface's language. */
export function themeFor(locale: Locale): ThemeConfig {
  return {
    token: {
      colorPrimary: '#1e4f91',
      colorLink: '#1e4f91',
      borderRadius: 4,
      fontFamily: fontStacks[locale],
    },
    components: {
      Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', bodyBg: '#f3f5f8', siderBg: '#ffffff' },
      Menu: { itemSelectedBg: '#e8eef7', itemSelectedColor: '#1e4f91', itemMarginInline: 6 },
      Table: { cellPaddingBlockSM: 6 },
    },
  };
}

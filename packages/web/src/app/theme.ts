import type { ThemeConfig } from 'antd';

/** antd's default theme with a sober government blue and fonts that carry Chinese well. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1e4f91',
    colorLink: '#1e4f91',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', bodyBg: '#f3f5f8', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#e8eef7', itemSelectedColor: '#1e4f91', itemMarginInline: 6 },
    Table: { cellPaddingBlockSM: 6 },
  },
};

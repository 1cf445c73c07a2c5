import type { ThemeConfig } from 'antd';

/** A calm government style: deep blue primary, red reserved for overdue (红灯) and the header rule. */
export const PRIMARY = '#1d4f91';

/**
 * Whoever asked the system for less motion (a setting many older readers turn on) gets dialogs and menus
 * that open at once, without antd's zoom and slide animations.
 */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: PRIMARY,
    colorInfo: PRIMARY,
    colorLink: PRIMARY,
    colorError: '#c62828',
    colorWarning: '#d48806',
    colorSuccess: '#389e0d',
    borderRadius: 4,
    fontSize: 14,
    colorBgLayout: '#f3f5f8',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#163d6b', siderBg: '#ffffff', bodyBg: '#f3f5f8' },
    Menu: { itemSelectedBg: '#e8eef7', itemSelectedColor: PRIMARY },
    Table: { headerBg: '#f0f3f8' },
    Card: { headerFontSize: 15 },
  },
};

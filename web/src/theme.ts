import type { ThemeConfig } from 'antd';

/** A calm government style: deep blue primary, red reserved for overdue (红灯) and the header rule. */
export const PRIMARY = '#1d4f91';

export const theme: ThemeConfig = {
  token: {
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

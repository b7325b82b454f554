import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { PALETTES } from '../components/palette.ts';
import { useThemeMode } from '../components/theme-mode.ts';
import { App } from './App.tsx';

/** Calm, compact, legible numbers: a tool finance staff read all day. */
const THEME = {
  algorithm: [theme.compactAlgorithm],
  token: {
    colorPrimary: '#1f5f9e',
    colorError: '#cf1322',
    colorBgLayout: '#f4f6f8',
    borderRadius: 4,
    fontFamily:
      "-apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: { Layout: { headerBg: '#ffffff', headerHeight: 52, headerPadding: '0 20px' } },
};

/** The dark theme: antd's dark algorithm, the page and header from the dark palette. */
const DARK_THEME = {
  ...THEME,
  algorithm: [theme.darkAlgorithm, theme.compactAlgorithm],
  token: { ...THEME.token, colorPrimary: '#4d8fd6', colorBgLayout: PALETTES.dark.page },
  components: { Layout: { ...THEME.components.Layout, headerBg: PALETTES.dark.surface } },
};

export function Root() {
  const { i18n } = useTranslation();
  const { mode } = useThemeMode();
  return (
    <ConfigProvider theme={mode === 'dark' ? DARK_THEME : THEME} locale={i18n.language === 'zh-CN' ? zhCN : enUS}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

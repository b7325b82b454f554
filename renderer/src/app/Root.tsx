import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { App } from './App.tsx';

/** Calm, compact, legible numbers: a tool finance staff read all day. */
const THEME = {
  algorithm: theme.compactAlgorithm,
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

export function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider theme={THEME} locale={i18n.language === 'zh-CN' ? zhCN : enUS}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

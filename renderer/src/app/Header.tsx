import { Layout, Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeSwitch } from '../components/ThemeSwitch.tsx';
import { currentLanguage, setLanguage, type Language } from '../i18n/index.ts';

const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** The brand, what `children` adds (workspace controls), the theme and the language switch. */
export function Header({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout.Header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          R
        </span>
        <Typography.Title level={4} className="brand-name">
          ReconDesk
        </Typography.Title>
        <Typography.Text type="secondary" className="brand-tagline">
          {t('app.tagline')}
        </Typography.Text>
      </div>
      {children}
      <ThemeSwitch />
      <Segmented<Language>
        size="small"
        aria-label={t('app.language')}
        options={OPTIONS}
        value={currentLanguage()}
        onChange={setLanguage}
        data-testid="language-switch"
      />
    </Layout.Header>
  );
}

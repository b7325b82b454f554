import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setThemeChoice, useThemeMode, type ThemeChoice } from './theme-mode.ts';

/** Light, dark, or as the system says (the default). */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { choice } = useThemeMode();
  const options: { value: ThemeChoice; label: string }[] = [
    { value: 'system', label: t('app.theme.system') },
    { value: 'light', label: t('app.theme.light') },
    { value: 'dark', label: t('app.theme.dark') },
  ];
  return (
    <Segmented<ThemeChoice>
      size="small"
      aria-label={t('app.theme.label')}
      options={options}
      value={choice}
      onChange={setThemeChoice}
      data-testid="theme-switch"
    />
  );
}

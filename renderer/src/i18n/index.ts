import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'recondesk.language';

/** The saved choice, else the browser's language: any Chinese variant gets zh-CN. */
export function initialLanguage(saved: string | null, browser: readonly string[]): Language {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  const first = browser[0]?.toLowerCase() ?? 'en';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be off (private mode, policy); the switch still works for this session.
  }
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export const currentLanguage = (): Language => (i18next.language === 'zh-CN' ? 'zh-CN' : 'en');

export function initI18n(): void {
  const language = initialLanguage(
    savedLanguage(),
    navigator.languages.length ? navigator.languages : [navigator.language],
  );
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

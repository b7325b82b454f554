import type { Severity } from '../../../core/match/categories.ts';

export type ThemeMode = 'light' | 'dark';

/** A category's colours: its text (labels, figures), the tint behind it, and its chart bar. */
export type CategoryColors = { text: string; background: string; bar: string };

export type Palette = {
  /** The page and the panels the colours sit on. */
  page: string;
  surface: string;
  surfaceAlt: string;
  text: string;
  border: string;
  stripe: string;
  hover: string;
  category: Readonly<Record<Severity, CategoryColors>>;
};

/**
 * The two themes' colours, in one place: palette.test.ts checks every category colour against
 * WCAG AA (4.5:1 for text on its tint and on the page, 3:1 for a chart bar on the page).
 */
export const PALETTES: Readonly<Record<ThemeMode, Palette>> = {
  light: {
    page: '#f4f6f8',
    surface: '#ffffff',
    surfaceAlt: '#f5f7f9',
    text: '#262626',
    border: '#e5e8eb',
    stripe: '#fafbfc',
    hover: '#eef4fb',
    category: {
      system: { text: '#a8071a', background: '#fff1f0', bar: '#cf1322' },
      exception: { text: '#ad4e00', background: '#fff7e6', bar: '#d46b08' },
      info: { text: '#595959', background: '#f5f5f5', bar: '#8c8c8c' },
    },
  },
  dark: {
    page: '#101214',
    surface: '#1a1d21',
    surfaceAlt: '#22262b',
    text: '#e6e6e6',
    border: '#30353b',
    stripe: '#1e2125',
    hover: '#1d2a3a',
    category: {
      system: { text: '#ff7875', background: '#2a1215', bar: '#ff4d4f' },
      exception: { text: '#ffa940', background: '#2b1d11', bar: '#fa8c16' },
      info: { text: '#bfbfbf', background: '#26292d', bar: '#8c8c8c' },
    },
  },
};

/** sRGB channel to linear light, as WCAG 2 defines relative luminance. */
const linear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2 contrast ratio of two colours, from 1 to 21.
 *
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The palette as the CSS custom properties the stylesheets read. */
export function paletteVariables(palette: Palette): Record<string, string> {
  const { category } = palette;
  return {
    '--page': palette.page,
    '--surface': palette.surface,
    '--surface-alt': palette.surfaceAlt,
    '--text': palette.text,
    '--border': palette.border,
    '--stripe': palette.stripe,
    '--hover': palette.hover,
    '--system': category.system.text,
    '--system-bg': category.system.background,
    '--system-bar': category.system.bar,
    '--exception': category.exception.text,
    '--exception-bg': category.exception.background,
    '--exception-bar': category.exception.bar,
    '--muted': category.info.text,
    '--info-bg': category.info.background,
    '--info-bar': category.info.bar,
  };
}

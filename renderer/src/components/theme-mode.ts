import { useSyncExternalStore } from 'react';
import { PALETTES, paletteVariables, type ThemeMode } from './palette.ts';

/** What the user chose: follow the system's setting (the default), or always light or dark. */
export type ThemeChoice = 'system' | ThemeMode;

const STORAGE_KEY = 'recondesk.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();

function savedChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

let choice: ThemeChoice = typeof localStorage === 'undefined' ? 'system' : savedChoice();

const systemMode = (): ThemeMode =>
  typeof matchMedia !== 'undefined' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';

/** The theme in effect: the choice, or the system's when the choice is to follow it. */
export const themeMode = (): ThemeMode => (choice === 'system' ? systemMode() : choice);

/** Put the palette of the theme in effect on the page, for the stylesheets' custom properties. */
function apply(): void {
  const mode = themeMode();
  const root = document.documentElement;
  root.dataset['theme'] = mode;
  root.style.colorScheme = mode;
  for (const [name, value] of Object.entries(paletteVariables(PALETTES[mode]))) root.style.setProperty(name, value);
  for (const listener of listeners) listener();
}

/** Start following the system setting (and apply the saved choice) once the page is there. */
export function initThemeMode(): void {
  apply();
  matchMedia(DARK_QUERY).addEventListener('change', apply);
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage can be off; the choice still holds for this session.
  }
  apply();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The user's choice and the theme in effect, re-rendering when either changes. */
export function useThemeMode(): { choice: ThemeChoice; mode: ThemeMode } {
  const mode = useSyncExternalStore(subscribe, themeMode);
  const chosen = useSyncExternalStore(subscribe, () => choice);
  return { choice: chosen, mode };
}

import { describe, expect, it } from 'vitest';
import { contrastRatio, PALETTES, type ThemeMode } from './palette.ts';

const AA_TEXT = 4.5;
const AA_GRAPHIC = 3;

describe('category colours meet WCAG AA in both themes', () => {
  it('computes the ratio as WCAG 2 does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The old orange of exceptions on white: the reason it changed.
    expect(contrastRatio('#d46b08', '#ffffff')).toBeLessThan(AA_TEXT);
  });

  it.each(['light', 'dark'] as ThemeMode[])('%s', (mode) => {
    const palette = PALETTES[mode];
    const failing: string[] = [];
    for (const [severity, colors] of Object.entries(palette.category)) {
      const checks: [string, string, string, number][] = [
        ['text on its tint', colors.text, colors.background, AA_TEXT],
        ['text on the panel', colors.text, palette.surface, AA_TEXT],
        ['text on the page', colors.text, palette.page, AA_TEXT],
        ['chart bar on the panel', colors.bar, palette.surface, AA_GRAPHIC],
      ];
      for (const [what, foreground, background, minimum] of checks) {
        const ratio = contrastRatio(foreground, background);
        if (ratio < minimum) failing.push(`${severity} ${what}: ${ratio.toFixed(2)} < ${minimum}`);
      }
    }
    expect(contrastRatio(palette.text, palette.surface)).toBeGreaterThanOrEqual(7);
    expect(failing).toEqual([]);
  });
});

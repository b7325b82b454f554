import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';

// Chinese screenshots need a CJK font on the machine (fonts-noto-cjk, which .ci/run installs).
const families = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout?.trim() ?? '';
if (families === '') console.warn('skipped: test/e2e/cjk-font.spec.ts needs a CJK font (fonts-noto-cjk)');

test.skip(families === '', 'needs a CJK font (fonts-noto-cjk)');

test('Chinese text in the app draws glyphs, not the boxes of a missing font', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByTestId('run-button')).toContainText('开始对账');
  // Each character drawn in the page's own font, next to a character no font has (drawn as a box).
  const same = await page.evaluate(() => {
    const font = getComputedStyle(document.body).font;
    const pixels = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.font = font.replace(/\d+px/, '28px');
      context.fillText(text, 4, 32);
      return Array.from(context.getImageData(0, 0, 40, 40).data).join(',');
    };
    const box = pixels('\u{10FFFD}');
    return ['对', '账', '差', '异'].filter((text) => pixels(text) === box);
  });
  expect(same).toEqual([]);
});

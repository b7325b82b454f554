import { expect, test, type Page } from '@playwright/test';
import { dropFiles, sample, SAMPLES } from './sample-day.ts';

type Violation = { directive: string; blocked: string; source: string };

/** Records every `securitypolicyviolation` the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      const source = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
      seen.push({ directive: event.violatedDirective, blocked: event.blockedURI, source });
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
}

const styleSourcesOf = (policy: string): string[] =>
  (policy.split(';').find((directive) => directive.trim().startsWith('style-src ')) ?? '').trim().split(/\s+/).slice(1);

test('the app renders and reconciles the sample day with no CSP violation and no inline style allowed', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  const [self, nonceSource] = styleSourcesOf(policy);
  expect(self).toBe("'self'");
  expect(nonceSource).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
  const nonce = nonceSource?.slice("'nonce-".length, -1);
  // antd's run-time style sheets carry the page's nonce, and they apply: the primary button has the theme's colour.
  await expect(page.getByTestId('workspace-status')).not.toHaveAttribute('data-state', 'loading');
  expect(await page.locator('meta[property="csp-nonce"]').evaluate((meta) => (meta as HTMLMetaElement).nonce)).toBe(
    nonce,
  );
  expect(await page.locator('style').count()).toBeGreaterThan(0);

  await dropFiles(page, SAMPLES.map(sample));
  await expect(page.getByTestId('file-row').and(page.locator('[data-state="done"]'))).toHaveCount(3);
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('summary-table')).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.getByTestId('run-button')).toHaveCSS('background-color', 'rgb(31, 95, 158)');
  await page.getByTestId('tab-amount_mismatch').click();
  const grid = page.getByTestId('grid-amount_mismatch');
  await grid.getByTestId('grid-row').first().click();
  await expect(page.getByTestId('finding-drawer').getByTestId('detail-book')).toContainText('orders.csv:');
  await page.keyboard.press('Escape');
  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByTestId('summary-amount_mismatch')).toContainText('金额不一致');

  expect(await violations()).toEqual([]);

  // A style sheet that arrives in markup has no nonce and is refused.
  await page.evaluate(() => {
    const note = document.createElement('div');
    note.innerHTML = '<style>body { display: none }</style>';
    document.body.append(note);
  });
  await expect(page.getByTestId('summary-table')).toBeVisible();
  await expect
    .poll(async () => (await violations()).map((violation) => violation.directive))
    .toEqual(['style-src-elem']);

  // Another load gets another nonce: a nonce known from one page is worth nothing on the next.
  const again = await page.goto('/');
  expect(styleSourcesOf(again?.headers()['content-security-policy'] ?? '')[1]).not.toBe(nonceSource);
});

// The diff workbook printed the way a controller prints it: LibreOffice converts it to PDF, and the
// pages read back as text show how many pages the Summary takes and whether any cell is too
// narrow for its figure (LibreOffice, like Excel, then prints ###).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bytesSource } from '../core/import/types.ts';
import { CATEGORIES, EXCEPTION_CODES } from '../core/match/categories.ts';
import type { ReportLanguage } from '../core/report/types.ts';
import { createHandlers } from '../core/rpc/handlers.ts';
import { bankFile, CONTEXT as DAY_CONTEXT, dayFiles, generateDays, LedgerDays } from './ledger-days.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLES = ['orders.csv', 'alipay.csv', 'wechat.csv'];
const CONTEXT = { progress: () => {}, cancelled: () => false };

const has = (command: string, flag: string) => spawnSync(command, [flag], { encoding: 'utf8' }).status === 0;
const missing = [...(has('soffice', '--version') ? [] : ['soffice']), ...(has('pdftotext', '-v') ? [] : ['pdftotext'])];
if (missing.length > 0)
  console.warn(
    `skipped: the workbook print test needs ${missing.join(' and ')} (libreoffice-calc-nogui, poppler-utils)`,
  );

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-print-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The sample day reconciled and its workbook written, as `recondesk reconcile --out` does. */
async function sampleWorkbook(language: ReportLanguage): Promise<Uint8Array> {
  const engine = createHandlers({ sqlJs: await initSqlJs() });
  for (const name of SAMPLES) {
    const bytes = fs.readFileSync(path.join(ROOT, 'samples', name));
    const imported = await engine['import/file']({ file: bytesSource(name, new Uint8Array(bytes)) }, CONTEXT);
    if (!imported.ok) throw new Error(imported.issues[0]?.message);
  }
  const run = await engine['match/run']({}, CONTEXT);
  if (!run.ok) throw new Error(run.issues[0]?.message);
  return engine['report/workbook']({ run_id: run.value.run_id, language }, CONTEXT);
}

/** A bench day of 3,000 orders with the next day's bank statement, in a ledger: the fullest Summary. */
async function settlementWorkbook(language: ReportLanguage): Promise<Uint8Array> {
  const days = path.join(tmp, 'days');
  if (!fs.existsSync(days)) generateDays(days, 1, 3000);
  const ledger = new LedgerDays();
  const { run_id } = await ledger.run([...dayFiles(days, 1), bankFile(days, 2)]);
  return ledger.engine['report/workbook']({ run_id, language }, DAY_CONTEXT);
}

/** Each workbook printed to PDF by one LibreOffice start (it takes most of the time). */
function printToPdf(workbooks: Record<string, Uint8Array>): void {
  const files = Object.entries(workbooks).map(([name, bytes]) => {
    const xlsx = path.join(tmp, `${name}.xlsx`);
    fs.writeFileSync(xlsx, bytes);
    return xlsx;
  });
  // A profile of its own, so a LibreOffice already running on the machine is never joined.
  const profile = `-env:UserInstallation=file://${path.join(tmp, 'profile')}`;
  const convert = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', tmp, ...files], {
    encoding: 'utf8',
    timeout: 150_000,
  });
  if (convert.status !== 0) throw new Error(`LibreOffice failed: ${convert.stderr}`);
}

/** The PDF's pages as text, one string per page (pdftotext ends each page with a form feed). */
function printedPages(name: string): string[] {
  const pdf = path.join(tmp, `${name}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no ${name}.pdf`);
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.stdout.split('\f').slice(0, -1);
}

describe.skipIf(missing.length > 0)('the diff workbook printed through LibreOffice', () => {
  beforeAll(async () => {
    printToPdf({
      'sample-en': await sampleWorkbook('en'),
      'sample-zh-CN': await sampleWorkbook('zh-CN'),
      'settle-en': await settlementWorkbook('en'),
      'settle-zh-CN': await settlementWorkbook('zh-CN'),
    });
  }, 180_000);

  test.each(['en', 'zh-CN'] as const)(
    'in %s: the Summary prints on at most two pages, and no cell of any sheet shows ###',
    (language) => {
      const pages = printedPages(`sample-${language}`);
      const first = CATEGORIES[EXCEPTION_CODES[0]!];
      const firstSheetTitle = `${first.label[language]} · ${first.code} ·`;
      const summaryPages = pages.findIndex((page) => page.includes(firstSheetTitle));
      expect(summaryPages, 'the first category sheet starts after the Summary').toBeGreaterThan(0);
      expect(summaryPages).toBeLessThanOrEqual(2);
      const hashes = pages.flatMap((page, index) => (page.includes('###') ? [`page ${index + 1}`] : []));
      expect(hashes).toEqual([]);
      // Each finding's source rows print beside it, with file and line.
      const sources = pages.filter((page) => page.includes(language === 'en' ? 'Source rows' : '源文件行'));
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.some((page) => /orders\.csv:\d+/.test(page))).toBe(true);
      // Every category sheet is printed, its header repeated on each of its pages.
      for (const code of EXCEPTION_CODES)
        expect(
          pages.some((page) => page.includes(`· ${code} ·`)),
          code,
        ).toBe(true);
    },
    180_000,
  );

  test.each(['en', 'zh-CN'] as const)(
    'in %s: with a bank statement and the ledger, the Summary with its three-way position still prints on at most two pages',
    (language) => {
      const pages = printedPages(`settle-${language}`);
      const first = CATEGORIES[EXCEPTION_CODES[0]!];
      const summaryPages = pages.findIndex((page) => page.includes(`${first.label[language]} · ${first.code} ·`));
      expect(summaryPages).toBeGreaterThan(0);
      expect(summaryPages).toBeLessThanOrEqual(2);
      const position = language === 'en' ? 'Three-way position' : '三方核对';
      expect(pages.slice(0, summaryPages).some((page) => page.includes(position))).toBe(true);
      expect(pages.some((page) => page.includes(language === 'en' ? 'Settlement ·' : '结算核对 ·'))).toBe(true);
      expect(pages.flatMap((page, index) => (page.includes('###') ? [`page ${index + 1}`] : []))).toEqual([]);
    },
  );
});

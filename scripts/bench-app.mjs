#!/usr/bin/env node
/* global window, document -- the functions passed to page.evaluate run in the page */
// Times the web app on a generated day the way finance staff use it: the day's three files go into
// the page's file input, the run starts, the workbook is exported. Beside it, in the same run, the
// CLI reconciles the same files, so the app's wall is a ratio to the CLI's on the same machine state.
//
//   npm run bench:app -- [--orders 1000000] [--seed 42] [--port 5304] [--build] [--trace FILE]
//                        [--skip-cli] [--timeout 1800] [--json FILE]
//
// Data: ../shared/bench/gen.mjs --orders N --seed S --out .cache/bench/<N>-<S> (generated once, as
// `npm run bench` does). The web build is dist/web (built when missing, or with --build), served by
// scripts/serve-web.mjs with its production headers, in the system Chromium (/usr/bin/chromium).
//
// Measures
// - wall: from the files set on the input to the exported workbook saved (page load apart);
// - peak memory of the browser: the RSS of every Chromium process (browser, renderer, GPU, utility)
//   summed, sampled from /proc every 100 ms, and their PSS at the same instant (shared pages once);
// - the longest main-thread task: a `longtask` PerformanceObserver in the page, each task with the
//   step it fell in (import, run, export) and its attribution;
// - exactness: the workbook's Summary (categories per source, fees, rows per file) through
//   ../shared/bench/check.mjs, and the same for the CLI's --json.
// Prints one Markdown table; --json FILE writes the figures for scripts/bench.mjs.
// Targets: finishes, exact, wall ≤ 2.0 × the CLI's, no main-thread task over 100 ms.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const MIB = 1024 * 1024;
const LONG_TASK_MS = 100;
const RATIO_TARGET = 2.0;

const opts = {
  orders: 1000000,
  seed: 42,
  port: Number(process.env['RECONDESK_E2E_PORT'] ?? 5304),
  build: false,
  trace: null,
  profile: null,
  skipCli: false,
  timeout: 1800,
  json: null,
  benchDir: path.resolve(ROOT, '..', 'shared', 'bench'),
  chromium: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
};
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  const v = () => process.argv[++i] ?? usage(2);
  if (k === '--orders') opts.orders = Number(v());
  else if (k === '--seed') opts.seed = Number(v());
  else if (k === '--port') opts.port = Number(v());
  else if (k === '--build') opts.build = true;
  else if (k === '--trace') opts.trace = path.resolve(v());
  else if (k === '--profile') opts.profile = path.resolve(v());
  else if (k === '--skip-cli') opts.skipCli = true;
  else if (k === '--timeout') opts.timeout = Number(v());
  else if (k === '--json') opts.json = path.resolve(v());
  else if (k === '--bench-dir') opts.benchDir = path.resolve(v());
  else if (k === '-h' || k === '--help') usage(0);
  else {
    console.error(`unknown argument: ${k}`);
    usage(2);
  }
}
function usage(code) {
  console.log(`usage: npm run bench:app -- [--orders N] [--seed S] [--port P] [--build] [--trace FILE]
        [--profile FILE] [--skip-cli] [--timeout SECONDS] [--json FILE] [--bench-dir DIR]`);
  process.exit(code);
}
for (const [name, value] of Object.entries({ orders: opts.orders, seed: opts.seed, port: opts.port })) {
  if (!Number.isInteger(value) || value < (name === 'seed' ? 0 : 1)) {
    console.error(`--${name} needs a positive integer`);
    process.exit(2);
  }
}
const log = (...a) => console.error('[bench:app]', ...a);
const CHECK = path.join(opts.benchDir, 'check.mjs');

// ------------------------------------------------------------------ data and build
const DATA = path.join(ROOT, '.cache', 'bench', `${opts.orders}-${opts.seed}`);
const TRUTH = path.join(DATA, 'truth.json');
const FILES = ['orders.csv', 'alipay.csv', 'wechat.csv'].map((name) => path.join(DATA, name));
if (!fs.existsSync(TRUTH)) {
  log(`generating ${opts.orders} orders (seed ${opts.seed}) into ${path.relative(ROOT, DATA)}`);
  fs.rmSync(DATA, { recursive: true, force: true });
  const g = spawnSync(
    NODE,
    [path.join(opts.benchDir, 'gen.mjs'), '--orders', String(opts.orders), '--seed', String(opts.seed), '--out', DATA],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (g.status !== 0 || !fs.existsSync(TRUTH)) {
    console.error(`gen.mjs failed (exit ${g.status ?? g.signal})`);
    process.exit(2);
  }
}
const WEB = path.join(ROOT, 'dist', 'web');
if (opts.build || !fs.existsSync(path.join(WEB, 'index.html'))) {
  log('building the web app (npm run build:web)');
  const b = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(2);
}
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');

// ------------------------------------------------------------------ /proc
/** Parent of every process, from /proc/<pid>/stat (the comm field may hold spaces and parentheses). */
function processTable() {
  const table = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      table.push({ pid: Number(entry), comm: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(fields[1]) });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** Every process below `root`, found by walking parents. */
function descendants(root) {
  const table = processTable();
  const children = new Map();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found = [];
  const stack = [root];
  while (stack.length) {
    for (const child of children.get(stack.pop()) ?? []) {
      found.push(child);
      stack.push(child.pid);
    }
  }
  return found;
}

/** RSS and PSS in bytes (smaps_rollup; 0 when the process is gone). */
function memoryOf(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (label) => Number(new RegExp(`^${label}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('Rss'), pss: kb('Pss') };
  } catch {
    return { rss: 0, pss: 0 };
  }
}

/** Samples the summed memory of the browser's process tree until stopped; keeps the peaks. */
function sampleBrowserMemory(intervalMs = 100) {
  const peak = { rss: 0, pss: 0, processes: 0 };
  let browsers = [];
  let listedAt = -Infinity;
  const sample = () => {
    if (performance.now() - listedAt > 1000) {
      browsers = descendants(process.pid).filter((p) => /chrom/i.test(p.comm));
      listedAt = performance.now();
    }
    let rss = 0;
    let pss = 0;
    for (const p of browsers) {
      const m = memoryOf(p.pid);
      rss += m.rss;
      pss += m.pss;
    }
    peak.rss = Math.max(peak.rss, rss);
    peak.pss = Math.max(peak.pss, pss);
    peak.processes = Math.max(peak.processes, browsers.length);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    peak,
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

// ------------------------------------------------------------------ checking
/** check.mjs on a result JSON; its first line and whether it passed. */
function check(result) {
  const r = spawnSync(NODE, [CHECK, TRUTH, '-'], { input: JSON.stringify(result), encoding: 'utf8' });
  const lines = (r.stdout || r.stderr || '').trim().split('\n');
  return { ok: r.status === 0, lines };
}

const minor = (value) => Math.round(Number(value) * 100);
const cellText = (cell) => {
  const v = cell.value;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((part) => part.text).join('');
  if (v && typeof v === 'object' && 'result' in v) return v.result;
  return v;
};

/**
 * The figures check.mjs compares, read from the exported workbook's Summary sheet the way a
 * user reads it: the category table (code in column B, count and amount per source), the fee
 * table (source, rows, trade, refund, net fee, mismatches) and the input files (file, rows).
 */
async function resultFromWorkbook(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache' });
  const rows = [];
  for await (const sheet of reader) {
    for await (const row of sheet) rows.push(row.values.map((v) => cellText({ value: v })));
    break; // the Summary is the first sheet
  }
  const result = { tool: 'recondesk-app', categories: {}, fees: {}, rows: {} };
  let categoryHeader = null;
  let section = null;
  for (const values of rows) {
    // row.values is 1-based: values[1] is column A.
    const a = values[1];
    if (values[2] === 'Code' && a === 'Category') {
      categoryHeader = values;
      section = 'categories';
      continue;
    }
    if (a === 'Source' && values[2] === 'Rows checked') {
      section = 'fees';
      continue;
    }
    // An input file's row: its profile as id@version in column B, its rows in column E (SHA-256 and
    // warnings follow on rows of their own).
    if (typeof a === 'string' && /^[\w.-]+@\d+$/.test(String(values[2] ?? '')) && Number.isInteger(values[5])) {
      result.rows[a] = values[5];
      continue;
    }
    if (a === undefined || a === null) {
      section = null;
      continue;
    }
    if (section === 'categories' && categoryHeader) {
      const entry = { count: 0, amount_minor: 0, by_source: {} };
      for (let c = 4; c < categoryHeader.length; c += 2) {
        const label = String(categoryHeader[c] ?? '');
        const source = label.split(' · ')[0];
        const figures = { count: Number(values[c] ?? 0), amount_minor: minor(values[c + 1] ?? 0) };
        if (source === 'Total') Object.assign(entry, figures);
        else entry.by_source[source] = figures;
      }
      result.categories[values[2]] = entry;
    } else if (section === 'fees') {
      result.fees[a] = { net_fee_minor: minor(values[5]), fee_mismatch: Number(values[6]) };
    }
  }
  return result;
}

/** The main thread's functions by self time in a CPU profile (open the file in DevTools for the tree). */
function topFunctions(profile, count = 25) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const interval = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    interval.set(id, (interval.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  for (const [id, ms] of interval) {
    const frame = byId.get(id).callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${key}`);
}

// ------------------------------------------------------------------ the CLI
function runCli(out) {
  return new Promise((resolve) => {
    const argv = [CLI, 'reconcile', '--book', ...FILES, '--json', '--out', path.join(out, 'cli-diff.xlsx')];
    const t0 = performance.now();
    const child = spawn(NODE, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (s) => (stdout += s));
    child.stderr.on('data', (s) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wall = (performance.now() - t0) / 1000;
      const last = stdout.trim().split('\n').pop() ?? '';
      let verdict = { ok: false, lines: [`exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`] };
      if (code === 0) {
        try {
          verdict = check(JSON.parse(last));
        } catch {
          verdict = { ok: false, lines: ['last stdout line is not JSON'] };
        }
      }
      resolve({ wall, ...verdict });
    });
  });
}

// ------------------------------------------------------------------ the app
/** Installed before the page's own scripts: every long task, with the step the bench was in. */
function observeLongTasks() {
  const w = /** @type {any} */ (window);
  w.__benchStep = 'load';
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const attribution = entry.attribution?.[0];
      w.__longTasks.push({
        step: w.__benchStep,
        start: Math.round(entry.startTime),
        duration: Math.round(entry.duration),
        name: entry.name,
        container: attribution ? `${attribution.containerType || ''} ${attribution.containerName || ''}`.trim() : '',
      });
    }
  }).observe({ type: 'longtask', buffered: true });
}

async function runApp(out) {
  const server = spawn(NODE, [path.join(ROOT, 'scripts', 'serve-web.mjs'), '--port', String(opts.port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', resolve);
    server.on('exit', (code) => reject(new Error(`serve-web.mjs exited ${code}`)));
  });
  let browser = null;
  let memory = null;
  try {
    browser = await chromium.launch({
      executablePath: opts.chromium,
      headless: false,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-sync',
      ],
    });
    memory = sampleBrowserMemory();
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeout * 1000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(observeLongTasks);
    if (opts.trace) await browser.startTracing(page, { path: opts.trace, screenshots: false });
    const cdp = opts.profile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    log('loading the page');
    const loadStart = performance.now();
    await page.goto(`http://127.0.0.1:${opts.port}/`);
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-testid="workspace-status"]');
      return status !== null && status.getAttribute('data-state') !== 'loading';
    });
    const load = (performance.now() - loadStart) / 1000;
    const step = (name) => page.evaluate((n) => /** @type {any} */ (window.__benchStep = n), name);
    const marks = {};
    const t0 = performance.now();
    const at = () => (performance.now() - t0) / 1000;

    await step('import');
    await page.locator('.drop-zone input[type=file]').setInputFiles(FILES);
    // Polled from Node, not in the page: a page-side poll would itself run on the main thread being measured.
    for (;;) {
      const states = await page.$$eval('[data-testid="file-row"]', (rows) =>
        rows.map((r) => r.getAttribute('data-state')),
      );
      if (states.length === 3 && states.every((state) => state === 'done')) break;
      if (states.includes('failed')) throw new Error(`an import failed: ${states.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    marks.import = at();
    log(`imported in ${marks.import.toFixed(3)} s`);

    await step('run');
    await page.getByTestId('run-button').click();
    await page.getByTestId('summary-table').waitFor();
    marks.run = at() - marks.import;
    log(`ran in ${marks.run.toFixed(3)} s`);

    await step('export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
    const workbook = path.join(out, 'app-diff.xlsx');
    await download.saveAs(workbook);
    marks.export = at() - marks.import - marks.run;
    const wall = at();
    await step('after');
    await page.waitForTimeout(200);
    const longTasks = await page.evaluate(() => /** @type {any} */ (window).__longTasks);
    if (opts.trace) await browser.stopTracing();
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.writeFileSync(opts.profile, JSON.stringify(profile));
      log(`main-thread CPU profile: ${opts.profile}`);
      for (const line of topFunctions(profile)) log(line);
    }
    const peak = memory.stop();
    const verdict = check(await resultFromWorkbook(workbook));
    return { wall, load, marks, peak, longTasks, errors, ...verdict };
  } finally {
    memory?.stop();
    await browser?.close();
    server.kill();
  }
}

// ------------------------------------------------------------------ run and report
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-bench-app-'));
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
const loadBefore = load();
let cli = null;
if (!opts.skipCli) {
  log(`CLI: reconcile ${opts.orders} orders`);
  cli = await runCli(work);
  log(`CLI: ${cli.wall.toFixed(3)} s, ${cli.ok ? 'OK' : 'MISMATCH'}`);
}
log(`app: ${opts.orders} orders in ${opts.chromium}`);
let app;
try {
  app = await runApp(work);
} catch (error) {
  app = { failed: error instanceof Error ? error.message : String(error) };
}
fs.rmSync(work, { recursive: true, force: true });

const fmt = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const longest = app.longTasks?.reduce((a, t) => (t.duration > (a?.duration ?? -1) ? t : a), null) ?? null;
const ratio = cli && app.wall ? app.wall / cli.wall : NaN;
const lines = [];
lines.push(`## ReconDesk app bench: ${opts.orders.toLocaleString('en-US')} orders, seed ${opts.seed}`);
lines.push('');
lines.push(
  `${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, Node ${process.version}, Chromium ${opts.chromium}; ` +
    `load average before ${loadBefore}, after ${load()}; ${new Date().toISOString()}.`,
);
lines.push('');
if (app.failed) {
  lines.push(`App run failed: ${app.failed}`);
} else {
  lines.push('| figure | value | target |');
  lines.push('|---|---|---|');
  lines.push(`| app wall s (files set → workbook saved) | ${fmt(app.wall)} | finishes |`);
  lines.push(
    `| steps s: import, run, export | ${fmt(app.marks.import)}, ${fmt(app.marks.run)}, ${fmt(app.marks.export)} | |`,
  );
  lines.push(`| page load s | ${fmt(app.load)} | |`);
  lines.push(`| CLI wall s (same files, --json --out) | ${cli ? fmt(cli.wall) : 'skipped'} | |`);
  lines.push(
    `| app / CLI | ${fmt(ratio, 2)}× | ≤ ${RATIO_TARGET.toFixed(1)}× ${Number.isFinite(ratio) ? (ratio <= RATIO_TARGET ? 'PASS' : 'FAIL') : ''} |`,
  );
  lines.push(
    `| browser peak memory MiB: RSS sum, PSS sum (${app.peak.processes} processes) | ${fmt(app.peak.rss / MIB, 0)}, ${fmt(app.peak.pss / MIB, 0)} | |`,
  );
  lines.push(
    `| longest main-thread task ms | ${longest ? `${longest.duration} (${longest.step})` : 'none over 50'} | ≤ ${LONG_TASK_MS} ${(longest?.duration ?? 0) <= LONG_TASK_MS ? 'PASS' : 'FAIL'} |`,
  );
  const over = app.longTasks.filter((t) => t.duration > LONG_TASK_MS);
  lines.push(
    `| main-thread tasks over ${LONG_TASK_MS} ms | ${over.length} of ${app.longTasks.length} over 50 ms | 0 |`,
  );
  lines.push(`| app result | ${app.ok ? 'exact' : 'MISMATCH'}: ${app.lines[0]} | exact |`);
  if (cli) lines.push(`| CLI result | ${cli.ok ? 'exact' : 'MISMATCH'}: ${cli.lines[0]} | exact |`);
  if (!app.ok) for (const l of app.lines.slice(1, 12)) lines.push(`|  | ${l.trim()} | |`);
  if (app.errors.length) lines.push(`| page errors | ${app.errors.slice(0, 3).join('; ')} | none |`);
  if (over.length) {
    lines.push('');
    lines.push(
      `Tasks over ${LONG_TASK_MS} ms (step, start ms, duration ms): ${over.map((t) => `${t.step} @${t.start} ${t.duration}`).join('; ')}`,
    );
  }
}
console.log(lines.join('\n'));
if (opts.json) {
  fs.writeFileSync(
    opts.json,
    JSON.stringify({ orders: opts.orders, cli, app: { ...app, longest }, ratio, load: loadBefore }, null, 2),
  );
}
process.exitCode = app.failed || !app.ok || (cli && !cli.ok) ? 1 : 0;

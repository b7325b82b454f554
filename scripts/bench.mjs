#!/usr/bin/env node
// Times `recondesk reconcile` on a generated day beside the pandas and DuckDB implementations of
// the same reconciliation (../shared/bench), and checks every result against the exact truth.
//
//   npm run bench -- --orders 1000000 [--seed 42] [--runs 3] [--warmup 1]
//                    [--only recondesk,duckdb,pandas,readers,app] [--fresh-workspace] [--keep] [--timeout 1800]
//
// Data: ../shared/bench/gen.mjs --orders N --seed S --out .cache/bench/<N>-<S> (generated once, then
// reused). Each tool gets one uncounted warm-up run, then three counted ones whose median is
// reported: the method ../shared/bench/RESULTS.md measures the peers with at 1M (single runs on
// a shared 2-core machine vary by ±1 s). The tools take turns round by round, so a slow spell of
// the machine falls on all of them.
// Every command runs under `/usr/bin/time -v`: wall = monotonic clock around the child,
// peak RSS = its "Maximum resident set size". Each result's last stdout line goes through
// ../shared/bench/check.mjs. Prints Markdown: one table of every tool (day size, wall median and
// range, peak RSS, ratio to DuckDB and pandas), the
// verdict against the performance bar (wall ≤ 0.5 × pandas, peak ≤ 1.5 GB) and goal (wall ≤ 1.0 ×
// DuckDB, peak ≤ 1 GB), and the in-process phase timings (`phases_s`) each tool reports.
// The app row (`app`, `--only app` for just it) is scripts/bench-app.mjs: the web build in Chromium
// with the same day's files, once per counted run after the others' rounds (it is the heaviest); its
// peak is the browser processes' RSS summed, and its ratio to the CLI is to ReconDesk's median here.
// Exit code 1 only when ReconDesk ran and its result is not exactly the truth (or it failed).
//
// Peers: when ../shared/bench/node_modules is missing, `npm ci` is run there. When that fails (npm 11
// rejects a lock file that lacks other platforms' optional DuckDB bindings), the same exact versions
// are installed under .cache/bench/peer-deps and the DuckDB peer runs unchanged from its folder with
// a resolve hook that falls back to them (--no-peer-fallback: report it unavailable instead).
// The pandas peer needs Debian's python3-pandas, python3-openpyxl and python3-xlsxwriter.
// --fresh-workspace gives ReconDesk a new --workspace file in the run's temp dir.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const GB = 1e9; // the bar's gigabytes are decimal: 1.5 GB = 1430.5 MiB, 1 GB = 953.7 MiB
const MIB = 1024 * 1024;

// ------------------------------------------------------------------ arguments
const opts = {
  orders: 100000,
  seed: 42,
  runs: 3,
  warmup: 1,
  only: null,
  freshWorkspace: false,
  keep: false,
  timeout: 1800,
  benchDir: path.resolve(ROOT, '..', 'shared', 'bench'),
  peerFallback: true,
  appRuns: 1,
};
function usage(code) {
  console.log(`usage: npm run bench -- --orders N [--seed S] [--runs R] [--warmup W] [--app-runs A]
        [--only recondesk,duckdb,pandas,readers,app] [--fresh-workspace] [--keep] [--timeout SECONDS]
        [--bench-dir DIR] [--no-peer-fallback]`);
  process.exit(code);
}
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  const v = () => {
    const x = process.argv[++i];
    if (x === undefined) usage(2);
    return x;
  };
  const int = (x) => {
    if (!/^\d+$/.test(x)) {
      console.error(`${k} needs a non-negative integer, got ${x}`);
      process.exit(2);
    }
    return Number(x);
  };
  if (k === '--orders') opts.orders = int(v());
  else if (k === '--seed') opts.seed = int(v());
  else if (k === '--runs') opts.runs = int(v());
  else if (k === '--warmup') opts.warmup = int(v());
  else if (k === '--app-runs') opts.appRuns = int(v());
  else if (k === '--timeout') opts.timeout = int(v());
  else if (k === '--only')
    opts.only = new Set(
      v()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  else if (k === '--fresh-workspace') opts.freshWorkspace = true;
  else if (k === '--keep') opts.keep = true;
  else if (k === '--bench-dir') opts.benchDir = path.resolve(v());
  else if (k === '--no-peer-fallback') opts.peerFallback = false;
  else if (k === '-h' || k === '--help') usage(0);
  else {
    console.error(`unknown argument: ${k}`);
    usage(2);
  }
}
if (opts.orders < 1 || opts.runs < 1) {
  console.error('--orders and --runs must be at least 1');
  process.exit(2);
}
const BENCH = opts.benchDir;
const CHECK = path.join(BENCH, 'check.mjs');
const log = (...a) => console.error('[bench]', ...a);
const rel = (p) => path.relative(ROOT, p) || '.';

for (const f of ['gen.mjs', 'check.mjs']) {
  if (!fs.existsSync(path.join(BENCH, f))) {
    console.error(`${path.join(BENCH, f)} not found: pass --bench-dir`);
    process.exit(2);
  }
}

// ------------------------------------------------------------------ /usr/bin/time
const haveTime = spawnSync(TIME, ['-v', 'true'], { stdio: 'ignore' }).status === 0;
if (!haveTime) {
  log(`${TIME} is missing, so peak RSS cannot be measured. Install it with:`);
  log('  apt-get update && apt-get install -y time');
}

// ------------------------------------------------------------------ data
const DATA = path.join(ROOT, '.cache', 'bench', `${opts.orders}-${opts.seed}`);
const TRUTH = path.join(DATA, 'truth.json');
if (!fs.existsSync(TRUTH)) {
  log(`generating ${opts.orders} orders (seed ${opts.seed}) into ${rel(DATA)}`);
  fs.rmSync(DATA, { recursive: true, force: true });
  const t0 = performance.now();
  const g = spawnSync(
    NODE,
    [path.join(BENCH, 'gen.mjs'), '--orders', String(opts.orders), '--seed', String(opts.seed), '--out', DATA],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (g.status !== 0 || !fs.existsSync(TRUTH)) {
    console.error(`gen.mjs failed (exit ${g.status ?? g.signal})`);
    process.exit(2);
  }
  log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} else {
  log(`using cached data ${rel(DATA)}`);
}
const file = (n) => path.join(DATA, n);

// ------------------------------------------------------------------ tools
/** DuckDB's npm dependencies: shared/bench's own (npm ci), or a private copy under .cache. */
function duckdbNodeArgs() {
  if (fs.existsSync(path.join(BENCH, 'node_modules', '@duckdb', 'node-api'))) return { args: [] };
  let reason;
  if (!fs.existsSync(path.join(BENCH, 'node_modules'))) {
    log(`${rel(BENCH)}/node_modules is missing: running npm ci there`);
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, encoding: 'utf8' });
    if (r.status === 0 && fs.existsSync(path.join(BENCH, 'node_modules', '@duckdb', 'node-api'))) return { args: [] };
    const lines = `${r.stderr ?? ''}${r.stdout ?? ''}${r.error ? String(r.error) : ''}`
      .split('\n')
      .filter((l) => !/^npm warn/i.test(l))
      .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
      .filter(
        (l) => l && !/^(code |Clean install|Usage|Options|aliases|Run "npm help|A complete log|npm ci$|\[)/.test(l),
      );
    reason = `npm ci in ${rel(BENCH)} failed: ${lines.slice(0, 3).join(' ')}`;
  } else {
    reason = `${rel(BENCH)}/node_modules has no @duckdb/node-api`;
  }
  if (!opts.peerFallback) return { unavailable: reason };
  // Fallback: the same exact versions installed under .cache, found through a resolve hook, so the
  // peer script runs unchanged from its own folder.
  log(`${reason}`);
  const deps = path.join(ROOT, '.cache', 'bench', 'peer-deps');
  if (!fs.existsSync(path.join(deps, 'node_modules', '@duckdb', 'node-api'))) {
    const pkg = JSON.parse(fs.readFileSync(path.join(BENCH, 'package.json'), 'utf8'));
    fs.mkdirSync(deps, { recursive: true });
    fs.writeFileSync(
      path.join(deps, 'package.json'),
      JSON.stringify(
        { name: 'bench-peer-deps', private: true, type: 'module', dependencies: pkg.dependencies },
        null,
        2,
      ),
    );
    log(
      `installing the peers' dependencies (${Object.entries(pkg.dependencies)
        .map(([n, v]) => `${n}@${v}`)
        .join(', ')}) into ${rel(deps)}`,
    );
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
      cwd: deps,
      encoding: 'utf8',
    });
    if (r.status !== 0 || !fs.existsSync(path.join(deps, 'node_modules', '@duckdb', 'node-api'))) {
      const tail = `${r.stderr ?? ''}`.trim().split('\n').slice(-3).join(' ');
      return { unavailable: `${reason}; private install failed too: ${tail}` };
    }
  }
  fs.writeFileSync(
    path.join(deps, 'resolve-fallback.mjs'),
    `// Bare imports that cannot be resolved from where they are written resolve from this folder.
const FALLBACK_PARENT = new URL('./package.json', import.meta.url).href;
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    const bare = !/^(\\.|\\/|[a-zA-Z][a-zA-Z0-9+.-]*:)/.test(specifier);
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !bare) throw err;
    return nextResolve(specifier, { ...context, parentURL: FALLBACK_PARENT });
  }
}
`,
  );
  fs.writeFileSync(
    path.join(deps, 'register.mjs'),
    `import { register } from 'node:module';\nregister('./resolve-fallback.mjs', import.meta.url);\n`,
  );
  return {
    args: ['--import', pathToFileURL(path.join(deps, 'register.mjs')).href],
    note: `${reason}; ran with the same versions from ${rel(deps)}`,
  };
}

function pandasAvailable() {
  const r = spawnSync(PYTHON, ['-c', 'import pandas, xlsxwriter'], { encoding: 'utf8' });
  if (r.status === 0) return null;
  const why = r.error ? String(r.error.message) : (r.stderr || '').trim().split('\n').pop();
  log(`pandas peer unavailable (${why}). Install with:`);
  log('  apt-get update && apt-get install -y python3-pandas python3-openpyxl python3-xlsxwriter');
  return `${why}; needs: apt-get install -y python3-pandas python3-openpyxl python3-xlsxwriter`;
}

const wanted = (name) => !opts.only || opts.only.has(name);
const tools = [];
if (wanted('recondesk')) {
  const bin = path.join(ROOT, 'bin', 'recondesk.mjs');
  tools.push({
    name: 'recondesk',
    label: 'ReconDesk',
    unavailable: fs.existsSync(bin) ? null : `${rel(bin)} does not exist yet`,
    command: (out) => [
      NODE,
      bin,
      'reconcile',
      '--book',
      file('orders.csv'),
      file('alipay.csv'),
      file('wechat.csv'),
      '--json',
      '--out',
      path.join(out, 'diff.xlsx'),
      ...(opts.freshWorkspace ? ['--workspace', path.join(out, 'ws.sqlite')] : []),
    ],
  });
}
if (wanted('duckdb')) {
  const d = duckdbNodeArgs();
  tools.push({
    name: 'duckdb',
    label: 'DuckDB (peer)',
    unavailable: d.unavailable ?? null,
    note: d.note,
    command: (out) => [
      NODE,
      ...(d.args ?? []),
      path.join(BENCH, 'peers', 'duckdb_recon.mjs'),
      '--data',
      DATA,
      '--out',
      path.join(out, 'duckdb'),
    ],
  });
}
if (wanted('pandas')) {
  tools.push({
    name: 'pandas',
    label: 'pandas + xlsxwriter (peer)',
    unavailable: pandasAvailable(),
    command: (out) => [
      PYTHON,
      path.join(BENCH, 'peers', 'pandas_recon.py'),
      '--data',
      DATA,
      '--out',
      path.join(out, 'pandas'),
      '--engine',
      'xlsxwriter',
    ],
  });
}

// ------------------------------------------------------------------ running and measuring
const TAIL = 4 * MIB;
function runOnce(argv, cwd, reportPath, stderrPath) {
  return new Promise((resolve) => {
    const full = haveTime ? [TIME, '-v', '-o', reportPath, ...argv] : argv;
    const errFd = fs.openSync(stderrPath, 'w');
    const t0 = performance.now();
    const child = spawn(full[0], full.slice(1), { cwd, stdio: ['ignore', 'pipe', errFd] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      out += s;
      if (out.length > TAIL) out = out.slice(-TAIL);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      fs.closeSync(errFd);
      resolve({ wall: NaN, code: null, error: String(e), stdout: out });
    });
    child.on('close', (code, signal) => {
      const wall = (performance.now() - t0) / 1000;
      clearTimeout(timer);
      fs.closeSync(errFd);
      let rssMiB = NaN;
      if (haveTime && fs.existsSync(reportPath)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(reportPath, 'utf8'));
        if (m) rssMiB = Number(m[1]) / 1024;
      }
      resolve({ wall, rssMiB, code, signal, stdout: out });
    });
  });
}
const lastLine = (s) => s.trim().split('\n').pop() ?? '';
function check(stdout) {
  const line = lastLine(stdout);
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, status: 'NO RESULT', detail: ['last stdout line is not JSON'], json: null };
  }
  const r = spawnSync(NODE, [CHECK, TRUTH, '-'], { input: line, encoding: 'utf8' });
  const lines = (r.stdout || r.stderr || '').trim().split('\n');
  return { ok: r.status === 0, status: r.status === 0 ? 'OK' : 'MISMATCH', detail: lines, json };
}
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const shellQuote = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`);
const show = (argv) =>
  argv.map((a) => shellQuote(a.startsWith(ROOT + path.sep) ? path.relative(ROOT, a) : a)).join(' ');

const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-bench-'));
// Tools take turns, round by round (warm-ups first): a machine that slows down for a while
// slows every tool alike, so the ratios stay fair.
const states = tools.map((tool) => ({ tool, walls: [], rss: [], status: 'OK', detail: [], json: null, shown: null }));
for (const state of states) {
  if (state.tool.unavailable) log(`${state.tool.label}: unavailable: ${state.tool.unavailable}`);
  else if (state.tool.note) log(`${state.tool.label}: ${state.tool.note}`);
}
for (let i = 0; i < opts.warmup + opts.runs; i++) {
  const counted = i >= opts.warmup;
  for (const state of states) {
    const { tool } = state;
    if (tool.unavailable) continue;
    const out = path.join(workRoot, `${tool.name}-${i}`);
    fs.mkdirSync(out, { recursive: true });
    const argv = tool.command(out);
    state.shown ??= show(argv.map((a) => a.split(out).join('<tmp>')));
    log(`${tool.label}: ${counted ? `run ${i - opts.warmup + 1}/${opts.runs}` : 'warm-up'}: ${show(argv)}`);
    const r = await runOnce(argv, ROOT, path.join(out, 'time.txt'), path.join(out, 'stderr.txt'));
    let c;
    if (r.code !== 0) {
      const errTail = fs.existsSync(path.join(out, 'stderr.txt'))
        ? fs
            .readFileSync(path.join(out, 'stderr.txt'), 'utf8')
            .trim()
            .split('\n')
            .filter((l) => l.trim())
            .slice(-8)
        : [];
      c = { ok: false, status: 'ERROR', detail: [`exit ${r.code ?? r.signal ?? r.error}`, ...errTail], json: null };
    } else {
      c = check(r.stdout);
    }
    log(
      `${tool.label}: ${r.wall.toFixed(3)} s, ${Number.isFinite(r.rssMiB) ? `${r.rssMiB.toFixed(1)} MiB` : 'RSS n/a'}, ${c.status}`,
    );
    if (!c.ok) for (const l of c.detail.slice(0, 12)) log(`  ${l}`);
    if (counted) {
      state.walls.push(r.wall);
      state.rss.push(r.rssMiB);
      if (!c.ok && state.status === 'OK') {
        state.status = c.status;
        state.detail = c.detail;
      }
      if (c.json) state.json = c.json;
    }
    if (!opts.keep) fs.rmSync(out, { recursive: true, force: true });
  }
}
// The app: the web build in Chromium (scripts/bench-app.mjs), after the rounds above, so its heavy
// browser never overlaps another tool. Its CLI ratio uses ReconDesk's median of this run when there is one.
const app = wanted('app') ? { walls: [], rss: [], runs: [], status: 'OK', detail: [] } : null;
if (app) {
  const cliHere = states.find((st) => st.tool.name === 'recondesk' && st.walls.length > 0);
  for (let i = 0; i < opts.appRuns; i++) {
    const json = path.join(workRoot, `app-${i}.json`);
    log(`ReconDesk app: run ${i + 1}/${opts.appRuns}: scripts/bench-app.mjs --orders ${opts.orders}`);
    const r = spawnSync(
      NODE,
      [
        path.join(ROOT, 'scripts', 'bench-app.mjs'),
        '--orders',
        String(opts.orders),
        '--seed',
        String(opts.seed),
        '--timeout',
        String(opts.timeout),
        '--json',
        json,
        ...(cliHere ? ['--skip-cli'] : []),
      ],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const got = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')) : null;
    if (!got || got.app.failed || !got.app.ok) {
      app.status = got?.app.failed ? 'ERROR' : 'MISMATCH';
      app.detail = got?.app.failed ? [got.app.failed] : (got?.app.lines ?? [`exit ${r.status}`]);
      continue;
    }
    app.walls.push(got.app.wall);
    app.rss.push(got.app.peak.rss / MIB);
    app.runs.push(got);
  }
  app.cliWall = cliHere ? median(cliHere.walls) : median(app.runs.map((x) => x.cli?.wall));
}

const results = states.map((state) =>
  state.tool.unavailable
    ? { tool: state.tool, status: 'unavailable', detail: [state.tool.unavailable] }
    : {
        tool: state.tool,
        status: state.status,
        detail: state.detail,
        wall: median(state.walls),
        walls: state.walls,
        rss: median(state.rss),
        json: state.json,
        command: state.shown,
      },
);
if (!opts.keep) fs.rmSync(workRoot, { recursive: true, force: true });
else log(`outputs kept under ${workRoot}`);

// ------------------------------------------------------------------ report
const fmt = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const truth = JSON.parse(fs.readFileSync(TRUTH, 'utf8'));
const rowsOf = (n) => truth.files?.[n]?.data_rows ?? '?';
const bytes = ['orders.csv', 'alipay.csv', 'wechat.csv'].reduce((a, n) => a + fs.statSync(file(n)).size, 0);
const out = [];
out.push(`## ReconDesk bench: ${opts.orders.toLocaleString('en-US')} orders, seed ${opts.seed}`);
out.push('');
out.push(
  `Data \`${rel(DATA)}\`: orders.csv ${rowsOf('orders.csv')} rows, alipay.csv ${rowsOf('alipay.csv')}, wechat.csv ${rowsOf('wechat.csv')}; ${(bytes / 1e6).toFixed(1)} MB. ` +
    `${opts.runs} counted run(s)${opts.warmup ? ` after ${opts.warmup} warm-up(s)` : ''}, median; wall = monotonic clock around the child, ` +
    `peak = ${haveTime ? '`/usr/bin/time -v` maximum resident set size' : 'n/a (no /usr/bin/time)'}; ${os.cpus().length} CPU(s), Node ${process.version}.`,
);
out.push('');
const by = Object.fromEntries(results.map((r) => [r.tool.name, r]));
const measured = (r) => r && r.status !== 'unavailable' && Number.isFinite(r.wall);
const day = `${opts.orders.toLocaleString('en-US')} orders`;
const range = (walls) => {
  const ok = walls.filter((w) => Number.isFinite(w));
  return ok.length ? `${fmt(Math.min(...ok), 2)}–${fmt(Math.max(...ok), 2)} (${ok.length})` : 'n/a';
};
const ratioTo = (wall, peer) => (measured(peer) && Number.isFinite(wall) ? `${fmt(wall / peer.wall, 2)}×` : 'n/a');
out.push('| tool | day | wall s (median) | wall s (min–max, runs) | peak RSS MiB | ÷ DuckDB | ÷ pandas | check |');
out.push('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  if (r.status === 'unavailable') {
    out.push(`| ${r.tool.label} | ${day} | – | – | – | – | – | unavailable: ${r.detail[0].replaceAll('|', '\\|')} |`);
    continue;
  }
  const n = /(\d+) difference/.exec(r.detail[0] ?? '')?.[1];
  const shown = r.detail
    .filter((l) => !l.startsWith('MISMATCH'))
    .slice(0, 3)
    .map((l) => l.trim());
  const why = r.status === 'OK' ? '' : `${n ? ` (${n} differences)` : ''}: ${shown.join('; ').replaceAll('|', '\\|')}`;
  out.push(
    `| ${r.tool.label} | ${day} | ${fmt(r.wall)} | ${range(r.walls)} | ${fmt(r.rss, 1)} | ${ratioTo(r.wall, by.duckdb)} | ${ratioTo(r.wall, by.pandas)} | ${r.status}${why} |`,
  );
}
if (app) {
  const wall = median(app.walls);
  const longest = Math.max(...app.runs.map((x) => x.app.longest?.duration ?? 0));
  const note =
    app.status === 'OK'
      ? `OK; ${fmt(wall / app.cliWall, 2)}× the CLI (${fmt(app.cliWall, 2)} s), longest main-thread task ${longest} ms`
      : `${app.status}: ${app.detail.slice(0, 3).join('; ').replaceAll('|', '\\|')}`;
  out.push(
    `| ReconDesk app (web build in Chromium, files set → workbook saved; peak = browser processes' RSS summed) | ${day} | ${fmt(wall)} | ${range(app.walls)} | ${fmt(median(app.rss), 1)} | ${ratioTo(wall, by.duckdb)} | ${ratioTo(wall, by.pandas)} | ${note} |`,
  );
}
out.push('');
out.push(
  `Load average at the end: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}; ${new Date().toISOString()}.`,
);
out.push('');
for (const r of results)
  if (r.command) out.push(`- ${r.tool.label}: \`${r.command}\`${r.tool.note ? ` (${r.tool.note})` : ''}`);
out.push('');

const rd = by.recondesk;
if (measured(rd)) {
  const rssBytes = rd.rss * MIB;
  const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');
  const vs = (p, factor) => (measured(p) ? rd.wall <= factor * p.wall : null);
  const mem = (limit) => (Number.isFinite(rssBytes) ? rssBytes <= limit : null);
  const correct = rd.status === 'OK';
  const bar = [vs(by.pandas, 0.5), mem(1.5 * GB)];
  const goal = [vs(by.duckdb, 1.0), mem(1 * GB)];
  const all = (xs) => (!correct ? false : xs.includes(false) ? false : xs.includes(null) ? null : true);
  out.push(`- result: ${correct ? 'exact (check.mjs OK)' : `**${rd.status}**`}`);
  out.push(
    `- bar (wall ≤ 0.5 × pandas, peak ≤ 1.5 GB = ${fmt((1.5 * GB) / MIB, 0)} MiB): **${verdict(all(bar))}** ` +
      `(wall ${verdict(bar[0])}${measured(by.pandas) ? `, ${fmt(rd.wall, 2)} s vs ≤ ${fmt(0.5 * by.pandas.wall, 2)} s` : ''}; ` +
      `peak ${verdict(bar[1])}, ${fmt(rd.rss, 0)} MiB)`,
  );
  out.push(
    `- goal (wall ≤ 1.0 × DuckDB, peak ≤ 1 GB = ${fmt(GB / MIB, 0)} MiB): **${verdict(all(goal))}** ` +
      `(wall ${verdict(goal[0])}${measured(by.duckdb) ? `, ${fmt(rd.wall, 2)} s vs ≤ ${fmt(by.duckdb.wall, 2)} s` : ''}; ` +
      `peak ${verdict(goal[1])}, ${fmt(rd.rss, 0)} MiB)`,
  );
  out.push('');
} else {
  out.push(
    `ReconDesk: ${rd ? (rd.status === 'unavailable' ? `unavailable (${rd.detail[0]})` : rd.status) : 'not selected'}; no ratios or verdict.`,
  );
  out.push('');
}

for (const r of results) {
  const ph = r.json?.phases_s;
  if (!ph || typeof ph !== 'object') continue;
  const entries = Object.entries(ph).filter(([, v]) => typeof v === 'number');
  if (!entries.length) continue;
  const total = typeof r.json.total_s === 'number' ? ` (total_s ${fmt(r.json.total_s)})` : '';
  if (r.tool.name === 'recondesk') {
    out.push(`ReconDesk phases (last run, in-process)${total}:`);
    out.push('');
    out.push('| phase | s |');
    out.push('|---|---|');
    for (const [k, v] of entries) out.push(`| ${k} | ${fmt(v)} |`);
    out.push('');
  } else {
    out.push(`- ${r.tool.label} phases${total}: ${entries.map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  }
}
console.log(out.join('\n'));

// Rows per second of each reader, measured on files grown from real statements (scripts/bench-readers.ts).
if (wanted('readers')) {
  const readers = spawnSync(
    NODE,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/bench-readers.ts'), '--data', DATA],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  console.log(`\n${readers.stdout.trim()}`);
}

process.exitCode = rd && rd.status !== 'unavailable' && rd.status !== 'OK' ? 1 : 0;

#!/usr/bin/env node
// Kills `recondesk reconcile --workspace ws.sqlite` (the built CLI) on the sample day at random
// points and checks after each kill that ws.sqlite is the old or the new workspace, never a torn
// one, that every backup generation is a good workspace, and that the next run leaves no temp
// file. Half the kills land at a random time of the whole run, half while the workspace is being
// written (after its temp file appears); a run that gets as far as writing must first have
// removed the temp files of the runs killed before it. Run: node scripts/fault/cli-workspace-kill.mjs
// [--iterations 50] [--seed N] [--json]. Exit 1 when any check failed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import initSqlJs from 'sql.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const SAMPLES = path.join(ROOT, 'samples');
const APPLICATION_ID = 0x5244534b;
const KEPT_GENERATIONS = 3;
/** Two days of inputs, so that the old and the new workspace differ: 3 imports, then 2. */
const INPUT_SETS = [
  { imports: 3, statements: ['alipay.csv', 'wechat.csv'] },
  { imports: 2, statements: ['wechat.csv'] },
];

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '50' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    json: { type: 'boolean', default: false },
  },
});
const iterations = Number(values.iterations);
const seed = Number(values.seed);

/** mulberry32: the same seed gives the same kill points. */
function random() {
  let t = (state = (state + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
let state = seed;

if (!fs.existsSync(path.join(ROOT, 'out', 'cli', 'recondesk.mjs'))) {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(2);
}

const SQL = await initSqlJs();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-kill-'));
const workspace = path.join(folder, 'ws.sqlite');
const isTemp = (name) => name.startsWith('.ws.sqlite.') && name.endsWith('.tmp');
const temps = () => fs.readdirSync(folder).filter(isTemp);
const generations = () => fs.readdirSync(folder).filter((name) => /^ws\.sqlite\.\d+$/.test(name));
const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** What a workspace file is, checked independently of the code under test. */
function inspect(file) {
  if (!fs.existsSync(file)) return { good: false, why: 'missing' };
  let db;
  try {
    db = new SQL.Database(fs.readFileSync(file));
  } catch (error) {
    return { good: false, why: `does not open: ${error.message}` };
  }
  try {
    const one = (sql) => db.exec(sql)[0]?.values[0]?.[0];
    const integrity = db
      .exec('PRAGMA integrity_check')[0]
      ?.values.map((row) => row[0])
      .join('; ');
    if (integrity !== 'ok') return { good: false, why: `integrity_check: ${integrity}` };
    if (one('PRAGMA application_id') !== APPLICATION_ID) return { good: false, why: 'wrong application_id' };
    if (!(one('PRAGMA user_version') > 0)) return { good: false, why: 'no schema version' };
    return { good: true, imports: Number(one('SELECT count(*) FROM import')) };
  } catch (error) {
    return { good: false, why: error.message };
  } finally {
    db.close();
  }
}

/** One run of the CLI; `kill` decides when to SIGKILL it. Resolves to how it ended and how long it took. */
function run(set, kill) {
  const args = ['reconcile', '--book', path.join(SAMPLES, 'orders.csv')];
  args.push(...set.statements.map((name) => path.join(SAMPLES, name)), '--workspace', workspace);
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let writeStarted = null;
  let strayTemps = [];
  const watcher = fs.watch(folder, (_event, name) => {
    if (writeStarted !== null || !name || !isTemp(name) || !fs.existsSync(path.join(folder, name))) return;
    writeStarted = performance.now();
    if (kill?.atWrite !== undefined) setTimeout(() => child.kill('SIGKILL'), kill.atWrite);
    // A run removes what killed runs left before it writes its own temp file.
    strayTemps = temps().filter((other) => other !== name);
  });
  const timer = kill?.after === undefined ? null : setTimeout(() => child.kill('SIGKILL'), kill.after);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      watcher.close();
      if (timer) clearTimeout(timer);
      const ended = performance.now();
      const writeWindow = writeStarted === null ? null : ended - writeStarted;
      resolve({ code, signal, stderr, seconds: (ended - started) / 1000, writeStarted, writeWindow, strayTemps });
    });
  });
}

const tally = {
  iterations,
  seed,
  killed: 0,
  killed_while_writing: 0,
  finished_before_kill: 0,
  old: 0,
  new: 0,
  torn: 0,
  bad_generations: 0,
  temps_left_by_kills: 0,
  temps_after_next_run: 0,
  failed_runs: 0,
  problems: [],
};
const problem = (text) => tally.problems.length < 20 && tally.problems.push(text);

/** A run that ends by itself must succeed, leave no temp file, and hold the new workspace. */
function checkCompleted(done, set, label) {
  if (done.code !== 0) {
    tally.failed_runs++;
    problem(`${label}: exit ${done.code}: ${done.stderr.trim().split('\n')[0]}`);
  }
  const left = temps();
  if (left.length > 0) {
    tally.temps_after_next_run += left.length;
    problem(`${label}: temp files after a completed run: ${left.join(', ')}`);
  }
  const now = inspect(workspace);
  if (!now.good || now.imports !== set.imports) problem(`${label}: workspace after a completed run: ${now.why}`);
}

function checkGenerations(label, killed) {
  const names = generations();
  if (names.length > KEPT_GENERATIONS + (killed ? 1 : 0)) {
    tally.bad_generations++;
    problem(`${label}: ${names.length} generations`);
  }
  for (const name of names) {
    const generation = inspect(path.join(folder, name));
    if (!generation.good) {
      tally.bad_generations++;
      problem(`${label}: ${name} ${generation.why}`);
    }
  }
}

const startedAt = performance.now();
// One run before the kills: the first workspace, and how long a whole run and its write take.
const first = await run(INPUT_SETS[0], null);
checkCompleted(first, INPUT_SETS[0], 'first run');
const fullRunMs = first.seconds * 1000;
const writeWindowMs = Math.max(5, first.writeWindow ?? 0);
let current = { hash: sha256(workspace), imports: INPUT_SETS[0].imports };

for (let i = 0; i < iterations; i++) {
  const set = INPUT_SETS.find((s) => s.imports !== current.imports);
  const atWrite = i % 2 === 1;
  const kill = atWrite ? { atWrite: random() * writeWindowMs * 1.2 } : { after: random() * fullRunMs * 1.1 };
  const done = await run(set, kill);
  const label = `iteration ${i + 1} (${atWrite ? `at write +${kill.atWrite.toFixed(1)} ms` : `at ${kill.after.toFixed(0)} ms`})`;
  const killed = done.signal === 'SIGKILL';
  if (killed) tally.killed++;
  else {
    tally.finished_before_kill++;
    checkCompleted(done, set, label);
  }
  if (killed && done.writeStarted !== null) tally.killed_while_writing++;
  if (done.strayTemps.length > 0) {
    tally.temps_after_next_run += done.strayTemps.length;
    problem(`${label}: earlier temp files still there when this run wrote: ${done.strayTemps.join(', ')}`);
  }
  const now = inspect(workspace);
  if (now.good && sha256(workspace) === current.hash) tally.old++;
  else if (now.good && now.imports === set.imports) {
    tally.new++;
    current = { hash: sha256(workspace), imports: set.imports };
  } else {
    tally.torn++;
    problem(`${label}: ws.sqlite is neither the old nor the new workspace: ${now.why ?? `${now.imports} imports`}`);
  }
  checkGenerations(label, killed);
  if (killed) tally.temps_left_by_kills += temps().length;
}
// The run after the last kill must clean up like every other.
const last = INPUT_SETS.find((s) => s.imports !== current.imports);
checkCompleted(await run(last, null), last, 'run after the last kill');
checkGenerations('run after the last kill', false);
tally.seconds = Math.round((performance.now() - startedAt) / 100) / 10;
fs.rmSync(folder, { recursive: true, force: true });

const failed = tally.torn + tally.bad_generations + tally.temps_after_next_run + tally.failed_runs > 0;
if (values.json) console.log(JSON.stringify(tally));
else {
  console.log(
    `CLI --workspace kill test (seed ${seed}): ${tally.killed} of ${iterations} runs killed ` +
      `(${tally.killed_while_writing} while writing the workspace); old ${tally.old}, new ${tally.new}, ` +
      `torn ${tally.torn}; bad generations ${tally.bad_generations}; temp files left by kills ` +
      `${tally.temps_left_by_kills}, after the next run ${tally.temps_after_next_run}; ${tally.seconds} s`,
  );
  for (const line of tally.problems) console.log(`  ✗ ${line}`);
}
process.exitCode = failed ? 1 : 0;

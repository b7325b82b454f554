import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { generationsOf, orphanedTemps } from '../../core/store/generations.ts';
import { verifyWorkspace } from '../../core/store/verify-workspace.ts';
import { seededRandom } from './seeded-random.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const WORKSPACE = 'ws.sqlite';
/** Two days of inputs, so that the old and the new workspace differ: 3 imports, then 2. */
const DAYS = [
  { imports: 3, statements: ['alipay.csv', 'wechat.csv'] },
  { imports: 2, statements: ['wechat.csv'] },
] as const;
type Day = (typeof DAYS)[number];

export type CliKillOptions = { iterations: number; seed?: number; log?: (line: string) => void };

export type CliKillReport = {
  iterations: number;
  seed: number;
  killed: number;
  /** Kills that landed after the run's temp file appeared: while the workspace was written. */
  killedWhileWriting: number;
  /** ws.sqlite after a kill: the workspace before the run, the one it wrote, or neither (torn). */
  old: number;
  new: number;
  torn: number;
  /** Kills after which a backup did not open, or one of the three before the current was gone. */
  copiesLost: number;
  tempsLeftByKill: number;
  /** Temp files of killed runs still there once a later run wrote, or after a run that completed. */
  tempsAfterNextRun: number;
  failedRuns: number;
  seconds: number;
  failures: string[];
};

type Kill = { afterMs: number } | { afterWriteStartsMs: number } | null;
type Ended = {
  code: number | null;
  killed: boolean;
  stderr: string;
  ms: number;
  writeMs: number | null;
  stray: string[];
};

/** One `reconcile --workspace` of the built CLI, SIGKILLed as `kill` says. */
function reconcile(folder: string, day: Day, kill: Kill): Promise<Ended> {
  const samples = path.join(ROOT, 'samples');
  const args = [CLI, 'reconcile', '--book', path.join(samples, 'orders.csv')];
  // --new: each run starts the workspace over (the sample day again is no new business day).
  args.push(...day.statements.map((name) => path.join(samples, name)), '--workspace', WORKSPACE, '--new');
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let writeStarted: number | null = null;
  let stray: string[] = [];
  const watcher = fs.watch(folder, (_event, name) => {
    if (writeStarted !== null || !name || orphanedTemps(WORKSPACE, [name]).length === 0) return;
    if (!fs.existsSync(path.join(folder, name))) return; // an old temp file being removed
    writeStarted = performance.now();
    // A run removes the temp files killed runs left before it writes its own.
    stray = orphanedTemps(WORKSPACE, fs.readdirSync(folder)).filter((other) => other !== name);
    if (kill && 'afterWriteStartsMs' in kill) setTimeout(() => child.kill('SIGKILL'), kill.afterWriteStartsMs);
  });
  const timer = kill && 'afterMs' in kill ? setTimeout(() => child.kill('SIGKILL'), kill.afterMs) : null;
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      watcher.close();
      if (timer) clearTimeout(timer);
      const ended = performance.now();
      const writeMs = writeStarted === null ? null : ended - writeStarted;
      resolve({ code, killed: signal === 'SIGKILL', stderr, ms: ended - started, writeMs, stray });
    });
  });
}

type Version = { hash: string; imports: number };

/** Each file of the folder that should be a workspace: its content's hash and imports, or why it is not one. */
function inspect(sqlJs: SqlJsStatic, file: string): Version | string {
  if (!fs.existsSync(file)) return 'missing';
  const bytes = new Uint8Array(fs.readFileSync(file));
  const verdict = verifyWorkspace(sqlJs, bytes);
  if (!verdict.ok) return verdict.issues[0]?.message ?? 'refused';
  return { hash: createHash('sha256').update(bytes).digest('hex'), imports: verdict.value.imports };
}

/**
 * SIGKILLs `recondesk reconcile --workspace ws.sqlite` on the sample day, `iterations` times in
 * one folder: every other kill at a random time of a whole run, the others while the workspace
 * is written. After each: ws.sqlite is the old or the new workspace, every backup opens and the
 * three versions before the current one are kept; a run that gets to writing has first removed
 * the temp files killed runs left, and a run that completes leaves none.
 */
export async function runCliKillTest(options: CliKillOptions): Promise<CliKillReport> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const next = seededRandom(seed);
  const sqlJs = await initSqlJs();
  const report: CliKillReport = {
    ...{ iterations: 0, seed, killed: 0, killedWhileWriting: 0, old: 0, new: 0, torn: 0, copiesLost: 0 },
    ...{ tempsLeftByKill: 0, tempsAfterNextRun: 0, failedRuns: 0, seconds: 0, failures: [] },
  };
  if (!fs.existsSync(path.join(ROOT, 'out', 'cli', 'recondesk.mjs'))) {
    const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr.slice(-500)}`);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-cli-kill-'));
  const check = new FolderCheck(sqlJs, folder, report);
  const started = performance.now();
  try {
    // The first run makes the first workspace and says how long a run and its write take.
    const first = await reconcile(folder, DAYS[0], null);
    check.completed(first, DAYS[0], 'first run');
    const windowMs = { run: first.ms * 1.1, write: Math.max(5, first.writeMs ?? 0) * 1.2 };
    for (let iteration = 1; iteration <= options.iterations; iteration++) {
      const atWrite = iteration % 2 === 0;
      const delay = next() * (atWrite ? windowMs.write : windowMs.run);
      const kill = atWrite ? { afterWriteStartsMs: delay } : { afterMs: delay };
      const day = check.nextDay();
      const ended = await reconcile(folder, day, kill);
      const label = `iteration ${iteration} (kill ${atWrite ? 'once writing, +' : 'at '}${delay.toFixed(1)} ms)`;
      check.afterKill(ended, day, label);
      report.iterations = iteration;
      options.log?.(`${label}: ${ended.killed ? 'killed' : `exit ${ended.code}`}, ${check.describe()}`);
    }
    // The run after the last kill must clean up like every other.
    const day = check.nextDay();
    check.completed(await reconcile(folder, day, null), day, 'run after the last kill');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  report.seconds = Math.round((performance.now() - started) / 100) / 10;
  return report;
}

/** What the folder holds and must hold; tallies what it finds into the report. */
class FolderCheck {
  /** Each version that became the current file, oldest first. */
  private readonly history: Version[] = [];

  constructor(
    private readonly sqlJs: SqlJsStatic,
    private readonly folder: string,
    private readonly report: CliKillReport,
  ) {}

  nextDay(): Day {
    return DAYS.find((day) => day.imports !== this.history.at(-1)?.imports) ?? DAYS[0];
  }

  describe(): string {
    return `${this.history.length} versions, files ${fs.readdirSync(this.folder).sort().join(' ')}`;
  }

  completed(ended: Ended, day: Day, label: string): void {
    if (ended.code !== 0) this.fail('failedRuns', `${label}: exit ${ended.code}: ${ended.stderr.split('\n')[0]}`);
    this.current(day, label, false);
    const temps = orphanedTemps(WORKSPACE, fs.readdirSync(this.folder));
    if (temps.length > 0) this.fail('tempsAfterNextRun', `${label}: temp files after it completed: ${temps}`);
    this.copies(label);
  }

  afterKill(ended: Ended, day: Day, label: string): void {
    if (ended.stray.length > 0)
      this.fail('tempsAfterNextRun', `${label}: earlier temp files at its write: ${ended.stray}`);
    if (!ended.killed) return this.completed(ended, day, label);
    this.report.killed++;
    if (ended.writeMs !== null) this.report.killedWhileWriting++;
    this.current(day, label, true);
    this.copies(label);
    if (orphanedTemps(WORKSPACE, fs.readdirSync(this.folder)).length > 0) this.report.tempsLeftByKill++;
  }

  /** ws.sqlite is the version before the run or the one the run wrote (`day`). */
  private current(day: Day, label: string, killed: boolean): void {
    const found = inspect(this.sqlJs, path.join(this.folder, WORKSPACE));
    const before = this.history.at(-1);
    if (typeof found !== 'string' && found.hash === before?.hash) {
      if (killed) this.report.old++;
      else this.fail('failedRuns', `${label}: completed but ws.sqlite is still the old workspace`);
    } else if (typeof found !== 'string' && found.imports === day.imports) {
      if (killed) this.report.new++;
      this.history.push(found);
    } else {
      this.fail('torn', `${label}: ws.sqlite is neither the old nor the new workspace: ${JSON.stringify(found)}`);
    }
  }

  /** Every backup opens, newest first, and the three versions before the current one are among them. */
  private copies(label: string): void {
    const names = generationsOf(WORKSPACE, fs.readdirSync(this.folder)).map((g) => g.name);
    const found = names.map((name) => inspect(this.sqlJs, path.join(this.folder, name)));
    const bad = found.filter((copy): copy is string => typeof copy === 'string');
    const hashes = new Set(found.flatMap((copy) => (typeof copy === 'string' ? [] : [copy.hash])));
    const required = this.history.slice(-4, -1).filter((version) => !hashes.has(version.hash));
    if (bad.length > 0 || required.length > 0) {
      this.fail('copiesLost', `${label}: ${names.join(' ')}: ${bad.join('; ')}${required.length} versions missing`);
    }
  }

  private fail(counter: 'torn' | 'copiesLost' | 'tempsAfterNextRun' | 'failedRuns', failure: string): void {
    this.report[counter]++;
    this.report.failures.push(failure);
  }
}

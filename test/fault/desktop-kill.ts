import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { generationsOf, orphanedTemps } from '../../core/store/generations.ts';
import { createWorkspaceStore, WORKSPACE_FILE } from '../../electron/main/workspace.ts';
import { versionOf } from '../workspace-versions.ts';
import { buildSaveChild } from './build-child.ts';
import { seededRandom } from './seeded-random.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export type KillTestOptions = {
  iterations: number;
  seed?: number;
  /** Kills land uniformly in this many milliseconds after the child has started up. */
  windowMs?: number;
  /** Bytes of filler per workspace, so a save has something to write and check. */
  padding?: number;
  log?: (line: string) => void;
};

export type KillTestReport = {
  iterations: number;
  seed: number;
  /** Kills after which the current file did not open as the old or the new version. */
  torn: number;
  /** Kills after which a kept copy was missing, out of order, or did not open. */
  copiesLost: number;
  /** Kills that left a temp file behind, and temp files still there after the next start. */
  tempsLeftByKill: number;
  tempsAfterRestart: number;
  saves: number;
  seconds: number;
  failures: string[];
};

/** Runs the child until `delayMs` after it is ready, SIGKILLs it, and returns the last version it reported saved. */
/** A save child that has started up (sql.js loaded) and waits to be told where to save. */
type WarmChild = { child: ChildProcess; lines: AsyncIterator<string>; exited: Promise<NodeJS.Signals | number | null> };

function spawnWarm(script: string): WarmChild {
  const child = spawn(process.execPath, [script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | number | null>((done) =>
    child.on('exit', (code, signal) => done(signal ?? code)),
  );
  return { child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator](), exited };
}

async function nextLine(warm: WarmChild): Promise<string | null> {
  const next = await warm.lines.next();
  return next.done ? null : next.value;
}

type Run = { folder: string; first: number; padding: number; delayMs: number };

/** Lets a warm child save until `delayMs` after it is ready, SIGKILLs it, and returns the last version it reported saved. */
async function saveUntilKilled(warm: WarmChild, { folder, first, padding, delayMs }: Run): Promise<number | null> {
  if ((await nextLine(warm)) !== 'warm') throw new Error('save child did not start');
  warm.child.stdin?.end(`${folder}\t${first}\t${padding}\n`);
  let last: number | null = null;
  for (let line = await nextLine(warm); line !== null; line = await nextLine(warm)) {
    if (line === 'ready') setTimeout(() => warm.child.kill('SIGKILL'), delayMs);
    else if (line.startsWith('saved ')) last = Number(line.slice(6));
    else throw new Error(`save child: ${line}`);
  }
  const ended = await warm.exited;
  if (ended !== 'SIGKILL') throw new Error(`save child ended by itself (${String(ended)}) instead of being killed`);
  return last;
}

type FolderState = { current: number | null; copies: (number | null)[]; temps: number };

async function folderState(sqlJs: SqlJsStatic, folder: string): Promise<FolderState> {
  const names = await readdir(folder);
  const read = async (name: string) => versionOf(sqlJs, new Uint8Array(await readFile(join(folder, name))));
  const copies: (number | null)[] = [];
  for (const { name } of generationsOf(WORKSPACE_FILE, names)) copies.push(await read(name));
  const current = names.includes(WORKSPACE_FILE) ? await read(WORKSPACE_FILE) : null;
  return { current, copies, temps: orphanedTemps(WORKSPACE_FILE, names).length };
}

/** What must hold after a kill during the saves after the last one the child reported (`last`). */
function problemsAfterKill(state: FolderState, last: number): string[] {
  const problems: string[] = [];
  const { current, copies } = state;
  // Version 0 is the folder before the first save: no current file at all.
  const currentVersion = current ?? (state.copies.length === 0 ? 0 : null);
  if (currentVersion !== last && currentVersion !== last + 1) {
    problems.push(`torn: current is ${String(current)}, expected ${last} or ${last + 1}`);
  }
  if (copies.some((copy) => copy === null)) problems.push(`a kept copy does not open: ${JSON.stringify(copies)}`);
  if (copies.some((copy, index) => index > 0 && (copy ?? 0) >= (copies[index - 1] ?? 0))) {
    problems.push(`copies out of order: ${JSON.stringify(copies)}`);
  }
  // The three saves before the current one are always kept (the oldest of four goes only once the new file is in).
  const present = new Set([current, ...copies]);
  const required = [last, last - 1, last - 2].filter((version) => version >= 1);
  const missing = required.filter((version) => !present.has(version));
  if (missing.length > 0)
    problems.push(`copies lost: ${missing.join(', ')} (current ${current}, copies ${JSON.stringify(copies)})`);
  return problems;
}

/** The next start, as the app makes it: it must open the folder's current file and leave no temp file. */
async function problemsAfterRestart(sqlJs: SqlJsStatic, folder: string, state: FolderState): Promise<string[]> {
  const loaded = await createWorkspaceStore({ folder, sqlJs: () => Promise.resolve(sqlJs) }).load();
  const problems: string[] = [];
  const { temps } = await folderState(sqlJs, folder);
  if (temps > 0) problems.push(`${temps} temp files after the next start`);
  if (loaded.refused !== null) problems.push(`the next start refused ${loaded.refused.file}: ${loaded.refused.reason}`);
  const opened = loaded.bytes === null ? null : versionOf(sqlJs, loaded.bytes);
  if (opened !== state.current) problems.push(`the next start opened ${opened}, the current file is ${state.current}`);
  return problems;
}

/**
 * SIGKILLs the desktop's real save code at random points, `iterations` times in one folder, and
 * after each kill checks the folder, starts the app's workspace store again, and checks that start.
 */
export async function runDesktopKillTest(options: KillTestOptions): Promise<KillTestReport> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const next = seededRandom(seed);
  const sqlJs = await initSqlJs();
  const folder = await mkdtemp(join(tmpdir(), 'recondesk-kill-'));
  const report: KillTestReport = {
    iterations: 0,
    seed,
    torn: 0,
    copiesLost: 0,
    tempsLeftByKill: 0,
    tempsAfterRestart: 0,
    saves: 0,
    seconds: 0,
    failures: [],
  };
  const started = performance.now();
  const script = await buildSaveChild();
  let warm = spawnWarm(script);
  let version = 0;
  try {
    for (let iteration = 1; iteration <= options.iterations; iteration++) {
      const delayMs = Math.floor(next() * (options.windowMs ?? 250));
      const running = warm;
      // The next child starts up while this one saves and is checked.
      warm = spawnWarm(script);
      const reported = await saveUntilKilled(running, {
        folder,
        first: version + 1,
        padding: options.padding ?? 100_000,
        delayMs,
      });
      const state = await folderState(sqlJs, folder);
      const killed = problemsAfterKill(state, reported ?? version);
      const restarted = await problemsAfterRestart(sqlJs, folder, state);
      report.torn += killed.some((p) => p.startsWith('torn')) ? 1 : 0;
      report.copiesLost += killed.some((p) => !p.startsWith('torn')) ? 1 : 0;
      report.tempsLeftByKill += state.temps > 0 ? 1 : 0;
      report.tempsAfterRestart += restarted.some((p) => p.includes('temp files')) ? 1 : 0;
      for (const problem of [...killed, ...restarted])
        report.failures.push(`iteration ${iteration} (kill after ${delayMs} ms): ${problem}`);
      report.saves += Math.max(0, (state.current ?? version) - version);
      version = state.current ?? version;
      report.iterations = iteration;
      options.log?.(
        `${iteration}: killed after ${delayMs} ms, current ${version}, copies ${JSON.stringify(state.copies)}, temps ${state.temps}`,
      );
    }
  } finally {
    warm.child.kill('SIGKILL');
    await warm.exited;
    await rm(folder, { recursive: true, force: true });
  }
  report.seconds = Math.round((performance.now() - started) / 100) / 10;
  return report;
}

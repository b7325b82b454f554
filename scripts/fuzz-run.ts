import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'vite';
import { mutate, mutationAt, type MutationKind } from './fuzz-mutate.ts';
import type { FuzzAnswer, FuzzJob } from './fuzz-worker.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const REALWORLD = resolve(ROOT, '../shared/realworld');
/** The folder's notes and answer key, not statements. */
const NOT_STATEMENTS = new Set(['MANIFEST.md', 'expected.json']);

export type FuzzOptions = {
  seed: number;
  mutations: number;
  /** Replay only these mutation indexes of the seed. */
  only?: readonly number[];
  timeoutMs: number;
  /** The bound on a worker's heap, and on its heap plus buffers sampled at each read event. */
  memoryLimitMb: number;
  workers: number;
  folder?: string;
};

export type FuzzFinding = {
  index: number;
  file: string;
  kind: MutationKind;
  mutation: string;
  outcome: 'crash' | 'hang' | 'memory';
  message: string;
  bytes: Uint8Array;
};

export type FuzzReport = {
  seed: number;
  files: number;
  mutations: number;
  outcomes: Record<'imported' | 'refused' | 'crash' | 'hang' | 'memory', number>;
  kinds: Record<string, number>;
  /** Refusals by issue code: what the readers said about the damage. */
  refusals: Record<string, number>;
  findings: FuzzFinding[];
  peakMemory: { bytes: number; index: number; file: string };
  slowest: { milliseconds: number; index: number; file: string };
  seconds: number;
};

/** The worker bundled once into plain JavaScript (npm packages stay external), so each start costs no TypeScript compile. */
export async function buildFuzzWorker(): Promise<string> {
  const outDir = join(ROOT, 'out/fuzz');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        input: { 'fuzz-worker': join(ROOT, 'scripts/fuzz-worker.ts') },
        output: { entryFileNames: '[name].mjs', format: 'es' },
      },
    },
  });
  return join(outDir, 'fuzz-worker.mjs');
}

export function statementFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !NOT_STATEMENTS.has(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

type Job = Omit<FuzzJob, 'memoryLimitBytes'> & { file: string; kind: MutationKind; mutation: string };
type Settled = { answer: FuzzAnswer } | { failure: 'hang' | 'memory' | 'crash'; message: string };

/** Runs one job in the worker, bounded in time; a worker that hangs or runs out of memory is thrown away. */
function runJob(worker: Worker, job: Job, timeoutMs: number, memoryLimitBytes: number): Promise<Settled> {
  return new Promise((done) => {
    const finish = (settled: Settled): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      done(settled);
    };
    const timer = setTimeout(() => finish({ failure: 'hang', message: `no answer within ${timeoutMs} ms` }), timeoutMs);
    const onMessage = (answer: FuzzAnswer): void => finish({ answer });
    const onError = (error: Error & { code?: string }): void =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { failure: 'memory', message: error.message }
          : { failure: 'crash', message: error.stack ?? error.message },
      );
    const onExit = (code: number): void => finish({ failure: 'crash', message: `the worker exited with ${code}` });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ index: job.index, name: job.name, bytes: job.bytes, memoryLimitBytes } satisfies FuzzJob);
  });
}

function jobsOf(options: FuzzOptions, folder: string, files: readonly string[]): Job[] {
  const indexes = options.only ?? Array.from({ length: options.mutations }, (_, index) => index);
  const cache = new Map<string, Uint8Array>();
  return indexes.map((index) => {
    const { file: fileIndex, random, kind } = mutationAt(options.seed, index, files.length);
    const file = files[fileIndex] ?? '';
    const original = cache.get(file) ?? new Uint8Array(readFileSync(join(folder, file)));
    cache.set(file, original);
    const mutation = mutate(kind, random, original);
    const name = file.split('/').pop() ?? file;
    return { index, name, bytes: mutation.bytes, file, kind, mutation: mutation.detail };
  });
}

export async function runFuzz(options: FuzzOptions, workerFile: string): Promise<FuzzReport> {
  const started = performance.now();
  const folder = options.folder ?? REALWORLD;
  const files = statementFiles(folder);
  const jobs = jobsOf(options, folder, files);
  const report: FuzzReport = {
    seed: options.seed,
    files: files.length,
    mutations: jobs.length,
    outcomes: { imported: 0, refused: 0, crash: 0, hang: 0, memory: 0 },
    kinds: {},
    refusals: {},
    findings: [],
    peakMemory: { bytes: 0, index: -1, file: '' },
    slowest: { milliseconds: 0, index: -1, file: '' },
    seconds: 0,
  };
  const spawn = (): Worker =>
    new Worker(workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: options.memoryLimitMb, maxYoungGenerationSizeMb: 32 },
    });
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker = spawn();
    while (next < jobs.length) {
      const job = jobs[next++];
      if (job === undefined) break;
      const settled = await runJob(worker, job, options.timeoutMs, options.memoryLimitMb * 2 ** 20);
      record(report, job, settled);
      if (!('answer' in settled) || settled.answer.outcome === 'crash' || settled.answer.outcome === 'memory') {
        await worker.terminate();
        worker = spawn();
      }
    }
    await worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, lane));
  report.findings.sort((a, b) => a.index - b.index);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

function record(report: FuzzReport, job: Job, settled: Settled): void {
  report.kinds[job.kind] = (report.kinds[job.kind] ?? 0) + 1;
  const outcome = 'answer' in settled ? settled.answer.outcome : settled.failure;
  report.outcomes[outcome]++;
  if ('answer' in settled) {
    const { peakMemoryBytes, milliseconds } = settled.answer;
    if (peakMemoryBytes > report.peakMemory.bytes)
      report.peakMemory = { bytes: peakMemoryBytes, index: job.index, file: job.file };
    if (milliseconds > report.slowest.milliseconds) report.slowest = { milliseconds, index: job.index, file: job.file };
  }
  if (outcome === 'refused' && 'answer' in settled) {
    const code = settled.answer.detail.split(':')[0] ?? '';
    report.refusals[code] = (report.refusals[code] ?? 0) + 1;
  }
  if (outcome === 'imported' || outcome === 'refused') return;
  const message = 'answer' in settled ? settled.answer.detail : settled.message;
  report.findings.push({
    index: job.index,
    file: job.file,
    kind: job.kind,
    mutation: job.mutation,
    outcome,
    message,
    bytes: job.bytes,
  });
}

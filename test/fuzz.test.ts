// The short fuzz run of every test run: 200 damaged copies of the real statement files, each read
// through the engine in a worker bounded in time and memory, none may crash, hang or run out of
// memory. `npm run fuzz` runs longer, with any seed; a finding replays with its seed and index.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate, mutationAt } from '../scripts/fuzz-mutate.ts';
import { buildFuzzWorker, runFuzz } from '../scripts/fuzz-run.ts';
import { readFileSync } from 'node:fs';

/** The damaged bytes mutation `index` of `seed` makes of `file`: what a finding must have kept. */
function jobBytes(seed: number, index: number, file: string, folder: string): Uint8Array {
  const { random, kind } = mutationAt(seed, index, 1);
  return mutate(kind, random, new Uint8Array(readFileSync(join(folder, file)))).bytes;
}

const SEED = 20261207;

describe('the engine under 200 damaged real statements', () => {
  it('refuses or imports every one, with no crash, hang or memory overflow', async () => {
    const report = await runFuzz(
      { seed: SEED, mutations: 200, timeoutMs: 15_000, memoryLimitMb: 256, workers: 2 },
      await buildFuzzWorker(),
    );
    const findings = report.findings.map(
      (f) => `#${f.index} ${f.outcome} ${f.file} (${f.kind}: ${f.mutation}): ${f.message}`,
    );
    expect(findings).toEqual([]);
    expect(report.files).toBeGreaterThan(200);
    expect(report.kinds).toEqual({
      'bit-flips': 40,
      truncation: 40,
      'repeated-chunk': 40,
      'inserted-chunk': 40,
      'encoding-swap': 40,
    });
    expect(report.outcomes.imported + report.outcomes.refused).toBe(200);
    // Both happen: damage the readers survive, and damage they refuse with a message.
    expect(report.outcomes.imported).toBeGreaterThan(20);
    expect(report.outcomes.refused).toBeGreaterThan(20);
  });

  it('damages a file the same way for the same seed and index, and differently for another index', () => {
    const bytes = new TextEncoder().encode('Datum;Betrag;Verwendungszweck\n01.03.2024;-12,50;Miete\n'.repeat(20));
    const once = mutationAt(SEED, 7, 10);
    const again = mutationAt(SEED, 7, 10);
    expect(again.file).toBe(once.file);
    expect(mutate(again.kind, again.random, bytes)).toEqual(mutate(once.kind, once.random, bytes));
    const other = mutationAt(SEED, 12, 10);
    expect(mutate(other.kind, other.random, bytes).bytes).not.toEqual(bytes);
  });
});

describe('the harness', () => {
  let folder = '';
  let worker = '';

  /** A stand-in engine that hangs, runs out of heap or throws on the file named so. */
  const MISBEHAVING = `
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', (job) => {
      if (job.name === 'hang.csv') for (;;);
      if (job.name === 'heap.csv') { const kept = []; for (;;) kept.push(new Array(1e5).fill(job.index)); }
      if (job.name === 'throw.csv') throw new Error('reader bug');
      parentPort.postMessage({ index: job.index, outcome: 'refused', detail: 'fine', peakMemoryBytes: 1, milliseconds: 1 });
    });`;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'recondesk-fuzz-'));
    worker = join(folder, 'worker.mjs');
    await writeFile(worker, MISBEHAVING);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  // Running out of heap takes V8 a second or two of collecting first: that case gets more time.
  it.each([
    ['hang.csv', 'hang', 1_000],
    ['heap.csv', 'memory', 20_000],
    ['throw.csv', 'crash', 1_000],
  ])('reports %s as a %s and keeps the input that caused it', async (name, outcome, timeoutMs) => {
    const files = await mkdtemp(join(folder, 'files-'));
    await writeFile(join(files, name), 'a,b\n1,2\n');
    const report = await runFuzz(
      { seed: 1, mutations: 1, timeoutMs, memoryLimitMb: 32, workers: 1, folder: files },
      worker,
    );
    expect(report.outcomes[outcome as 'hang' | 'memory' | 'crash']).toBe(1);
    expect(report.findings.map((finding) => [finding.file, finding.outcome])).toEqual([[name, outcome]]);
    const { file, index } = report.findings[0] ?? { file: '', index: -1 };
    expect(report.findings[0]?.bytes).toEqual(jobBytes(1, index, file, files));
  });
});

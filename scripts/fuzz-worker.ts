/**
 * One fuzz worker: reads each file it is sent through the engine's import (detect, decode, read,
 * normalize, the file's own control totals) and answers what became of it. The engine must end
 * every file in exactly one `end` (with rows = imported + rejected) or one `error` naming the
 * problem; a throw, or anything else, is a crash. Memory, the heap and the buffers outside it
 * (inflated archives, decoded text), is sampled at every read event; past the job's bound the
 * read stops and counts as out of memory (the worker's heap limit covers the heap between samples).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { createSha256 } from '../core/import/hash.ts';
import { readFile } from '../core/import/read-file.ts';
import { bytesSource } from '../core/import/types.ts';
import { builtinProfiles } from '../core/profile/builtin.ts';

export type FuzzJob = { index: number; name: string; bytes: Uint8Array; memoryLimitBytes: number };
export type FuzzAnswer = {
  index: number;
  outcome: 'imported' | 'refused' | 'crash' | 'memory';
  detail: string;
  peakMemoryBytes: number;
  milliseconds: number;
};

class OverMemory extends Error {}

/** This worker's heap in use plus its array buffers (per isolate in a worker thread). */
const memoryInUse = (): number => getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers;

const profiles = builtinProfiles();

async function readOne(job: FuzzJob, sample: () => void): Promise<Pick<FuzzAnswer, 'outcome' | 'detail'>> {
  let ends = 0;
  let errors = 0;
  let detail = '';
  for await (const event of readFile(bytesSource(job.name, job.bytes), { profiles, createHasher: createSha256 })) {
    sample();
    if (event.type === 'end') {
      ends++;
      const { rows, imported, rejected } = event.totals;
      if (rows !== imported + rejected) return { outcome: 'crash', detail: `rows ${rows} ≠ ${imported} + ${rejected}` };
      detail = `${imported} imported, ${rejected} rejected`;
    }
    if (event.type === 'error') {
      errors++;
      if (event.issue.message.trim() === '')
        return { outcome: 'crash', detail: `error ${event.issue.code} with no message` };
      detail = `${event.issue.code}: ${event.issue.message.slice(0, 160)}`;
    }
  }
  if (ends + errors !== 1) return { outcome: 'crash', detail: `${ends} end and ${errors} error events` };
  return { outcome: ends === 1 ? 'imported' : 'refused', detail };
}

parentPort?.on('message', (job: FuzzJob) => {
  let peakMemoryBytes = memoryInUse();
  const sample = (): void => {
    peakMemoryBytes = Math.max(peakMemoryBytes, memoryInUse());
    if (peakMemoryBytes > job.memoryLimitBytes) throw new OverMemory(`${peakMemoryBytes} bytes in use`);
  };
  const started = performance.now();
  const answer = (result: Pick<FuzzAnswer, 'outcome' | 'detail'>): void => {
    const milliseconds = performance.now() - started;
    parentPort?.postMessage({ index: job.index, ...result, peakMemoryBytes, milliseconds } satisfies FuzzAnswer);
  };
  readOne(job, sample).then(answer, (error: unknown) =>
    answer(
      error instanceof OverMemory
        ? { outcome: 'memory', detail: error.message }
        : { outcome: 'crash', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    ),
  );
});

/**
 * One fuzz worker: reads each file it is sent through the engine's import (detect, decode, read,
 * normalize, the file's own control totals) and answers what became of it. The engine must end
 * every file in exactly one `end` (with rows = imported + rejected) or one `error` naming the
 * problem; a throw, or anything else, is a crash. The heap is sampled at every read event.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { createSha256 } from '../core/import/hash.ts';
import { readFile } from '../core/import/read-file.ts';
import { bytesSource } from '../core/import/types.ts';
import { builtinProfiles } from '../core/profile/builtin.ts';

export type FuzzJob = { index: number; name: string; bytes: Uint8Array };
export type FuzzAnswer = {
  index: number;
  outcome: 'imported' | 'refused' | 'crash';
  detail: string;
  peakHeapBytes: number;
  milliseconds: number;
};

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
  let peakHeapBytes = getHeapStatistics().used_heap_size;
  const sample = (): void => {
    peakHeapBytes = Math.max(peakHeapBytes, getHeapStatistics().used_heap_size);
  };
  const started = performance.now();
  const answer = (result: Pick<FuzzAnswer, 'outcome' | 'detail'>): void => {
    sample();
    parentPort?.postMessage({ index: job.index, ...result, peakHeapBytes, milliseconds: performance.now() - started });
  };
  readOne(job, sample).then(answer, (error: unknown) =>
    answer({ outcome: 'crash', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

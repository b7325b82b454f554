/**
 * `npm run fuzz`: damages the real statement files of ../shared/realworld (bit flips, truncation,
 * repeated and inserted chunks, encoding swaps) and reads each result through the engine in a
 * worker bounded in time and memory. Prints the outcomes, the peak memory and the slowest file, and
 * every crash, hang or out-of-memory with the command that replays it; each such input is saved.
 * Usage: tsx scripts/fuzz.ts [--seed N] [--mutations 2000] [--only 12,40] [--timeout 10000]
 *        [--memory 512] [--workers 2] [--save out/fuzz/findings]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFuzzWorker, runFuzz, type FuzzReport } from './fuzz-run.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    mutations: { type: 'string', default: '2000' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '10000' },
    memory: { type: 'string', default: '512' },
    workers: { type: 'string', default: '2' },
    save: { type: 'string', default: 'out/fuzz/findings' },
  },
});

const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(values.seed);
const only = values.only?.split(',').map(Number);
const options = {
  seed,
  mutations: Number(values.mutations),
  timeoutMs: Number(values.timeout),
  memoryLimitMb: Number(values.memory),
  workers: Number(values.workers),
  ...(only === undefined ? {} : { only }),
};

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function print(report: FuzzReport): void {
  const { outcomes } = report;
  console.log(
    `seed ${report.seed}: ${report.mutations} mutations of ${report.files} files in ${report.seconds.toFixed(1)} s`,
  );
  console.log(
    `  by kind: ${Object.entries(report.kinds)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}`,
  );
  console.log(
    `  imported ${outcomes.imported}, refused with a message ${outcomes.refused}, crashes ${outcomes.crash}, hangs ${outcomes.hang}, out of memory ${outcomes.memory}`,
  );
  const refusals = Object.entries(report.refusals).sort(([, a], [, b]) => b - a);
  console.log(`  refusals by code: ${refusals.map(([code, count]) => `${code} ${count}`).join(', ')}`);
  const { peakMemory } = report;
  console.log(`  peak memory (heap + buffers) ${mb(peakMemory.bytes)} (#${peakMemory.index} ${peakMemory.file})`);
  console.log(
    `  slowest ${report.slowest.milliseconds.toFixed(0)} ms (#${report.slowest.index} ${report.slowest.file})`,
  );
  console.log(`  process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

const report = await runFuzz(options, await buildFuzzWorker());
print(report);
if (report.findings.length > 0) {
  const folder = resolve(values.save);
  mkdirSync(folder, { recursive: true });
  for (const finding of report.findings) {
    const saved = join(folder, `seed-${seed}-${finding.index}${extname(finding.file)}`);
    writeFileSync(saved, finding.bytes);
    console.log(
      `\n${finding.outcome.toUpperCase()} #${finding.index} ${finding.file} (${finding.kind}: ${finding.mutation})`,
    );
    console.log(`  ${finding.message.split('\n').slice(0, 6).join('\n  ')}`);
    console.log(`  saved ${saved}; replay: npm run fuzz -- --seed ${seed} --only ${finding.index}`);
  }
  process.exitCode = 1;
}

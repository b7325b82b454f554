// Rows per second and peak RSS of each reader: a real statement from ../shared/realworld is grown
// to N entries (scripts/grow-statements.ts; the order export and Alipay bill are the bench's
// generated ones), written to disk once, then streamed from disk through the engine's import
// path (decode, parse, map, validate, encode for the store) in a fresh process per run, so peak
// RSS belongs to that reader alone. Each reader runs at every size (100k and 1M entries by
// default), three times, the median shown with the range; a reader in fixed memory peaks the
// same at both sizes. The last column is the floor under it: the file read, hashed and decoded
// with no parsing.
//
//   npx tsx scripts/bench-readers.ts [--entries 100000,1000000] [--runs 3] [--only camt]
//                                    [--data .cache/bench/100000-42]
//
// Prints one Markdown table. Run by `npm run bench` after the reconciliation timings.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hasher } from '../core/import/hash.ts';
import { readFile } from '../core/import/read-file.ts';
import type { ByteSource } from '../core/import/types.ts';
import { builtinProfiles } from '../core/profile/builtin.ts';
import { GROWN } from './grow-statements.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const SIZES = option('entries', '100000,1000000').split(',').map(Number);
const RUNS = Number(option('runs', '3'));
/** Only the readers whose name starts with this (`--only camt`). */
const ONLY = option('only', '');
const DATA = path.resolve(ROOT, option('data', '.cache/bench/100000-42'));
const GROWN_DIR = path.resolve(ROOT, '.cache/bench-readers');

/** A reader's case: its name, the file it reads at a size (made when missing), and the sample it grows from. */
type Case = {
  format: string;
  sample: string;
  file: (entries: number) => Promise<string>;
  sized: boolean;
  /** The most entries it is grown to: a reader that still reads the whole file (exceljs) would take many GB. */
  most?: number;
};

const benchFile = (name: string) => async () => path.join(DATA, name);

function grownCase(format: string, most?: number): Case {
  const grown = GROWN[format];
  if (!grown) throw new Error(`no grown ${format}`);
  return {
    format,
    sample: grown.sample,
    sized: true,
    ...(most === undefined ? {} : { most }),
    file: async (entries) => {
      const file = path.join(GROWN_DIR, `${format.replace(/\W+/g, '-')}-${entries}${grown.extension}`);
      if (!fs.existsSync(file)) {
        fs.mkdirSync(GROWN_DIR, { recursive: true });
        await grown.write(entries, `${file}.part`);
        fs.renameSync(`${file}.part`, file);
      }
      return file;
    },
  };
}

const CASES: Case[] = [
  {
    format: 'csv (Alipay merchant bill, GBK)',
    sample: 'bench alipay.csv',
    file: benchFile('alipay.csv'),
    sized: false,
  },
  { format: 'csv (order export)', sample: 'bench orders.csv', file: benchFile('orders.csv'), sized: false },
  grownCase('camt.053'),
  grownCase('mt940'),
  grownCase('xlsx', 100_000),
  grownCase('json (Stripe list)'),
  grownCase('ndjson (orders)'),
  grownCase('bai2'),
  grownCase('ofx'),
];

/** Node's SHA-256, as the CLI hashes every file it reads. */
const createHasher = (): Hasher => {
  const hash = createHash('sha256');
  return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('hex') };
};

type Measured = { rows: number; entries: number; seconds: number; mb: number; peak: number; outcome: string };

/**
 * The floor under a reader: the file read from disk, hashed and decoded to text with no parsing
 * (`--floor`), as every reader must at least do.
 */
async function floor(file: string): Promise<void> {
  const started = performance.now();
  const hasher = createHasher();
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    hasher.update(chunk);
    decoder.decode(chunk, { stream: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({ rows: 0, entries: 0, seconds, mb: 0, peak: process.resourceUsage().maxRSS / 1024, outcome: '' }),
  );
}

async function measure(file: string): Promise<void> {
  const size = fs.statSync(file).size;
  const source: ByteSource = {
    name: path.basename(file),
    size,
    stream: () => fs.createReadStream(file, { highWaterMark: 1 << 20 }),
  };
  const started = performance.now();
  const measured: Measured = { rows: 0, entries: 0, seconds: 0, mb: size / 1e6, peak: 0, outcome: '' };
  for await (const event of readFile(source, { profiles: builtinProfiles(), createHasher })) {
    if (event.type === 'end') Object.assign(measured, { rows: event.totals.rows, entries: event.totals.entries });
    if (event.type === 'error') measured.outcome = event.issue.message;
  }
  measured.seconds = (performance.now() - started) / 1000;
  measured.peak = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify(measured));
}

function parseMeasured(line: string): Measured | null {
  try {
    return JSON.parse(line) as Measured;
  } catch {
    return null;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const count = (value: number) => Math.round(value).toLocaleString('en-US');

async function row(test: Case, entries: number): Promise<string> {
  const file = await test.file(entries);
  const runs: Measured[] = [];
  for (let run = 0; run < RUNS; run++) {
    const self = [...process.execArgv, fileURLToPath(import.meta.url), '--one', file];
    const child = spawnSync(process.execPath, self, { encoding: 'utf8', maxBuffer: 1 << 24 });
    const result = parseMeasured(child.stdout.trim().split('\n').pop() ?? '');
    if (!result || result.outcome) {
      const why = result?.outcome ?? child.stderr.trim().split('\n').slice(-1)[0] ?? 'failed';
      return `| ${test.format} | ${test.sample} | – | – | – | – | not read: ${why.replaceAll('|', '\\|')} | – | – |`;
    }
    runs.push(result);
  }
  const floorRun = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--one', file, '--floor'],
    {
      encoding: 'utf8',
    },
  );
  const floorSeconds = parseMeasured(floorRun.stdout.trim().split('\n').pop() ?? '')?.seconds;
  const first = runs[0] as Measured;
  const rates = runs.map((run) => run.rows / run.seconds);
  const seconds = runs.map((run) => run.seconds);
  const peaks = runs.map((run) => run.peak);
  const cells = [
    count(first.rows),
    count(first.entries),
    first.mb.toFixed(1),
    `${median(seconds).toFixed(2)} (${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)})`,
    count(median(rates)),
    count(median(peaks)),
    floorSeconds === undefined ? '–' : floorSeconds.toFixed(2),
  ];
  return `| ${test.format} | ${test.sample} | ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const lines = [
    `| reader | file grown from | rows | entries | MB | s (median, range of ${RUNS}) | rows/s | peak RSS MiB | read floor s |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const chosen = CASES.filter((test) => ONLY === '' || test.format.startsWith(ONLY));
  for (const test of chosen)
    for (const entries of test.sized ? SIZES.filter((size) => size <= (test.most ?? size)) : [0]) {
      const line = await row(test, entries);
      lines.push(line);
      if (ONLY !== '') console.error(line);
    }
  console.log('### Readers (streamed from disk, one process per run)\n');
  console.log(lines.join('\n'));
}

const one = args.indexOf('--one');
if (one >= 0) await (args.includes('--floor') ? floor : measure)(args[one + 1] as string);
else await main();

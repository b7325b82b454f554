// Rows per second of each reader: a real statement from ../shared/realworld (or the bench's
// generated bills) is grown by repeating its entry block, written to a temporary file and streamed
// from disk through the engine's import path (decode, parse, map, validate, encode for the store)
// in a fresh process, so peak RSS belongs to that reader alone. Streaming readers (CSV) run under a
// fixed V8 heap budget to show that their memory does not grow with the file; document formats
// (XML, MT940, OFX, BAI2, JSON, XLSX) are read whole and grown to a size such files really have.
//
//   npx tsx scripts/bench-readers.ts [--entries 200000] [--data .cache/bench/100000-42]
//
// Prints one Markdown table. Run by `npm run bench` after the reconciliation timings.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { createSha256 } from '../core/import/hash.ts';
import { readFile } from '../core/import/read-file.ts';
import type { ByteSource } from '../core/import/types.ts';
import { builtinProfiles } from '../core/profile/builtin.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REAL = path.resolve(ROOT, '..', 'shared', 'realworld');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const ENTRIES = Number(option('entries', '200000'));
/** Only the readers whose format starts with this (`--only camt`). */
const ONLY = option('only', '');
const DATA = path.resolve(ROOT, option('data', '.cache/bench/100000-42'));
/** Heap (MiB) a streaming reader must fit in, whatever the size of the file. */
const STREAMING_HEAP_MIB = 256;

/** A reader's case: how to make its file, and the heap budget of a streaming reader. */
type Case = { format: string; sample: string; make: () => Promise<Uint8Array>; heapMiB?: number };

/** Repeat the text from the first `start` up to the `end` after it until about `entries` entries. */
function grow(relative: string, start: string, end: string, entry: RegExp, entries: number) {
  return async (): Promise<Uint8Array> => {
    const text = fs.readFileSync(path.join(REAL, relative), 'latin1');
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from < 0 || to <= from) throw new Error(`${relative}: no entry block between ${start} and ${end}`);
    const block = text.slice(from, to);
    const per = Math.max(1, block.match(entry)?.length ?? 1);
    const grown = text.slice(0, from) + block.repeat(Math.ceil(entries / per)) + text.slice(to);
    return new Uint8Array(Buffer.from(grown, 'latin1'));
  };
}

const benchFile = (name: string) => async () => new Uint8Array(fs.readFileSync(path.join(DATA, name)));

const CASES: Case[] = [
  {
    format: 'csv (Alipay merchant bill, GBK)',
    sample: 'bench alipay.csv',
    make: benchFile('alipay.csv'),
    heapMiB: STREAMING_HEAP_MIB,
  },
  {
    format: 'csv (order export)',
    sample: 'bench orders.csv',
    make: benchFile('orders.csv'),
    heapMiB: STREAMING_HEAP_MIB,
  },
  {
    format: 'mt940',
    sample: 'mt940/mbank-pl_wolph.sta',
    make: grow('mt940/mbank-pl_wolph.sta', '\n:61:', '\n:62F:', /\n:61:/g, ENTRIES),
  },
  {
    format: 'camt.053',
    sample: 'camt053/genkgo_camt053-v2-all-balance-types.xml',
    make: grow('camt053/genkgo_camt053-v2-all-balance-types.xml', '<Ntry>', '</Stmt>', /<Ntry>/g, ENTRIES),
  },
  {
    format: 'ofx',
    sample: 'ofx/sgml102-checking_ofxparse.ofx',
    make: grow('ofx/sgml102-checking_ofxparse.ofx', '<STMTTRN>', '</BANKTRANLIST>', /<STMTTRN>/g, ENTRIES),
  },
  {
    format: 'bai2',
    sample: 'bai2/canadian-bank-cad-sample1_moov.bai2',
    make: grow('bai2/canadian-bank-cad-sample1_moov.bai2', '\n16,', '\n49,', /\n16,/g, ENTRIES),
  },
  {
    format: 'json (Stripe list)',
    sample: 'stripe_json/balance-transactions-list-envelope_airbyte.json',
    make: stripeList,
  },
  { format: 'xlsx', sample: 'generic_sheet/oca-sheet_sample_statement_en.xlsx', make: workbook },
];

async function stripeList(): Promise<Uint8Array> {
  const list = JSON.parse(
    fs.readFileSync(path.join(REAL, 'stripe_json/balance-transactions-list-envelope_airbyte.json'), 'utf8'),
  ) as { data: unknown[] };
  const data = Array.from({ length: ENTRIES }, (_, i) => list.data[i % list.data.length]);
  return new TextEncoder().encode(JSON.stringify({ ...list, data }, null, 2));
}

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(REAL, 'generic_sheet/oca-sheet_sample_statement_en.xlsx'));
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('sample workbook has no sheet');
  const last = sheet.getRow(sheet.rowCount).values as ExcelJS.CellValue[];
  for (let i = sheet.rowCount; i < ENTRIES; i++) sheet.addRow(last.slice(1));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function measure(index: number): Promise<void> {
  const test = CASES[index];
  if (!test) throw new Error(`no case ${index}`);
  const bytes = await test.make();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-readers-'));
  const file = path.join(folder, path.basename(test.sample.replace('bench ', '')));
  fs.writeFileSync(file, bytes);
  const source: ByteSource = {
    name: path.basename(file),
    size: bytes.byteLength,
    stream: () => fs.createReadStream(file, { highWaterMark: 1 << 20 }),
  };
  const started = performance.now();
  let rows = 0;
  let outcome = '';
  for await (const event of readFile(source, { profiles: builtinProfiles(), createHasher: createSha256 })) {
    if (event.type === 'end') rows = event.totals.rows;
    if (event.type === 'error') outcome = event.issue.message;
  }
  const seconds = (performance.now() - started) / 1000;
  fs.rmSync(folder, { recursive: true, force: true });
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ rows, seconds, mb: bytes.byteLength / 1e6, peak, outcome }));
}

type Measured = { rows: number; seconds: number; mb: number; peak: number; outcome: string };

function parseMeasured(line: string): Measured | null {
  try {
    return JSON.parse(line) as Measured;
  } catch {
    return null;
  }
}

function row(test: Case, index: number): string {
  const heap = test.heapMiB ? [`--max-old-space-size=${test.heapMiB}`] : [];
  const self = [...heap, ...process.execArgv, fileURLToPath(import.meta.url), '--one', String(index), ...args];
  const run = spawnSync(process.execPath, self, { encoding: 'utf8' });
  const result = parseMeasured(run.stdout.trim().split('\n').pop() ?? '');
  const budget = test.heapMiB ? `${test.heapMiB} MiB heap` : 'whole file';
  if (!result || result.outcome) {
    const why = result?.outcome ?? run.stderr.trim().split('\n').slice(-1)[0] ?? 'failed';
    return `| ${test.format} | ${test.sample} | – | – | – | not read: ${why.replaceAll('|', '\\|')} | – | ${budget} |`;
  }
  const rate = Math.round(result.rows / result.seconds).toLocaleString('en-US');
  const cells = [result.rows.toLocaleString('en-US'), result.mb.toFixed(1), result.seconds.toFixed(2), rate];
  return `| ${test.format} | ${test.sample} | ${cells.join(' | ')} | ${result.peak.toFixed(0)} | ${budget} |`;
}

function main(): void {
  const lines = [
    '| reader | file grown from | rows | MB | s | rows/s | peak RSS MiB | memory |',
    '|---|---|---|---|---|---|---|---|',
    ...CASES.filter((test) => ONLY === '' || test.format.startsWith(ONLY)).map((test) => row(test, CASES.indexOf(test))),
  ];
  console.log('### Readers (streamed from disk, one process per reader)\n');
  console.log(lines.join('\n'));
}

const one = args.indexOf('--one');
if (one >= 0) await measure(Number(args[one + 1]));
else main();

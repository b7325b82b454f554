#!/usr/bin/env node
// Runs every real statement file of ../shared/realworld through `recondesk convert --json` and
// compares what ReconDesk read with the folder's expected.json: detected by a profile, imported,
// the file's own entry count and net amount, and its control totals holding or not as expected.
// A file marked invalid must end in a clear error or a flagged import within 5 s.
//
//   npm run realworld [-- --only mt940,ofx] [--verbose]
//
// Prints one Markdown table per format and the totals; exits 0 (a report, not a test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = path.resolve(ROOT, '..', 'shared', 'realworld');
const CLI = path.join(ROOT, 'bin', 'recondesk.mjs');
const TIMEOUT_MS = 5000;

const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const verbose = args.includes('--verbose');

const expected = JSON.parse(fs.readFileSync(path.join(FOLDER, 'expected.json'), 'utf8'));
if (!fs.existsSync(path.join(ROOT, 'out', 'cli', 'recondesk.mjs'))) {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'recondesk-realworld-'));

/** What ReconDesk made of one file, as `convert --json` reports it (or how it failed). */
function convert(file) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [CLI, 'convert', file, '--to', 'ndjson', '--out', out, '--json'], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  const seconds = (Date.now() - started) / 1000;
  if (run.error?.code === 'ETIMEDOUT') return { outcome: 'hang', seconds };
  const last = (run.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    const entry = JSON.parse(last).files?.[file];
    if (entry) return { outcome: entry.error ? 'error' : 'imported', seconds, ...entry };
  } catch {
    // not JSON: a crash
  }
  return { outcome: 'crash', seconds, error: (run.stderr ?? '').trim().split('\n').slice(-3).join(' ') };
}

/** The net in `currency`; a file that states no currency (null) is read in the one its profile assumes. */
function netIn(nets, currency) {
  const values = Object.values(nets ?? {});
  if (currency === null) return values.length === 1 ? values[0] : undefined;
  return nets?.[currency] ?? 0;
}

/** Judge one file against its expectations. */
function judge(want, got) {
  if (!want.valid) {
    // Never clean: refused, or imported with a control mismatch, rejected rows or a warning.
    const flagged = got.control === 'mismatch' || got.rejected > 0 || (got.warnings ?? []).length > 0;
    const clear = got.outcome === 'error' || (got.outcome === 'imported' && flagged);
    return {
      detected: null,
      imported: null,
      entries: null,
      net: null,
      control: null,
      ok: clear,
      why: clear
        ? ''
        : `invalid file ${got.outcome === 'imported' ? 'imported silently' : `ended in a ${got.outcome}`}`,
    };
  }
  // An error counts as detected only when it names the profile that read the file.
  const detected = got.outcome === 'imported' || /\(profile [a-z0-9-]+\)/.test(got.error ?? '');
  // Amounts finer than the currency are refused, never rounded: such rejections are deliberate.
  const shown = got.rejections ?? [];
  const deliberate = shown.length === got.rejected && shown.every((r) => r.endsWith('never rounded'));
  const imported = got.outcome === 'imported' && (got.rejected === 0 || deliberate);
  const entries = imported && got.entries === want.entries;
  const net = imported && (want.net_minor === null || netIn(got.net_minor, want.currency) === want.net_minor);
  const control = imported && got.control === want.control;
  const why =
    got.outcome !== 'imported'
      ? `${got.outcome}: ${got.error ?? ''}`
      : !imported
        ? `${got.rejected} rows rejected: ${(got.rejections ?? []).join(' / ')}`
        : !entries
          ? `entries ${got.entries}, expected ${want.entries}`
          : !net
            ? `net ${JSON.stringify(got.net_minor)}, expected ${want.net_minor} ${want.currency}`
            : !control
              ? `control ${got.control}, expected ${want.control}`
              : '';
  return { detected, imported, entries, net, control, ok: detected && imported && entries && net && control, why };
}

const byFormat = new Map();
for (const [relative, want] of Object.entries(expected)) {
  if (only && !only.has(want.format)) continue;
  const got = convert(path.join(FOLDER, relative));
  const verdict = judge(want, got);
  const rows = byFormat.get(want.format) ?? [];
  rows.push({ relative, want, got, verdict });
  byFormat.set(want.format, rows);
  if (verbose) console.error(`${verdict.ok ? 'ok  ' : 'FAIL'} ${relative} ${verdict.why}`);
}
fs.rmSync(out, { recursive: true, force: true });

const count = (rows, key) => rows.filter((r) => r.verdict[key] === true).length;
const lines = [
  '| format | files | valid | detected | imported | entries right | net right | controls right | invalid handled | all right |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
const total = {
  files: 0,
  valid: 0,
  detected: 0,
  imported: 0,
  entries: 0,
  net: 0,
  control: 0,
  invalid: 0,
  invalidOk: 0,
  ok: 0,
};
for (const [format, rows] of [...byFormat].sort()) {
  const valid = rows.filter((r) => r.want.valid);
  const invalid = rows.filter((r) => !r.want.valid);
  const figures = {
    files: rows.length,
    valid: valid.length,
    detected: count(valid, 'detected'),
    imported: count(valid, 'imported'),
    entries: count(valid, 'entries'),
    net: count(valid, 'net'),
    control: count(valid, 'control'),
    invalid: invalid.length,
    invalidOk: invalid.filter((r) => r.verdict.ok).length,
    ok: rows.filter((r) => r.verdict.ok).length,
  };
  for (const key of Object.keys(total)) total[key] += figures[key];
  lines.push(
    `| ${format} | ${figures.files} | ${figures.valid} | ${figures.detected} | ${figures.imported} | ${figures.entries} | ${figures.net} | ${figures.control} | ${figures.invalidOk}/${figures.invalid} | ${figures.ok} |`,
  );
}
lines.push(
  `| **total** | ${total.files} | ${total.valid} | ${total.detected} | ${total.imported} | ${total.entries} | ${total.net} | ${total.control} | ${total.invalidOk}/${total.invalid} | ${total.ok} |`,
);
console.log(`## Real-world statements (${FOLDER})\n\n${lines.join('\n')}\n`);
const failures = [...byFormat.values()].flat().filter((r) => !r.verdict.ok);
if (failures.length > 0) {
  console.log('Failures:');
  for (const r of failures) console.log(`- ${r.relative}: ${r.verdict.why}`);
}
const slowest = [...byFormat.values()].flat().sort((a, b) => b.got.seconds - a.got.seconds)[0];
if (slowest)
  console.log(
    `\nSlowest file: ${slowest.relative} (${slowest.got.seconds.toFixed(2)} s); hangs: ${[...byFormat.values()].flat().filter((r) => r.got.outcome === 'hang').length}; crashes: ${[...byFormat.values()].flat().filter((r) => r.got.outcome === 'crash').length}.`,
  );

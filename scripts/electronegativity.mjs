#!/usr/bin/env node
/**
 * Runs Electronegativity over the desktop shell (electron/: main and preload) and fails on what it
 * finds: any HIGH (or CRITICAL) finding, any MEDIUM not explained in
 * electron/electronegativity-allowlist.json, an allowlist entry that no longer matches a finding,
 * or a file it could not parse. Its CLI exits 0 whatever it finds, and its CSV writer appends the
 * rows and writes the header without waiting for either, so this reads its findings from its API.
 * Usage: node scripts/electronegativity.mjs   (ELECTRONEGATIVITY=<package folder> to use another copy)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const INPUT = 'electron';
const FAILING = new Set(['CRITICAL', 'HIGH']);
const REVIEWED = new Set(['MEDIUM']);

const readJson = (path) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
const { excluded, allowed } = readJson('electron/electronegativity-allowlist.json');
const electronVersion = readJson('package.json').devDependencies.electron;

function loadElectronegativity() {
  const require = createRequire(import.meta.url);
  try {
    return require(process.env.ELECTRONEGATIVITY ?? '@doyensec/electronegativity');
  } catch (error) {
    console.error(`electronegativity: cannot load @doyensec/electronegativity (${error.message}); run npm ci`);
    process.exit(2);
  }
}

const keyOf = (check, file) => `${check} ${file}`;
const allowedBy = new Map(allowed.map((entry) => [keyOf(entry.check, entry.file), entry]));

function verdictOf(issue) {
  const severity = issue.severity.name;
  if (FAILING.has(severity)) return { fails: true, note: `${severity} findings are never allowed` };
  if (!REVIEWED.has(severity)) return { fails: false, note: '' };
  const entry = allowedBy.get(keyOf(issue.id, issue.file));
  return entry === undefined
    ? { fails: true, note: 'MEDIUM: fix it or explain it in electron/electronegativity-allowlist.json' }
    : { fails: false, note: `allowed: ${entry.reason}` };
}

const run = loadElectronegativity();
process.chdir(ROOT);
const result = await run(
  {
    input: INPUT,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: excluded.map((entry) => entry.check),
  },
  false,
);

const failures = [];
console.log(
  `Electronegativity on ${INPUT}/ (Electron ${electronVersion}): ${result.globalChecks} global and ${result.atomicChecks} atomic checks, ${result.issues.length} findings`,
);
for (const issue of result.issues) {
  const { fails, note } = verdictOf(issue);
  const where = issue.file === 'N/A' ? 'the whole app' : `${INPUT}/${issue.file}:${issue.location.line}`;
  const line = `${fails ? 'FAIL' : 'ok  '} ${issue.severity.name}/${issue.confidence.name} ${issue.id} ${where}: ${issue.description}`;
  console.log(line);
  if (note !== '') console.log(`       ${note}`);
  if (fails) failures.push(line);
}
const found = new Set(result.issues.map((issue) => keyOf(issue.id, issue.file)));
for (const entry of allowed) {
  if (!found.has(keyOf(entry.check, entry.file))) {
    failures.push(`allowlist entry ${entry.check} ${entry.file} matches no finding: remove it`);
  }
}
for (const error of result.errors) failures.push(`could not check ${error.file}: ${error.message ?? error.error}`);
for (const entry of excluded) console.log(`skipped ${entry.check}: ${entry.reason}`);

if (failures.length > 0) {
  console.error(`\nelectronegativity: ${failures.length} problem(s)`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log('\nelectronegativity: no HIGH finding, every MEDIUM explained');

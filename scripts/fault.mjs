#!/usr/bin/env node
// The long fault runs: every scripts/fault/*.mjs in name order, each with its own default
// number of iterations (arguments after `--` are passed to each). Exit 1 when any failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const folder = path.join(import.meta.dirname, 'fault');
const scripts = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith('.mjs'))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`— ${script}`);
  const run = spawnSync(process.execPath, [path.join(folder, script), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
console.log(failed === 0 ? `fault: ${scripts.length} scripts passed` : `fault: ${failed} of ${scripts.length} failed`);
process.exitCode = failed === 0 ? 0 : 1;

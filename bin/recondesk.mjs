#!/usr/bin/env node
import { existsSync } from 'node:fs';

const entry = new URL('../out/cli/recondesk.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('recondesk is not built yet: run `npm run build:cli`.');
  process.exit(2);
}
await import(entry.href);

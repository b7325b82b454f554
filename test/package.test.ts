// What package.json promises: `npx recondesk` works after `npm ci`, and `engines` names the Node the
// build tools themselves ask for.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
type Manifest = { bin: Record<string, string>; scripts: Record<string, string>; engines: { node: string } };
const manifest = (folder: string): Manifest =>
  JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as Manifest;

describe('package.json', () => {
  const own = manifest(ROOT);

  it('builds the CLI on npm ci (prepare), and its bin runs the built file', () => {
    expect(own.scripts['prepare']).toBe('npm run build:cli');
    expect(own.bin['recondesk']).toBe('bin/recondesk.mjs');
    expect(fs.readFileSync(path.join(ROOT, 'bin/recondesk.mjs'), 'utf8')).toContain('../out/cli/recondesk.mjs');
  });

  it('asks for the Node that eslint, the strictest of the build tools, asks for', () => {
    expect(own.engines.node).toBe(manifest(path.join(ROOT, 'node_modules', 'eslint')).engines.node);
  });
});

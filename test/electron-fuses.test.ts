import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CONFIG = readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8');

/** One top-level block of electron-builder.yml as key → value; only plain `  key: value` lines are accepted. */
function block(name: string): Record<string, string> {
  const lines = CONFIG.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${name}:`);
  expect(start, `electron-builder.yml has a top-level ${name}: block`).toBeGreaterThanOrEqual(0);
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!line.startsWith(' ')) break;
    const match = /^ {2}([A-Za-z]+): *(\S+)$/.exec(line);
    expect(match, `a plain key: value line in ${name}: ${line}`).not.toBeNull();
    expect(entries[match?.[1] ?? ''], `${match?.[1]} is set twice`).toBeUndefined();
    entries[match?.[1] ?? ''] = match?.[2] ?? '';
  }
  return entries;
}

const topLevel = (key: string): string | undefined => new RegExp(`^${key}: *(\\S+)$`, 'm').exec(CONFIG)?.[1];

it('packages the app with the fuses the Electron checklist asks for', () => {
  const fuses = block('electronFuses');
  expect(fuses).toMatchObject({
    runAsNode: 'false',
    enableNodeOptionsEnvironmentVariable: 'false',
    enableNodeCliInspectArguments: 'false',
    enableEmbeddedAsarIntegrityValidation: 'true',
    onlyLoadAppFromAsar: 'true',
    enableCookieEncryption: 'true',
    grantFileProtocolExtraPrivileges: 'false',
  });
  // Every fuse named is one electron-builder knows: a misspelt fuse would be ignored, not refused.
  const known = readFileSync(resolve(ROOT, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8');
  const options = /interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(known)?.[1] ?? '';
  for (const name of Object.keys(fuses)) expect(options, name).toMatch(new RegExp(`\\b${name}\\?: boolean;`));
});

it('ships the app inside an asar archive, which OnlyLoadAppFromAsar and the integrity check need', () => {
  expect(topLevel('asar')).toBe('true');
});

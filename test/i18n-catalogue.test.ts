// Every message the app asks for exists in both languages: the keys written in the code, the
// families it builds (statuses, grid columns, import metadata keys), and Chinese that is Chinese.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../core/canonical/record.ts';
import { MATCH_RULES } from '../core/match/match-rules.ts';
import { en } from '../renderer/src/i18n/en.ts';
import { zhCN } from '../renderer/src/i18n/zh-CN.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(at, value);
    else for (const [inner, text] of leaves(value, at)) out.set(inner, text);
  }
  return out;
}

const CATALOGUES = { en: leaves(en), 'zh-CN': leaves(zhCN as unknown as Tree) };

function sourceFiles(folder: string, pattern: RegExp): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(folder, name);
    return pattern.test(name) && !name.includes('.test.') && fs.statSync(file).isFile() ? [file] : [];
  });
}

/** Keys written as literals: t('grid.total', …), i18nKey="…". */
function literalKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'renderer/src'), /\.tsx?$/)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) keys.add(match[1] ?? '');
  }
  return keys;
}

/** The grid's column keys (each header is t(`grid.columns.<key>`)). */
function gridColumnKeys(): string[] {
  const text = fs.readFileSync(path.join(ROOT, 'renderer/src/features/results/grid-columns.tsx'), 'utf8');
  return [...text.matchAll(/key: '(\w+)',\s*width/g)].map((match) => match[1] ?? '');
}

/** Metadata keys an import can carry: named by the built-in profiles or set by the readers. */
function metadataKeys(): Set<string> {
  const keys = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'metadata' && Array.isArray(value))
          for (const rule of value as { name?: string }[]) if (rule.name) keys.add(rule.name);
        collect(value);
      }
  };
  for (const file of sourceFiles(path.join(ROOT, 'schemas/profiles'), /\.json$/))
    collect(JSON.parse(fs.readFileSync(file, 'utf8')));
  for (const file of sourceFiles(path.join(ROOT, 'core'), /\.ts$/)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bmetadata\.([a-z_]+) =[^=]/g)) keys.add(match[1] ?? '');
    for (const match of text.matchAll(/\bmetadata: \{ ([a-z_]+):/g)) keys.add(match[1] ?? '');
  }
  // Balances are named by their ISO 20022 type code (balance_clbd …).
  for (const type of ['opbd', 'clbd', 'clav', 'fwav', 'itbd', 'itav', 'opav', 'prcd', 'xpcd', 'info'])
    keys.add(`balance_${type}`);
  for (const internal of ['detection_confidence', 'profile_hash', 'suggested_profile']) keys.delete(internal);
  return keys;
}

/** A key i18next resolves: itself, or its plural forms. */
const resolves = (catalogue: Map<string, string>, key: string) =>
  catalogue.has(key) || (catalogue.has(`${key}_one`) && catalogue.has(`${key}_other`));

/** Texts that read the same in both languages: codes, formats and names. */
const SAME_IN_BOTH =
  /^(?:[A-Z0-9][A-Z0-9 ./()-]*|SHA-256|[\w.@-]+\s?\{\{\w+\}\}|.*\b(?:CSV|XLSX|JSON|NDJSON|OFX|BIC|URL|GB18030)\b.*)$/;

describe('message catalogues', () => {
  const families = [
    ...literalKeys(),
    ...STATUSES.map((status) => `explain.status.${status}`),
    ...MATCH_RULES.map((rule) => `matchRule.${rule}`),
    ...gridColumnKeys().map((key) => `grid.columns.${key}`),
    ...[...metadataKeys()].map((key) => `files.details.metadata.${key}`),
  ];

  it.each(Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])('%s has every key the app asks for', (language) => {
    const catalogue = CATALOGUES[language];
    expect(families.length).toBeGreaterThan(100);
    expect(families.filter((key) => !resolves(catalogue, key))).toEqual([]);
  });

  it('zh-CN says each message in Chinese, not in English', () => {
    const untranslated = [...CATALOGUES['zh-CN']].filter(
      ([key, text]) => text === CATALOGUES.en.get(key) && !SAME_IN_BOTH.test(text),
    );
    expect(untranslated).toEqual([]);
  });
});

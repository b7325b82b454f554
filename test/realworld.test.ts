// The real statement files of ../shared/realworld against their expected.json, format by format
// as the readers arrive. MT940/MT942: every file's :61: entries, net amount per currency and
// control-total verdict (opening + entries = closing, or :90D:/:90C:) equal the expectations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { controlStatus } from '../core/import/types.ts';
import { mt940Controls } from '../core/read/mt940/controls.ts';
import { readMt940 } from '../core/read/mt940/read-mt940.ts';

const FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/realworld');

type Expected = {
  format: string;
  encoding: string;
  entries: number;
  net_minor: number | null;
  currency: string;
  control: 'holds' | 'mismatch' | 'none';
  valid: boolean;
};

const expected = JSON.parse(fs.readFileSync(path.join(FOLDER, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = (formats: string[]) => Object.entries(expected).filter(([, want]) => formats.includes(want.format));

describe('real MT940 and MT942 files', () => {
  it.each(files(['mt940', 'mt942']))('%s', (relative, want) => {
    // Amounts, marks and tags are ASCII in every encoding these banks use (UTF-8, cp852).
    const text = new TextDecoder(want.encoding === 'cp852' ? 'latin1' : 'utf-8').decode(
      fs.readFileSync(path.join(FOLDER, relative)),
    );
    const { statements, problems } = readMt940(text);
    const entries = statements.flatMap((statement) => statement.entries);
    const net: Record<string, number> = {};
    for (const entry of entries) net[entry.currency] = (net[entry.currency] ?? 0) + entry.amountMinor;
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(want.entries);
    if (want.net_minor !== null) expect(net[want.currency]).toBe(want.net_minor);
    expect(controlStatus(mt940Controls(statements))).toBe(want.control);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProfile } from './validate.ts';

const PROFILE_DIR = path.resolve(import.meta.dirname, '../../schemas/profiles');
type Editable = {
  controls: { checks: Record<string, unknown>[] };
  fields: { amount: Record<string, unknown> };
};
const jd = (): Editable =>
  JSON.parse(fs.readFileSync(path.join(PROFILE_DIR, 'jd-personal.v1.json'), 'utf8')) as Editable;

const messages = (data: unknown): string[] => {
  const result = validateProfile(data, 'edited.json');
  return result.ok ? [] : result.issues.map((issue) => issue.message);
};

describe('control checks and amount patterns of a profile', () => {
  it('needs credit and debit columns for a balanced check, and no figure', () => {
    const data = jd();
    data.controls.checks.push({ label: 'Batch', measure: 'balanced', column: '金额' });
    expect(messages(data)).toEqual(['balanced needs a debit column']);
  });

  it('needs a column for a balance chain', () => {
    const data = jd();
    data.controls.checks.push({ label: 'Balance', measure: 'running' });
    expect(messages(data)).toEqual(['running needs a column']);
  });

  it('needs an amount group in an extract pattern', () => {
    const data = jd();
    data.fields.amount['extract'] = '^([\\d.]+)';
    expect(messages(data)).toEqual(['pattern ^([\\d.]+) has no (?<amount>…) group']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../../core/import/types.ts';
import type { ImportEntry } from '../files/use-imports.ts';
import { fitsNoProfile, keptDraft } from './unknown-file.ts';

const DRAFT = { id: 'generic', version: 1, fields: { amount: { column: 'Betrag (EUR)' } } };

const read = (warning: string | null, metadata: Record<string, string> = {}): ImportEntry => ({
  key: 1,
  file: 'bank.csv',
  state: 'done',
  reimportable: true,
  summary: {
    warnings: warning === null ? [] : [{ code: warning, message: 'said' }],
    metadata,
  } as unknown as ImportSummary,
});

describe('files no profile fits', () => {
  it('are the ones read with a suggested mapping, or refused because nothing fits', () => {
    expect(fitsNoProfile(read('suggested_mapping'))).toBe(true);
    expect(fitsNoProfile(read('currency_assumed'))).toBe(false);
    expect(fitsNoProfile(read(null))).toBe(false);
    const refused = (code: string): ImportEntry => ({
      key: 2,
      file: 'x.csv',
      state: 'failed',
      issues: [{ code, message: 'no' }],
    });
    expect(fitsNoProfile(refused('profile_not_detected'))).toBe(true);
    expect(fitsNoProfile(refused('profile_question'))).toBe(true);
    expect(fitsNoProfile(refused('header_missing'))).toBe(true);
    expect(fitsNoProfile(refused('encoding_ambiguous'))).toBe(false);
  });

  it('start a draft from the mapping their import kept, even after the workspace was reopened', () => {
    expect(keptDraft(read('suggested_mapping', { suggested_profile: JSON.stringify(DRAFT) }))).toEqual(DRAFT);
    expect(keptDraft(read('suggested_mapping'))).toBeNull();
  });
});

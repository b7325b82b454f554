import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../../../core/profile/builtin.ts';
import type { Profile } from '../../../../core/profile/types.ts';
import { columnValue, pointerOf, setAt, valueAt } from './draft-edit.ts';
import { draftFromSuggestion, profileIdFor } from './draft-names.ts';
import { headerNames } from './header-names.ts';

const bank = (): Profile => {
  const found = builtinProfiles().find((profile) => profile.format === 'csv' && profile.side === 'statement');
  if (!found) throw new Error('a built-in bank table profile');
  return structuredClone(found);
};

describe('editing a draft from the form', () => {
  it('maps a column to a field and leaves the rest of the content as it was', () => {
    const before = bank();
    const after = setAt(before, ['fields', 'channel_ref', 'column'], columnValue(['Vorgangsnummer']));
    expect(after.fields.channel_ref).toEqual({ column: 'Vorgangsnummer' });
    expect({ ...after, fields: { ...after.fields, channel_ref: before.fields.channel_ref } }).toEqual(before);
    expect(before.fields.channel_ref).not.toEqual({ column: 'Vorgangsnummer' });
  });

  it('removes an unmapped field entirely instead of leaving an empty rule', () => {
    const mapped = setAt(bank(), ['fields', 'batch_ref', 'column'], 'Batch');
    const cleared = setAt(mapped, ['fields', 'batch_ref', 'column'], columnValue([]));
    expect('batch_ref' in cleared.fields).toBe(false);
    expect(valueAt(cleared, ['fields', 'amount'])).toEqual(mapped.fields.amount);
  });

  it('names a place as the JSON pointer validation issues carry', () => {
    expect(pointerOf(['fields', 'amount', 'indicator', 'negative', 0])).toBe('/fields/amount/indicator/negative/0');
  });
});

describe('the sample file’s header names', () => {
  it('takes the row under the title lines that holds the header the draft finds', () => {
    const head = [
      'Kontoauszug Musterbank',
      'Konto: DE12',
      '',
      'Buchungstag;"Betrag (EUR)";Vorgangsnummer',
      '02.03.2026;-1,00;VG-1',
    ];
    const draft = setAt(bank(), ['csv'], { header: { find: ['Buchungstag'] }, delimiter: ';', quote: '"' });
    expect(headerNames(head, draft)).toEqual(['Buchungstag', 'Betrag (EUR)', 'Vorgangsnummer']);
  });
});

describe('a draft made from a file', () => {
  it('takes an id from the file name that no profile of the library has yet', () => {
    expect(profileIdFor('Musterbank Umsätze 2026.csv', new Set())).toBe('musterbank-ums-tze-2026');
    expect(profileIdFor('musterbank.csv', new Set(['musterbank', 'musterbank-2']))).toBe('musterbank-3');
    expect(profileIdFor('账单.csv', new Set())).toBe('statement');
  });

  it('is version 1 of that id, named after the file, with the suggested mapping unchanged', () => {
    const suggested = { ...bank(), id: 'generic', version: 1 };
    const draft = draftFromSuggestion(suggested, 'musterbank.csv', new Set(['generic']));
    expect([draft.id, draft.version, draft.name.en]).toEqual(['musterbank', 1, 'musterbank']);
    expect(draft.fields).toEqual(suggested.fields);
  });
});

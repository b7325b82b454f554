import type { HeaderRole } from './suggest-synonyms.ts';
import type { FieldMap } from './types.ts';

type TextFields = Pick<FieldMap, 'description' | 'counterparty' | 'channel_ref'>;

/** Canonical text fields and the header roles that fill them, several columns tried in order. */
const TEXT_FIELDS: readonly [keyof TextFields, HeaderRole][] = [
  ['description', 'description'],
  ['counterparty', 'counterparty'],
  ['channel_ref', 'reference'],
];

/** The description, counterparty and bank reference of each entry, by the columns that name them. */
export function suggestFields(header: readonly string[], roles: readonly (HeaderRole | null)[]): TextFields {
  const fields: TextFields = {};
  for (const [field, role] of TEXT_FIELDS) {
    const names = header.filter((cell, i) => roles[i] === role && cell !== '');
    const [first] = names;
    if (first !== undefined) fields[field] = { column: names.length === 1 ? first : names };
  }
  return fields;
}

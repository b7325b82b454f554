import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../profile/builtin.ts';
import { readJsonDocument } from './document.ts';
import { compilePath, walkEach } from './json-path.ts';
import { parseJson, type JsonNode } from './parse-json.ts';

const steps = (text: string) => {
  const path = compilePath(text);
  if (typeof path === 'string') throw new Error(path);
  return path.steps;
};
const raws = (found: JsonNode[] | string | null) =>
  Array.isArray(found) ? found.map((node) => (node.type === 'number' ? node.raw : node.type)) : found;

describe('compilePath', () => {
  it('says why a quoted key with a bad escape is not a path, rather than throwing', () => {
    expect(compilePath('fees["a\\x"]')).toBe('path "fees["a\\x"]" has a key with an invalid escape at character 5');
    expect(compilePath('fees["a\\u00e9"]')).toMatchObject({ steps: [{ key: 'fees' }, { key: 'aé' }] });
  });
});

describe('walkEach', () => {
  const path = steps('fee_details[*].amount');

  it('reaches one value per element, and none for an empty list', () => {
    expect(raws(walkEach(parseJson('{"fee_details":[{"amount":50},{"amount":38}]}'), path))).toEqual(['50', '38']);
    expect(raws(walkEach(parseJson('{"fee_details":[]}'), path))).toEqual([]);
  });

  it('finds nothing when the list itself is absent or not a list', () => {
    expect(walkEach(parseJson('{"id":1}'), path)).toBeNull();
    expect(walkEach(parseJson('{"fee_details":{"amount":5}}'), path)).toBeNull();
  });

  it('refuses a list with an element that lacks the field, rather than summing the others', () => {
    const found = walkEach(parseJson('{"fee_details":[{"amount":50},{"amt":38}]}'), path);
    expect(found).toBe('is missing at [1]');
    expect(walkEach(parseJson('{"a":[{"b":[{"c":1}]},{"b":[{"c":2},{}]}]}'), steps('a[*].b[*].c'))).toBe(
      'is missing at [1][1]',
    );
  });

  it('keeps a null value as found (an amount that is null is no amount)', () => {
    expect(raws(walkEach(parseJson('{"fee_details":[{"amount":null},{"amount":3}]}'), path))).toEqual(['null', '3']);
  });
});

describe('a balance transaction whose fee details lack an amount', () => {
  it('is a rejected entry naming the element, not a fee summed from the others', () => {
    const stripe = builtinProfiles().find((profile) => profile.id === 'stripe-balance-transaction');
    if (!stripe) throw new Error('no Stripe profile');
    const entry = (id: string, details: string) =>
      `{"object":"balance_transaction","id":"${id}","amount":1000,"fee":88,"net":912,"currency":"usd","created":1557995177,"fee_details":[${details}]}`;
    const text = `{"object":"list","data":[\n${entry('txn_1', '{"amount":50},{"amount":38}')},\n${entry('txn_2', '{"amount":50},{"type":"tax_fee"}')}\n]}`;
    const document = readJsonDocument(text, stripe);
    expect(document.entries).toBe(2);
    expect(document.rows.map((row) => row.line)).toEqual([2]);
    expect(document.problems).toMatchObject([{ line: 3, message: 'entry fee_details[*].amount is missing at [1]' }]);
  });
});

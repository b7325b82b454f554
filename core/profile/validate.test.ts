import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from './builtin.ts';
import { validateProfile } from './validate.ts';

const PROFILE_DIR = path.resolve(import.meta.dirname, '../../schemas/profiles');
const FILES = fs
  .readdirSync(PROFILE_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

const alipay = (): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(PROFILE_DIR, 'alipay-merchant-trade.v1.json'), 'utf8')) as Record<
    string,
    unknown
  >;

/** The issues of a rejected profile; fails the test when it was accepted. */
const rejected = (data: unknown) => {
  const result = validateProfile(data, 'edited.json');
  if (result.ok) throw new Error('the profile was accepted');
  return result.issues;
};

describe('validateProfile', () => {
  it.each(FILES)('accepts the built-in profile %s', (file) => {
    const data: unknown = JSON.parse(fs.readFileSync(path.join(PROFILE_DIR, file), 'utf8'));
    const result = validateProfile(data, file);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('loads the whole built-in library', () => {
    const loaded = builtinProfiles()
      .map((p) => `${p.id}.v${p.version}.json`)
      .sort();
    expect(loaded).toEqual(FILES);
    expect(loaded).toEqual(expect.arrayContaining(['alipay-merchant-trade.v1.json', 'swift-mt940.v1.json']));
  });

  it('rejects an unknown field inside a section at that section’s path', () => {
    const data = alipay();
    data.csv = { ...(data.csv as object), colour: 'red' };
    expect(rejected(data)).toEqual([
      expect.objectContaining({
        code: 'profile_schema',
        file: 'edited.json',
        path: '/csv/colour',
        message: '/csv/colour: "colour" is not a profile field here',
      }),
    ]);
  });

  it('rejects an unknown top-level field and a top-level $ref (profiles are data, not schemas)', () => {
    expect(rejected({ ...alipay(), colour: 'red' })).toEqual([
      expect.objectContaining({ code: 'profile_schema', path: '/colour' }),
    ]);
    expect(rejected({ ...alipay(), $ref: 'https://example.com/evil.json' })).toEqual([
      expect.objectContaining({ code: 'profile_schema', path: '/$ref' }),
    ]);
  });

  it.each([
    ['colour', 'at the top level', (data: Record<string, unknown>) => ({ ...data, colour: 'red' })],
    ['$ref', 'at the top level', (data: Record<string, unknown>) => ({ ...data, $ref: '#/definitions/text' })],
    [
      'colour',
      'in csv',
      (data: Record<string, unknown>) => ({ ...data, csv: { ...(data.csv as object), colour: 'red' } }),
    ],
  ])('names the unknown field %s (%s) in the message, so the profile author can find it', (name, _where, edit) => {
    expect(
      rejected(edit(alipay()))
        .map((i) => i.message)
        .join(' '),
    ).toContain(name);
  });

  it('rejects an unknown time zone at /timeZone', () => {
    expect(rejected({ ...alipay(), timeZone: 'Asia/Atlantis' })).toEqual([
      {
        code: 'profile_invalid',
        message: 'time zone "Asia/Atlantis" is unknown',
        file: 'edited.json',
        path: '/timeZone',
      },
    ]);
  });

  it('rejects a metadata pattern that is not a regular expression, at its path', () => {
    const data = alipay();
    data.metadata = [{ name: 'account', pattern: '^#账号：\\[([^\\]]+' }];
    expect(rejected(data)).toEqual([
      expect.objectContaining({
        code: 'profile_invalid',
        path: '/metadata/0/pattern',
        message: expect.stringContaining('not a valid regular expression'),
      }),
    ]);
  });

  it('rejects a control figure line that is not a regular expression, at its path', () => {
    const data = alipay();
    const controls = data.controls as { figures: { name: string; line: string }[] };
    controls.figures[1] = { name: 'trade_amount', line: '(unclosed' };
    expect(rejected(data)).toEqual([expect.objectContaining({ path: '/controls/figures/1/line' })]);
  });

  it('rejects a control check naming a figure that is not defined', () => {
    const data = alipay();
    const controls = data.controls as { checks: { figure: string }[] };
    controls.checks[2] = { ...controls.checks[2], figure: 'refund_cnt' };
    expect(rejected(data)).toEqual([
      expect.objectContaining({
        code: 'profile_invalid',
        path: '/controls/checks/2/figure',
        message: 'figure "refund_cnt" is not defined',
      }),
    ]);
  });

  it('rejects a header with nothing to find and no column names, and a closing balance naming no figure', () => {
    const data = alipay();
    data.csv = { delimiter: 'auto', quote: '"', header: { find: [] } };
    data.controls = {
      figures: [],
      checks: [{ label: 'Balance', measure: 'running', column: '余额', order: 'either', closing: 'closing' }],
    };
    expect(rejected(data)).toEqual([
      expect.objectContaining({ path: '/csv/header', code: 'profile_invalid' }),
      expect.objectContaining({ path: '/controls/checks/0/closing', message: 'figure "closing" is not defined' }),
    ]);
  });

  it('rejects a date format without year, month and day', () => {
    const data = alipay();
    const fields = data.fields as Record<string, unknown>;
    fields.occurred_at = { column: '完成时间', format: 'HH:mm:ss' };
    expect(rejected(data)).toEqual([expect.objectContaining({ path: '/fields/occurred_at/format' })]);
  });

  it('rejects a profile missing a required field, and plain non-objects', () => {
    const { fields: _fields, ...withoutFields } = alipay();
    expect(rejected(withoutFields)[0]).toMatchObject({ code: 'profile_schema' });
    expect(rejected('alipay')[0]).toMatchObject({ code: 'profile_schema' });
    expect(rejected(null)[0]).toMatchObject({ code: 'profile_schema' });
  });
});

describe('validateProfile on patterns that could backtrack catastrophically', () => {
  it.each([
    ['^(a+)+$', 'repeats a group that holds a quantifier itself ("(a+)+")'],
    ['^(\\d*,?)*$', 'repeats a group that holds a quantifier itself ("(\\d*,?)*")'],
    ['^(a|a)*$', 'repeats a group whose alternatives can match the same text ("(a|a)*")'],
    ['^(?:x|\\w)+y', 'repeats a group whose alternatives can match the same text ("(?:x|\\w)+")'],
    ['^(\\w+)\\s\\1$', 'uses a back-reference ("\\1…")'],
    ['^(?<n>\\w)\\k<n>$', 'uses a back-reference ("\\k…")'],
  ])('refuses %s naming the pattern and its path', (pattern, reason) => {
    const data = alipay();
    data.metadata = [{ name: 'account', pattern }];
    expect(rejected(data)).toEqual([
      expect.objectContaining({
        code: 'profile_invalid',
        path: '/metadata/0/pattern',
        message: expect.stringContaining(reason) as string,
      }),
    ]);
  });

  it.each(['^(?:\\([^)]*\\))?x', '^(?:DBIT|CRDT)+$', '^(ab){2,}$', '[(a+)+]', '^\\d+(?:[.,]\\d{2})?$'])(
    'accepts the linear pattern %s',
    (pattern) => {
      const data = alipay();
      data.metadata = [{ name: 'account', pattern }];
      expect(validateProfile(data).ok).toBe(true);
    },
  );

  it('gives every schema error as a sentence at its JSON path, and refuses $ref deep inside', () => {
    const data = alipay();
    delete data.timeZone;
    data.side = 'both';
    data.fields = { ...(data.fields as object), order_ref: { column: { $ref: '#/x' } } };
    const issues = rejected(data);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/', message: '/: needs the field "timeZone"' }),
        expect.objectContaining({ path: '/side', message: '/side: must be one of: statement, book' }),
        expect.objectContaining({ path: '/fields/order_ref/column/$ref' }),
      ]),
    );
    expect(issues.map((found) => found.message).join('\n')).not.toMatch(/must have required property|NOT have/);
  });
});

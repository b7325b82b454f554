import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProfile } from './validate.ts';

const PROFILE_DIR = path.resolve(import.meta.dirname, '../../schemas/profiles');
type Editable = {
  controls: { checks: Record<string, unknown>[] };
  fields: { amount: Record<string, unknown> } & Record<string, Record<string, unknown>>;
  detect: Record<string, unknown>;
  rowKinds: { values: Record<string, Record<string, unknown>> };
  derived?: Record<string, unknown>[];
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

  it("compiles the extract pattern of every amount rule: a kind's own amount, a derived record", () => {
    const data = jd();
    data.rowKinds.values['退款成功'] = {
      kind: 'refund',
      status: 'succeeded',
      amount: { column: '金额', extract: '(?<amount>' },
    };
    data.derived = [{ amount: { column: '金额', extract: '^([\\d.]+)' }, kind: 'refund', status: 'succeeded' }];
    expect(messages(data)).toEqual([
      'pattern (?<amount> is not a valid regular expression',
      'pattern ^([\\d.]+) has no (?<amount>…) group',
    ]);
  });

  it('compiles file name patterns, as detection reads them', () => {
    const data = jd();
    data.detect['fileNames'] = ['(jd'];
    expect(messages(data)).toEqual(['pattern (jd is not a valid regular expression']);
  });

  it('refuses a literal Z in a date format: ISO 8601 text is read with the format iso', () => {
    const data = jd();
    data.fields['occurred_at'] = { column: '交易时间', format: 'yyyy-MM-ddTHH:mm:ssZ' };
    expect(messages(data)).toEqual([
      'date format "yyyy-MM-ddTHH:mm:ssZ" has a literal Z, which would ignore the offset: use the format iso',
    ]);
  });

  it('takes other layouts of a date column, but never day-first beside month-first', () => {
    const data = jd();
    data.fields['occurred_at'] = { column: '交易时间', format: 'yyyy-MM-dd HH:mm:ss', alsoFormats: ['yyyy/M/d H:mm'] };
    expect(messages(data)).toEqual([]);
    data.fields['occurred_at'] = {
      column: '交易时间',
      format: 'dd/MM/yyyy',
      alsoFormats: ['yyyy-MM-dd', 'MM/dd/yyyy'],
    };
    expect(messages(data)).toEqual([
      'date formats dd/MM/yyyy, yyyy-MM-dd, MM/dd/yyyy put the day first in some and the month first in others: a date like 03/04 would be a guess',
    ]);
    data.fields['occurred_at'] = { column: '交易时间', format: 'dd/MM/yyyy', alsoFormats: ['HH:mm'] };
    expect(messages(data)).toEqual(['date format "HH:mm" needs yyyy (or yy), M and d']);
  });
});

describe('the match keys of a profile', () => {
  const wechat = (): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(path.join(PROFILE_DIR, 'wechatpay-merchant-trade.v1.json'), 'utf8')) as Record<
      string,
      unknown
    >;

  it('takes channel_ref and refund_ref when the profile maps them', () => {
    expect(messages({ ...wechat(), matchKeys: ['channel_ref', 'refund_ref'] })).toEqual([]);
  });

  it('refuses a match key the profile does not map, and any other key', () => {
    expect(messages({ ...jd(), matchKeys: ['refund_ref'] })).toEqual(['match key refund_ref is not mapped in fields']);
    expect(messages({ ...wechat(), matchKeys: ['order_ref'] })).toHaveLength(1);
    expect(messages({ ...wechat(), matchKeys: ['channel_ref', 'channel_ref'] })).toHaveLength(1);
  });
});

import { describe, expect, test } from 'vitest';
import { maskMetadata, maskPersonal, maskRawRow, personalKind } from './mask.ts';

describe('maskPersonal', () => {
  test('a name keeps its first character', () => {
    expect(maskPersonal('Zhang San')).toBe('Z********');
    expect(maskPersonal('张三丰')).toBe('张**');
    expect(maskPersonal('李四')).toBe('李*');
    expect(maskPersonal('x')).toBe('x');
    expect(personalKind('Müller GmbH')).toBe('name');
  });

  test('an account, card or phone number keeps its last 4 digits and its separators', () => {
    expect(maskPersonal('6222021234567890')).toBe('************7890');
    expect(maskPersonal('6222 0212 3456 7890')).toBe('**** **** **** 7890');
    expect(maskPersonal('+86 138-0013-8000')).toBe('+** ***-****-8000');
    expect(maskPersonal('(555) 123-4567')).toBe('(***) ***-4567');
    expect(personalKind('123456')).toBe('name');
  });

  test('an e-mail address keeps its first character and its domain', () => {
    expect(maskPersonal('li.wei@example.com')).toBe('l***@example.com');
    expect(maskPersonal('zhang@mail.corp.cn')).toBe('z***@mail.corp.cn');
    expect(personalKind('not@an address')).toBe('name');
  });

  test('an empty value stays empty', () => expect(maskPersonal('')).toBe(''));
});

describe('maskRawRow', () => {
  test('masks each field of a raw row by the same rule and keeps the delimiters', () => {
    expect(maskRawRow('2024-03-01\tZhang San\t6222021234567890\tli@ex.com')).toBe(
      '****-03-01\tZ********\t************7890\tl***@ex.com',
    );
  });
});

describe('maskMetadata', () => {
  test('masks the account and its holder, not the period or the balances', () => {
    expect(
      maskMetadata({
        account: 'DE89370400440532013000',
        holder: 'Erika Mustermann',
        period_start: '2024-03-01',
        account_currency: 'EUR',
      }),
    ).toEqual({
      account: 'DE' + '*'.repeat(16) + '3000',
      holder: 'E' + '*'.repeat(15),
      period_start: '2024-03-01',
      account_currency: 'EUR',
    });
  });
});

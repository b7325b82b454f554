import { describe, expect, it } from 'vitest';
import {
  baseName,
  categoryLabel,
  categorySeverity,
  formatAmount,
  formatRatePpm,
  localDate,
  percentToPpm,
} from './format.ts';

describe('formatAmount', () => {
  it('groups thousands and follows the ISO exponent', () => {
    expect(formatAmount(123456789, 'CNY')).toBe('1,234,567.89');
    expect(formatAmount(-5, 'CNY')).toBe('-0.05');
    expect(formatAmount(1500000, 'JPY')).toBe('1,500,000');
    expect(formatAmount(1234, 'KWD')).toBe('1.234');
    expect(formatAmount(12345678901234567890n, 'CNY')).toBe('123,456,789,012,345,678.90');
  });
  it('falls back to two decimals without a known currency', () => {
    expect(formatAmount(100, null)).toBe('1.00');
    expect(formatAmount(100, 'XXX')).toBe('1.00');
  });
});

describe('rates', () => {
  it('shows parts per million as a percentage', () => {
    expect(formatRatePpm(6000)).toBe('0.60%');
    expect(formatRatePpm(38000)).toBe('3.80%');
    expect(formatRatePpm(1234)).toBe('0.1234%');
    expect(formatRatePpm(0)).toBe('0.00%');
  });
  it('parses a typed percentage exactly', () => {
    expect(percentToPpm('0.6')).toBe(6000);
    expect(percentToPpm(' 0.38 ')).toBe(3800);
    expect(percentToPpm('0.1')).toBe(1000);
    expect(percentToPpm('abc')).toBeNull();
    expect(percentToPpm('-1')).toBeNull();
  });
});

describe('categories', () => {
  it('labels in both languages, fee mismatch included', () => {
    expect(categoryLabel('amount_mismatch', 'zh-CN')).toBe('金额不一致');
    expect(categoryLabel('amount_mismatch', 'en')).toBe('Amount mismatch');
    expect(categoryLabel('fee_mismatch', 'zh-CN')).toBe('手续费差异');
  });
  it('marks system anomalies', () => {
    expect(categorySeverity('duplicate_charge')).toBe('system');
    expect(categorySeverity('matched')).toBe('info');
    expect(categorySeverity('fee_mismatch')).toBe('exception');
  });
});

describe('file names', () => {
  it('dates in the local calendar and strips extensions', () => {
    expect(localDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(baseName('alipay.2024.csv')).toBe('alipay.2024');
    expect(baseName('orders')).toBe('orders');
  });
});

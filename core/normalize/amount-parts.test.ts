import { describe, expect, it } from 'vitest';
import { compileCellParser } from './amount-parts.ts';

const JD_PATTERN = '^(?<amount>[\\d.,]+)(?:\\(已退款(?<less>[\\d.,]+)\\))?';

describe('amount cells read through an extract pattern', () => {
  const parse = compileCellParser({ decimal: '.' }, JD_PATTERN);

  it('takes a partial refund off the amount written before it', () => {
    expect(parse('131.77(已退款89.84)', 2)).toBe(4193);
    expect(parse('235.61(已退款235.50)', 2)).toBe(11);
  });

  it('reads a plain amount and a fully refunded one as written', () => {
    expect(parse('60.90', 2)).toBe(6090);
    expect(parse('468.32(已全额退款)', 2)).toBe(46832);
  });

  it('finds no amount in a cell the pattern does not match', () => {
    expect(parse('/', 2)).toBeNull();
  });

  it('still refuses a matched amount the currency cannot hold', () => {
    expect(parse('1.234', 2)).toMatch(/decimals/);
  });

  it('finds a fee inside a remark', () => {
    const fee = compileCellParser({ decimal: '.' }, '服务费[¥￥](?<amount>[\\d.,]+)');
    expect(fee('服务费¥0.10', 2)).toBe(10);
    expect(fee('/', 2)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parameterText, readRunParameters } from './parameter-input.ts';

describe('run parameters as written', () => {
  it('reads every flag of reconcile, over the default fee rate', () => {
    const read = readRunParameters({
      crossDayWindow: '120',
      feeRates: ['wechat=0.006', 'alipay=0.55%'],
      tolerances: ['5', 'alipay=0.5%', 'WeChat=3'],
      dateWindows: ['1', 'bank=3'],
    });
    expect(read).toEqual({
      ok: true,
      parameters: {
        crossDayWindowSeconds: 120,
        feeRatesPpm: { alipay: 5500, wechat: 6000 },
        amountToleranceMinor: 5,
        tolerances: { alipay: { ppm: 5000 }, wechat: { minor: 3 } },
        dateWindowDays: { '*': 1, bank: 3 },
      },
    });
    if (read.ok) expect(readRunParameters(parameterText(read.parameters))).toEqual(read);
  });

  it('names every entry it refuses, with its field and why', () => {
    const read = readRunParameters({
      crossDayWindow: '1m',
      feeRates: ['alipay=abc', '=0.6%', 'wechat=150%'],
      tolerances: ['-1', 'wechat=1.5', 'a=1', 'a=2'],
      dateWindows: ['bank=x'],
    });
    expect(read.ok ? [] : read.problems.map(({ field, entry, reason }) => `${field} ${entry} ${reason}`)).toEqual([
      'crossDayWindow 1m value',
      'feeRate alipay=abc value',
      'feeRate =0.6% source',
      'feeRate wechat=150% value',
      'tolerance -1 value',
      'tolerance wechat=1.5 value',
      'tolerance a=2 twice',
      'dateWindow bank=x value',
    ]);
  });
});

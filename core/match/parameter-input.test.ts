import { describe, expect, it } from 'vitest';
import { DEFAULT_RUN_PARAMETERS } from './types.ts';
import { parameterText, readRunParameters, withRemembered } from './parameter-input.ts';

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
    // Written back, a run names its cross-day expiry: the day it had by default.
    if (read.ok)
      expect(readRunParameters(parameterText(read.parameters))).toEqual({
        ok: true,
        parameters: { ...read.parameters, crossDayExpiryDays: 1 },
      });
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

  it('reads the cross-day expiry and a target per exception category, refusing any other', () => {
    const read = readRunParameters({ crossDayExpiryDays: '3', targets: ['paid_not_notified=4', 'book_only=1.5h'] });
    expect(read).toMatchObject({
      ok: true,
      parameters: { crossDayExpiryDays: 3, targetsHours: { paid_not_notified: 4, book_only: 1.5 } },
    });
    if (read.ok) expect(readRunParameters(parameterText(read.parameters))).toEqual(read);
    const refused = readRunParameters({
      crossDayExpiryDays: '-1',
      targets: ['matched=2', '2h', 'book_only=soon', 'book_only=1', 'book_only=2'],
    });
    expect(refused.ok ? [] : refused.problems.map(({ field, entry, reason }) => `${field} ${entry} ${reason}`)).toEqual(
      [
        'crossDayExpiry -1 value',
        'target matched=2 source',
        'target 2h source',
        'target book_only=soon value',
        'target book_only=2 twice',
      ],
    );
  });

  it('fills in what is not given from the remembered settings, the given winning', () => {
    // As the app keeps them: exactly the fee rates it lists (here no Alipay rate).
    const remembered = readRunParameters(
      { crossDayWindow: '30', feeRates: ['wechat=0.3%'], tolerances: ['500'], crossDayExpiryDays: '2' },
      { ...DEFAULT_RUN_PARAMETERS, feeRatesPpm: {} },
    );
    if (!remembered.ok) throw new Error('the remembered settings are valid');
    const { text, taken, defaults } = withRemembered(
      { tolerances: ['0'], crossDayWindow: undefined },
      remembered.parameters,
    );
    expect(taken).toEqual(['crossDayWindow', 'feeRates', 'crossDayExpiryDays']);
    expect(readRunParameters(text, defaults)).toEqual({
      ok: true,
      parameters: {
        crossDayWindowSeconds: 30,
        feeRatesPpm: { wechat: 3000 },
        amountToleranceMinor: 0,
        crossDayExpiryDays: 2,
      },
    });
  });
});

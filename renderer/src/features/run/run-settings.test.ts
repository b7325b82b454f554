import { describe, expect, it } from 'vitest';
import { DEFAULT_RUN_PARAMETERS } from '../../../../core/match/types.ts';
import { checkSettings, draftOf } from './run-settings.ts';

const draft = {
  crossDay: '60',
  tolerances: '0',
  dateWindows: '',
  feeRates: [{ source: 'alipay', rate: '0.6' }],
  crossDayExpiry: '1',
  targets: '',
};

describe('run settings', () => {
  it('start from the defaults: 60 s, no tolerance, Alipay at 0.6 %, a day of cross-day expiry', () => {
    expect(draftOf()).toEqual(draft);
    expect(checkSettings(draftOf())).toEqual({
      ok: true,
      parameters: { ...DEFAULT_RUN_PARAMETERS, crossDayExpiryDays: 1 },
    });
  });

  it('give every parameter the CLI has: fee rates per source, tolerance, cross-day window', () => {
    const settings = checkSettings({
      ...draft,
      crossDay: '120',
      tolerances: '5',
      feeRates: [
        { source: 'alipay', rate: '0.55' },
        { source: 'WeChat', rate: '0.6%' },
      ],
    });
    expect(settings).toEqual({
      ok: true,
      parameters: {
        crossDayWindowSeconds: 120,
        amountToleranceMinor: 5,
        feeRatesPpm: { alipay: 5500, wechat: 6000 },
        crossDayExpiryDays: 1,
      },
    });
  });

  it('refuse what is not a value on its field, never ignoring it', () => {
    expect(checkSettings({ ...draft, feeRates: [{ source: 'alipay', rate: 'abc' }] })).toEqual({
      ok: false,
      problems: { 'feeRate.0': 'feeRate' },
    });
    expect(checkSettings({ ...draft, crossDay: '1m', tolerances: '-1' })).toEqual({
      ok: false,
      problems: { crossDay: 'crossDay', tolerances: 'tolerance' },
    });
    expect(checkSettings({ ...draft, feeRates: [{ source: 'alipay', rate: '101' }] })).toMatchObject({ ok: false });
    const twice = checkSettings({ ...draft, feeRates: [...draft.feeRates, { source: 'Alipay', rate: '0.5' }] });
    expect(twice).toEqual({ ok: false, problems: { 'feeSource.1': 'feeSourceTwice' } });
    expect(checkSettings({ ...draft, feeRates: [{ source: ' ', rate: '0.5' }] })).toEqual({
      ok: false,
      problems: { 'feeSource.0': 'feeSource' },
    });
  });

  it('take tolerances per source, relative ones and date windows in the CLI grammar, refusing anything else', () => {
    const settings = checkSettings({ ...draft, tolerances: '0.5%, wechat=5, Alipay=1%', dateWindows: '1, bank=3' });
    expect(settings).toMatchObject({
      ok: true,
      parameters: {
        amountToleranceMinor: 0,
        tolerances: { '*': { ppm: 5000 }, wechat: { minor: 5 }, alipay: { ppm: 10000 } },
        dateWindowDays: { '*': 1, bank: 3 },
      },
    });
    if (!settings.ok) return;
    expect(draftOf(settings.parameters)).toMatchObject({
      tolerances: '0.5%, alipay=1%, wechat=5',
      dateWindows: '1, bank=3',
    });
    expect(checkSettings({ ...draft, tolerances: 'wechat=1.5', dateWindows: 'bank=-1' })).toEqual({
      ok: false,
      problems: { tolerances: 'tolerance', dateWindows: 'dateWindows' },
    });
    expect(checkSettings({ ...draft, tolerances: '5, wechat=1, wechat=2' })).toEqual({
      ok: false,
      problems: { tolerances: 'twice' },
    });
    expect(checkSettings({ ...draft, tolerances: '0.5' })).toMatchObject({ ok: false });
  });

  it('take the cross-day expiry and the targets per category as --cross-day-expiry-days and --target do', () => {
    const settings = checkSettings({
      ...draft,
      crossDayExpiry: '3',
      targets: 'paid_not_notified=4, duplicate_charge=1.5h',
    });
    expect(settings).toMatchObject({
      ok: true,
      parameters: { crossDayExpiryDays: 3, targetsHours: { paid_not_notified: 4, duplicate_charge: 1.5 } },
    });
    if (settings.ok)
      expect(draftOf(settings.parameters)).toMatchObject({
        crossDayExpiry: '3',
        targets: 'duplicate_charge=1.5, paid_not_notified=4',
      });
    expect(checkSettings({ ...draft, crossDayExpiry: '1.5', targets: 'paid_not_notified=two' })).toEqual({
      ok: false,
      problems: { crossDayExpiry: 'crossDayExpiry', targets: 'target' },
    });
    expect(checkSettings({ ...draft, targets: 'matched=2' })).toEqual({
      ok: false,
      problems: { targets: 'targetCategory' },
    });
    expect(checkSettings({ ...draft, targets: '2' })).toEqual({ ok: false, problems: { targets: 'targetCategory' } });
    expect(checkSettings({ ...draft, targets: 'book_only=2, book_only=3' })).toEqual({
      ok: false,
      problems: { targets: 'targetTwice' },
    });
  });
});

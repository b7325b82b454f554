import { describe, expect, it } from 'vitest';
import { channelBill } from './channel-bill.ts';
import { settle } from './settle.ts';
import type { BankEntry, ChannelBill } from './types.ts';

let nextId = 1;
const entry = (amount: number, counterparty: string, description: string, code: string | null = null): BankEntry => {
  const id = nextId++;
  return {
    record_id: id,
    import_id: 9,
    file: 'bank.xml',
    line: 10 * id,
    amount_minor: amount,
    currency: 'CNY',
    booked_on: '2024-03-16',
    reference: `REF${id}`,
    code,
    counterparty,
    description,
  };
};

const head = (source: string, account: string | null = null) => ({
  source,
  bill_date: '2024-03-15',
  currency: 'CNY',
  account,
  files: [`${source}.csv`],
});

/** Alipay: 1,000.00 of trades with 6.00 fees, a 100.00 refund giving 0.60 back → 894.60. */
const alipay = (): ChannelBill =>
  channelBill(head('alipay', '20880000000000000156'), [
    { kind: 'payment', amount_minor: 100_000, fee_minor: 600 },
    { kind: 'refund', amount_minor: -10_000, fee_minor: -60 },
  ]);

/** WeChat: 500.00 of trades (3.00 fees), a 50.00 refund (0.30 back) and a 20.00 REVOKED payment (0.12 back) → 427.42. */
const wechat = (): ChannelBill =>
  channelBill(head('wechat'), [
    { kind: 'payment', amount_minor: 50_000, fee_minor: 300 },
    { kind: 'refund', amount_minor: -5_000, fee_minor: -30 },
    { kind: 'reversal', amount_minor: -2_000, fee_minor: -12 },
  ]);

const ALIPAY = '支付宝（中国）网络技术有限公司';
const TENPAY = '财付通支付科技有限公司';

describe('the expected payout of a channel bill', () => {
  it('is trades − refunds (REVOKED included) − fees net of the fees given back', () => {
    const { settlement } = settle({ bills: [alipay(), wechat()], entries: [], bankDates: ['2024-03-16'] });
    const [a, w] = settlement.payouts;
    expect(a).toMatchObject({ gross_minor: 100_000, refunds_minor: 10_000, fees_minor: 540, expected_minor: 89_460 });
    expect(w).toMatchObject({ gross_minor: 50_000, refunds_minor: 7_000, fees_minor: 258, expected_minor: 42_742 });
  });

  it('counts fee rows as fees and leaves the channel’s own payout rows as what it says it paid', () => {
    const bill = channelBill(head('adyen'), [
      { kind: 'payment', amount_minor: 10_000, fee_minor: 100 },
      { kind: 'fee', amount_minor: -50, fee_minor: 0 },
      { kind: 'payout', amount_minor: -9_850, fee_minor: 0 },
    ]);
    expect(bill).toMatchObject({ fees_minor: 150, stated_payout_minor: 9_850 });
  });
});

describe('settling bills against the bank statement', () => {
  it('finds a short and an over payout by reference, not by amount', () => {
    const short = entry(89_000, ALIPAY, 'ALIPAY SETTLEMENT 20240315 20880000000000000156');
    const over = entry(42_750, TENPAY, 'TENPAY SETTLEMENT 20240315 1623370772');
    const { settlement, outcomes } = settle({
      bills: [alipay(), wechat()],
      entries: [short, over],
      bankDates: ['2024-03-16'],
    });
    expect(settlement.payouts.map((p) => [p.source, p.status, p.credited_minor, p.difference_minor])).toEqual([
      ['alipay', 'short', 89_000, -460],
      ['wechat', 'over', 42_750, 8],
    ]);
    expect(settlement.payouts[0]?.bank[0]?.reference).toBe(short.reference);
    expect(outcomes.get(short.record_id)).toBe('settlement_short');
    expect(outcomes.get(over.record_id)).toBe('settlement_over');
    expect(settlement.bank_only.count).toBe(0);
  });

  it('reports a payout missing when no credit names it, even if a stranger’s credit has its exact amount', () => {
    const stranger = entry(89_460, '张三', '货款');
    const { settlement, outcomes } = settle({ bills: [alipay()], entries: [stranger], bankDates: ['2024-03-16'] });
    expect(settlement.payouts[0]).toMatchObject({
      status: 'missing',
      credited_minor: null,
      difference_minor: -89_460,
    });
    expect(settlement.bank_only).toEqual({ count: 1, amount_minor: 89_460 });
    expect(outcomes.get(stranger.record_id)).toBe('bank_only');
  });

  it('does not take another merchant account’s payout for this bill', () => {
    const other = entry(89_460, ALIPAY, 'ALIPAY SETTLEMENT 20240315 20889999999999990156');
    const { settlement } = settle({ bills: [alipay()], entries: [other], bankDates: ['2024-03-16'] });
    expect(settlement.payouts[0]?.status).toBe('missing');
    expect(settlement.bank_only.count).toBe(1);
  });

  it('tells a bank charge from an unknown credit and an unexplained debit', () => {
    const charge = entry(-1_702, '招商银行股份有限公司南京分行', 'SERVICE CHARGE', 'ACMT+MDOP+CHRG');
    const chinese = entry(-500, '招商银行', '跨行汇款手续费');
    const coded = entry(-300, 'BANK', 'MONTHLY', 'ACMT+MDOP+CHRG');
    const credit = entry(1_024_774, '李四', '还款');
    const debit = entry(-20_000, '某某设备有限公司', 'COFFEE MACHINE');
    const { settlement, outcomes } = settle({
      bills: [],
      entries: [charge, chinese, coded, credit, debit],
      bankDates: ['2024-03-16'],
    });
    expect([charge, chinese, coded, credit, debit].map((e) => outcomes.get(e.record_id))).toEqual([
      'bank_charge',
      'bank_charge',
      'bank_charge',
      'bank_only',
      'bank_debit_unexplained',
    ]);
    expect(settlement.bank_charges).toEqual({ count: 3, amount_minor: 2_502 });
    expect(settlement.unexplained_debits).toEqual({ count: 1, amount_minor: 20_000 });
    expect(settlement.bank_only).toEqual({ count: 1, amount_minor: 1_024_774 });
  });

  it('takes the bank charges by the rule of the bank statement’s profile where it gives one', () => {
    const monthly = entry(-300, 'BANK', 'KONTOFUEHRUNG');
    const fee = entry(-200, 'BANK', 'FEE');
    const rules = new Map([[9, { descriptions: ['KONTOFUEHRUNG'], codes: [] }]]);
    const { outcomes } = settle({ bills: [], entries: [monthly, fee], bankDates: [], chargeRules: rules });
    expect([outcomes.get(monthly.record_id), outcomes.get(fee.record_id)]).toEqual([
      'bank_charge',
      'bank_debit_unexplained',
    ]);
  });

  it('counts a bill that nets to 0.00 with no credit as matched', () => {
    const zero = channelBill(head('wechat'), [
      { kind: 'payment', amount_minor: 1_000, fee_minor: 6 },
      { kind: 'refund', amount_minor: -1_000, fee_minor: -6 },
    ]);
    const { settlement } = settle({ bills: [zero], entries: [], bankDates: ['2024-03-16'] });
    expect(settlement.payouts[0]).toMatchObject({ expected_minor: 0, credited_minor: null, status: 'matched' });
  });

  it('settles only the bills due on the statement’s days, or named by its credits', () => {
    const later = { ...alipay(), bill_date: '2024-03-16' };
    const { settlement } = settle({ bills: [alipay(), later], entries: [], bankDates: ['2024-03-16'] });
    expect(settlement.payouts.map((p) => p.settlement_date)).toEqual(['2024-03-15']);
  });
});

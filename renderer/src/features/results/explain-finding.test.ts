import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXCEPTION_CODES, type CategoryCode } from '../../../../core/match/categories.ts';
import type { BookSide, Finding, GroupRecord, StatementSide } from '../../../../core/match/types.ts';
import { en } from '../../i18n/en.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { explainFinding } from './explain-finding.ts';

const book = (side: Partial<BookSide> = {}): BookSide => ({
  status: 'succeeded',
  raw_status: null,
  amount_minor: 10000,
  refund_minor: 0,
  currency: 'CNY',
  channel_ref: null,
  occurred_at: null,
  file: 'orders.csv',
  line: 2,
  ...side,
});

const statement = (side: Partial<StatementSide> = {}): StatementSide => ({
  payments: 1,
  amount_minor: 10000,
  refund_minor: 0,
  reversal_minor: 0,
  fee_minor: 60,
  currency: 'CNY',
  channel_refs: '',
  occurred_at: null,
  file: 'alipay.csv',
  lines: '5',
  ...side,
});

const groupRecord = (side: GroupRecord['side'], source: string): GroupRecord => ({
  side,
  source,
  kind: 'payment',
  status: 'succeeded',
  amount_minor: 10000,
  currency: 'CNY',
  channel_ref: null,
  occurred_at: null,
  file: `${source}.csv`,
  line: 2,
});

const finding = (
  category: CategoryCode,
  sides: { book: BookSide | null; statement: StatementSide | null },
  rule = 'the engine rule',
): Finding => ({
  category,
  source: 'alipay',
  order_ref: 'SO1',
  amount_minor: 10000,
  currency: 'CNY',
  rule,
  differing: [],
  ...sides,
});

type Case = { name: string; finding: Finding; en: string; zh: string };

const CASES: Case[] = [
  {
    name: 'statement_only with a payment',
    finding: finding('statement_only', { book: null, statement: statement() }),
    en: 'Paid on the statement; no book record',
    zh: '账单已支付；系统无此订单',
  },
  {
    name: 'statement_only with a refund only',
    finding: finding('statement_only', { book: null, statement: statement({ payments: 0, refund_minor: 123456 }) }),
    en: 'Statement refund 1,234.56; no book record',
    zh: '账单退款 1,234.56；系统无此订单',
  },
  {
    name: 'statement_only with a reversal only',
    finding: finding('statement_only', { book: null, statement: statement({ payments: 0, reversal_minor: 500 }) }),
    en: 'Statement reversal 5.00; no book record',
    zh: '账单冲正 5.00；系统无此订单',
  },
  {
    name: 'statement_only with neither',
    finding: finding('statement_only', { book: null, statement: statement({ payments: 0 }) }),
    en: 'On the statement; no book record',
    zh: '仅账单有记录；系统无此订单',
  },
  {
    name: 'book_only',
    finding: finding('book_only', { book: book(), statement: null }),
    en: 'Book paid before the cross-day window; not on the statement',
    zh: '系统已支付（早于跨日窗口）；账单无此笔',
  },
  {
    name: 'pending_cross_day',
    finding: finding('pending_cross_day', { book: book(), statement: null }),
    en: 'Book paid within the cross-day window; expected on the next statement',
    zh: '系统在跨日窗口内支付；应出现在下一期账单',
  },
  {
    name: 'duplicate_charge',
    finding: finding('duplicate_charge', { book: book(), statement: statement({ payments: 3 }) }),
    en: 'Book paid once; 3 statement payments',
    zh: '系统支付一次；账单 3 笔支付',
  },
  {
    name: 'duplicate_charge across channels',
    finding: {
      ...finding('duplicate_charge', { book: book(), statement: statement({ payments: 2 }) }),
      source: 'wechat',
      match_rule: 'cross_channel',
      group: [groupRecord('book', 'alipay'), groupRecord('statement', 'alipay'), groupRecord('statement', 'wechat')],
    },
    en: 'Book paid once on alipay; paid again on wechat',
    zh: '系统在alipay支付一次；wechat再次扣款',
  },
  {
    name: 'book_duplicate',
    finding: finding('book_duplicate', { book: book(), statement: statement() }),
    en: 'The order is exported twice with the same content; the statement pays it once',
    zh: '订单重复导出（内容相同）；账单只支付一次',
  },
  {
    name: 'statement_only refund without original (its rule)',
    finding: {
      ...finding('statement_only', { book: null, statement: statement({ payments: 0, refund_minor: 700 }) }),
      match_rule: 'refund_without_original',
    },
    en: 'Statement refund 7.00; no original payment on either side',
    zh: '账单退款 7.00；两边均无原交易',
  },
  {
    name: 'ambiguous',
    finding: finding('ambiguous', { book: book(), statement: statement({ payments: 3 }) }),
    en: 'Several sets of statement payments make up the order amount; none is taken',
    zh: '账单多组支付都能凑成订单金额；不自动匹配',
  },
  {
    name: 'amount_mismatch',
    finding: finding('amount_mismatch', { book: book(), statement: statement({ amount_minor: 9900 }) }),
    en: 'Book paid; the statement payment has another amount',
    zh: '系统已支付；账单支付金额不一致',
  },
  {
    name: 'paid_not_notified, book pending',
    finding: finding('paid_not_notified', { book: book({ status: 'pending' }), statement: statement() }),
    en: 'Statement payment succeeded; book pending',
    zh: '账单支付成功；系统状态：待支付',
  },
  {
    name: 'paid_not_notified, book failed',
    finding: finding('paid_not_notified', { book: book({ status: 'failed' }), statement: statement() }),
    en: 'Statement payment succeeded; book failed',
    zh: '账单支付成功；系统状态：失败',
  },
  {
    name: 'paid_not_notified, book closed',
    finding: finding('paid_not_notified', { book: book({ status: 'closed' }), statement: statement() }),
    en: 'Statement payment succeeded; book closed',
    zh: '账单支付成功；系统状态：已关闭',
  },
  {
    name: 'currency_mismatch',
    finding: finding('currency_mismatch', { book: book(), statement: statement({ currency: 'USD' }) }),
    en: 'Book in CNY; statement in USD',
    zh: '系统币种 CNY；账单币种 USD',
  },
  {
    name: 'refund_mismatch, book refunded',
    finding: finding('refund_mismatch', {
      book: book({ status: 'refunded', refund_minor: 5000 }),
      statement: statement({ refund_minor: 3000 }),
    }),
    en: 'Book refunded; refunds: book 50.00, statement 30.00',
    zh: '系统状态：已退款；退款：系统 50.00，账单 30.00',
  },
  {
    name: 'refund_mismatch, book paid without a refund, statement refunded',
    finding: finding('refund_mismatch', { book: book(), statement: statement({ refund_minor: 2500 }) }),
    en: 'Book paid; refunds: book 0.00, statement 25.00',
    zh: '系统状态：已支付；退款：系统 0.00，账单 25.00',
  },
  {
    name: 'refund_mismatch, book refunded, not on the statement',
    finding: finding('refund_mismatch', { book: book({ status: 'refunded', refund_minor: 5000 }), statement: null }),
    en: 'Book refunded; refunds: book 50.00, statement 0.00',
    zh: '系统状态：已退款；退款：系统 50.00，账单 0.00',
  },
  {
    name: 'status_mismatch, book paid, statement reversed',
    finding: finding('status_mismatch', { book: book(), statement: statement({ reversal_minor: 10000 }) }),
    en: 'Book paid; statement reversed',
    zh: '系统状态：已支付；账单已冲正',
  },
  {
    name: 'status_mismatch, book paid, statement without a payment',
    finding: finding('status_mismatch', { book: book(), statement: statement({ payments: 0, fee_minor: 0 }) }),
    en: 'Book paid; statement without a payment',
    zh: '系统状态：已支付；账单无支付',
  },
  {
    name: 'status_mismatch, book pending, statement without a payment',
    finding: finding('status_mismatch', { book: book({ status: 'pending' }), statement: statement({ payments: 0 }) }),
    en: 'Book pending; statement without a payment',
    zh: '系统状态：待支付；账单无支付',
  },
  {
    name: 'status_mismatch, book closed, statement without a payment',
    finding: finding('status_mismatch', { book: book({ status: 'closed' }), statement: statement({ payments: 0 }) }),
    en: 'Book closed; statement without a payment',
    zh: '系统状态：已关闭；账单无支付',
  },
  {
    name: 'status_mismatch, book reversed, not on the statement',
    finding: finding('status_mismatch', { book: book({ status: 'reversed' }), statement: null }),
    en: 'Book reversed; not on the statement',
    zh: '系统状态：已冲正；账单无记录',
  },
  {
    name: 'status_mismatch, book unknown, statement paid',
    finding: finding('status_mismatch', { book: book({ status: 'unknown' }), statement: statement() }),
    en: 'Book status unknown; statement paid',
    zh: '系统状态：未知；账单已支付',
  },
  {
    name: 'status_mismatch, a status the renderer does not know',
    finding: finding('status_mismatch', { book: book({ status: 'on_hold' }), statement: statement() }),
    en: 'Book status unknown; statement paid',
    zh: '系统状态：未知；账单已支付',
  },
];

describe('explainFinding', () => {
  let english: TFunction;
  let chinese: TFunction;

  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      lng: 'en',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
    });
    english = i18n.getFixedT('en');
    chinese = i18n.getFixedT('zh-CN');
  });

  it('has a case for every exception category', () => {
    const covered = new Set(CASES.map((entry) => entry.finding.category));
    expect(EXCEPTION_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(CASES)('explains $name in English and Chinese', ({ finding, en: expectedEn, zh: expectedZh }) => {
    expect(explainFinding(finding, english)).toBe(expectedEn);
    expect(explainFinding(finding, chinese)).toBe(expectedZh);
  });

  it('translates every book status for a status mismatch', () => {
    const statuses = {
      succeeded: '已支付',
      pending: '待支付',
      failed: '失败',
      refunded: '已退款',
      closed: '已关闭',
      reversed: '已冲正',
      unknown: '未知',
    };
    for (const [status, zh] of Object.entries(statuses)) {
      const row = finding('status_mismatch', { book: book({ status }), statement: statement({ payments: 0 }) });
      expect(explainFinding(row, chinese)).toBe(`系统状态：${zh}；账单无支付`);
    }
  });

  it('explains the informational outcomes too, in both languages', () => {
    const matched = finding('matched', { book: book(), statement: statement() }, 'matched');
    expect(explainFinding(matched, english)).toBe('Both sides paid the same amount in the same currency');
    expect(explainFinding(matched, chinese)).toBe('两边金额、币种一致，均已支付');
    const unpaid = finding('unpaid', { book: book({ status: 'pending' }), statement: null }, 'unpaid');
    expect(explainFinding(unpaid, english)).toBe('Book pending; nothing on the statement');
    expect(explainFinding(unpaid, chinese)).toMatch(/^系统状态：.+；账单上没有这笔$/);
  });
});

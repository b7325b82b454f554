#!/usr/bin/env node
// Deterministic sample day for ReconDesk: one merchant, bill date 2024-03-15, about 3,000 orders.
//
//   node scripts/make-samples.mjs [--out samples] [--seed 20240315]
//
// Writes into --out (default: samples/ next to this script's folder):
//   orders.csv     internal order export (UTF-8, LF)
//   alipay.csv     Alipay business-detail bill (支付宝业务明细): GBK, CRLF, '#' preamble/footer, tab padding
//   wechat.csv     WeChat Pay trade bill, ALL (微信支付对账单): UTF-8, CRLF, backtick-prefixed values, summary
//   expected.json  what `recondesk reconcile --json` must report for these three files
//
// The layouts are the ones the built-in Alipay/WeChat profiles read. Every difference category
// is planted several times on purpose; expected.json is computed from the written records by an
// independent implementation of the classification rules below, and the script stops if that
// disagrees with what was planted. Money is integer cents throughout. Same arguments ⇒ the same bytes.
//
// Classification per key (source, order_no), first rule that applies. Statement per key:
// P = payment rows (Alipay 交易 / WeChat SUCCESS), S = their sum, F = refunds (Alipay 退款 /
// WeChat REFUND) as a positive sum, V = reversals (WeChat REVOKED) as a positive sum.
// Book: A = amount, R = refund_amount.
//   no book row                  → statement_only     S (when P = 0: −(F + V))
//   PAID, P = 0                  → pending_cross_day  A if paid_at ≥ day end − 60 s, else book_only A
//   PAID, P ≥ 2                  → duplicate_charge   S − A
//   PAID, statement currency ≠   → currency_mismatch  A
//   PAID, V > 0                  → status_mismatch    A
//   PAID, F > 0                  → refund_mismatch    F − R
//   PAID                         → matched A if S = A, else amount_mismatch S − A
//   PENDING                      → paid_not_notified S if P ≥ 1, else unpaid A
//   REFUNDED                     → refund_matched R if F = R, else refund_mismatch F − R
//   CLOSED                       → revoked V if V > 0; paid_not_notified S if P ≥ 1; else closed A
// Fees: 0.6 % of each row's amount magnitude, cents half-up ((cents·6 + 500) div 1000). Alipay
// 服务费 is negative on trades, positive on refunds; WeChat 手续费 positive on SUCCESS, negative on
// REFUND/REVOKED. A few rows carry a fee one cent off (fee_mismatch). Net fee = the merchant's cost:
// Alipay −Σ服务费, WeChat Σ手续费.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

// ------------------------------------------------------------------ arguments
const HERE = path.dirname(fileURLToPath(import.meta.url));
const opts = { out: path.join(HERE, '..', 'samples'), seed: 20240315 };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (k === '--out') opts.out = process.argv[++i];
  else if (k === '--seed') opts.seed = Number(process.argv[++i]);
  else if (k === '-h' || k === '--help') {
    console.log('usage: node scripts/make-samples.mjs [--out DIR] [--seed N]');
    process.exit(0);
  } else {
    console.error(`unknown argument: ${k}`);
    process.exit(2);
  }
}
if (!opts.out || !Number.isInteger(opts.seed)) {
  console.error('--out needs a directory and --seed an integer');
  process.exit(2);
}

// ------------------------------------------------------------------ the day
const BILL_DAY = '2024-03-15';
const NEXT_DAY = '2024-03-16';
const DAY8 = '20240315';
const TOTAL_ORDERS = 3000;
const DAY_SECONDS = 86400;
const CROSS_DAY_WINDOW = 60;
const CROSS_DAY_FROM = DAY_SECONDS - CROSS_DAY_WINDOW; // 23:59:00
const FEE_PER_MILLE = 6; // 0.6 %

// ------------------------------------------------------------------ PRNG: xoshiro128**, seeded by a 32-bit mixer
function mix32(x) {
  x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
  x = Math.imul(x ^ (x >>> 12), 0x297a2d39) >>> 0;
  return (x ^ (x >>> 15)) >>> 0;
}
function makeRandom(seed) {
  const s = new Uint32Array(4);
  let x = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    x = (x + 0x6d2b79f5) >>> 0;
    s[i] = mix32(x) || 1;
  }
  const rotl = (v, k) => ((v << k) | (v >>> (32 - k))) >>> 0;
  const next = () => {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}
const nextU32 = makeRandom(opts.seed);
/** Uniform integer in [lo, hi], by rejection (no modulo bias, no floats). */
function int(lo, hi) {
  const span = hi - lo + 1;
  if (span <= 0 || span > 0x100000000) throw new Error(`bad range ${lo}..${hi}`);
  const limit = 0x100000000 - (0x100000000 % span);
  for (;;) {
    const r = nextU32();
    if (r < limit) return lo + (r % span);
  }
}
/** true with probability num/den. */
const chance = (num, den) => int(1, den) <= num;
const choose = (arr) => arr[int(0, arr.length - 1)];
const numeric = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(int(0, 9));
  return s;
};
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const alnum = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[int(0, ALNUM.length - 1)];
  return s;
};
const hexString = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
  return s;
};
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = int(0, i);
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

// ------------------------------------------------------------------ money and time (integers only)
/** 123456 → "1234.56", -5 → "-0.05", 0 → "0.00". */
function yuan(cents) {
  if (!Number.isSafeInteger(cents)) throw new Error(`not an integer amount: ${cents}`);
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const units = (abs - (abs % 100)) / 100;
  const frac = abs % 100;
  return `${negative ? '-' : ''}${units}.${frac < 10 ? '0' : ''}${frac}`;
}
/** 0.6 % of a non-negative cent amount, half-up to the cent. */
function feeOf(cents) {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`bad fee base ${cents}`);
  const scaled = cents * FEE_PER_MILLE + 500;
  return (scaled - (scaled % 1000)) / 1000;
}
const two = (n) => (n < 10 ? '0' : '') + n;
function clock(sec) {
  const h = (sec - (sec % 3600)) / 3600;
  const m = ((sec % 3600) - (sec % 60)) / 60;
  return `${two(h)}:${two(m)}:${two(sec % 60)}`;
}
const at = (sec) => `${BILL_DAY} ${clock(sec)}`;
const cnDate = (iso) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;

// Prices: a third are list prices (several at x2.50 / x7.50, where half-up rounding of the fee
// matters), the rest spread over magnitudes, mostly tens to hundreds of yuan.
const LIST = [
  250, 750, 990, 1250, 1800, 2250, 2990, 3750, 4500, 5800, 6250, 8750, 9900, 12500, 16800, 19900, 26250, 39900, 59900,
  88800, 128800, 199900,
];
const BANDS = [
  [2, 1, 99],
  [22, 100, 999],
  [44, 1000, 9999],
  [24, 10000, 99999],
  [7, 100000, 999999],
  [1, 1000000, 4999999],
];
function price() {
  if (chance(1, 3)) return choose(LIST);
  let r = int(1, 100);
  for (const [w, lo, hi] of BANDS) {
    if (r <= w) return int(lo, hi);
    r -= w;
  }
  return int(1000, 9999);
}
// Orders by hour of the day (weights), so the day looks like a day.
const HOURLY = [3, 2, 1, 1, 1, 1, 2, 5, 9, 10, 11, 13, 15, 12, 10, 10, 11, 12, 15, 16, 14, 11, 8, 5];
function createdSecond() {
  const total = HOURLY.reduce((a, b) => a + b, 0);
  let r = int(1, total);
  let h = 0;
  while (r > HOURLY[h]) r -= HOURLY[h++];
  return h * 3600 + int(0, 3599);
}
/** Seconds from creating an order to paying it: mostly quick, sometimes minutes. */
const payDelay = () => (chance(4, 5) ? int(4, 90) : int(91, 1500));

// ------------------------------------------------------------------ reference data
const PRODUCTS = [
  '会员月卡',
  '咖啡拿铁大杯',
  '外卖订单',
  '余额充值',
  '电影票',
  '洗衣服务',
  '课程报名费',
  '停车费',
  '生鲜配送',
  '话费充值',
  '门店消费',
  '商品A（赠品）',
  '年度会员',
  '保险服务费',
  '快递运费',
  '早餐套餐',
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤';
const STORES = [
  ['HZ0007', '杭州西湖店'],
  ['SZ0015', '深圳南山店'],
  ['CD0002', '成都春熙路店'],
];
const BANKS = ['OTHERS', 'OTHERS', 'CMB_DEBIT', 'ICBC_DEBIT', 'CCB_CREDIT', 'ABC_DEBIT', 'BOC_CREDIT', 'CMBC_CREDIT'];
const WX_TYPES = ['JSAPI', 'JSAPI', 'JSAPI', 'NATIVE', 'APP', 'MICROPAY'];
const ALIPAY_ACCOUNT = `2088${numeric(12)}0156`;
const WX_APPIDS = [`wx${hexString(16)}`, `wx${hexString(16)}`];
const WX_MCHID = `1${numeric(9)}`;

let aliSeq = int(10_000_000, 90_000_000);
let wxSeq = int(100_000_000, 900_000_000);
let wxRefundSeq = int(1_000_000, 9_000_000);
const alipayTxn = () => `${DAY8}22001${numeric(4)}${String(++aliSeq * 7).padStart(11, '0')}`;
const wechatTxn = () => `42000${numeric(5)}${DAY8}${String(++wxSeq * 3).padStart(10, '0')}`;
const wechatRefundId = () => `50${numeric(3)}${DAY8}${numeric(6)}${String(++wxRefundSeq * 11).padStart(10, '0')}`;
const newTxn = (source) => (source === 'alipay' ? alipayTxn() : wechatTxn());

// ------------------------------------------------------------------ the plan
// Each entry is one key with the category it is meant to fall in and how to build it.
const plans = [];
const plan = (category, source, variant, count) => {
  for (let i = 0; i < count; i++) plans.push({ category, source, variant });
};
for (const [source, n] of [
  ['alipay', 4],
  ['wechat', 5],
])
  plan('amount_mismatch', source, 'differs', n);
for (const source of ['alipay', 'wechat']) {
  plan('paid_not_notified', source, 'pending', 3);
  plan('paid_not_notified', source, 'closed', 1);
  plan('duplicate_charge', source, 'twice', 3);
  plan('refund_mismatch', source, 'differs', 3);
  plan('refund_mismatch', source, 'unknown_to_book', 1);
  plan('refund_matched', source, 'partial', 3);
  plan('refund_matched', source, 'two_parts', 1);
  plan('statement_only', source, 'refund_only', 1);
}
plan('refund_mismatch', 'alipay', 'missing_on_statement', 1);
for (const [source, n] of [
  ['alipay', 3],
  ['wechat', 4],
]) {
  plan('statement_only', source, 'payment', n);
  plan('pending_cross_day', source, 'late', n);
}
plan('statement_only', 'alipay', 'after_export', 1);
for (const [source, n] of [
  ['alipay', 4],
  ['wechat', 5],
]) {
  plan('book_only', source, 'missing', n);
  plan('refund_matched', source, 'full', n);
}
plan('status_mismatch', 'wechat', 'reversed', 4);
plan('currency_mismatch', 'wechat', 'usd', 3);
plan('revoked', 'wechat', 'micropay', 4);

const onBook = (p) => p.category !== 'statement_only';
const randomSource = () => (chance(45, 100) ? 'alipay' : 'wechat');
for (let i = 0; i < 120; i++) plan('unpaid', randomSource(), 'never_paid', 1);
for (let i = 0; i < 60; i++) plan('closed', randomSource(), 'cancelled', 1);
while (plans.filter(onBook).length < TOTAL_ORDERS) plan('matched', randomSource(), 'same', 1);
shuffle(plans);

// ------------------------------------------------------------------ build orders and statement rows
// statement row: { source, kind: 'payment' | 'refund' | 'reversal', orderNo, txn, cents (positive),
//                  currency, t, created, product, refundNo, feeDelta, seq }
const rows = [];
let rowSeq = 0;
const addRow = (r) => rows.push({ currency: 'CNY', refundNo: '', feeDelta: 0, ...r, seq: rowSeq++ });

// Times first: every book order gets its creation time, then the book is numbered in time order.
const books = [];
for (const p of plans) {
  if (!onBook(p)) continue;
  let created;
  let paid;
  if (p.category === 'pending_cross_day') {
    paid = int(CROSS_DAY_FROM, DAY_SECONDS - 1);
    created = paid - int(5, 240);
  } else {
    created = createdSecond();
    paid = Math.min(DAY_SECONDS - 1, created + payDelay());
    if (p.category === 'book_only' && paid >= CROSS_DAY_FROM - 600) {
      // missing well before the cut-off, so it cannot be a cross-day payment
      paid = CROSS_DAY_FROM - int(601, 7200);
      created = paid - int(4, 90);
    }
  }
  books.push({ plan: p, created, paid, tie: books.length });
}
books.sort((a, b) => a.created - b.created || a.tie - b.tie);
books.forEach((b, i) => {
  b.orderNo = `SO${DAY8}${String(i + 1).padStart(8, '0')}`;
});

const orderLines = [];
const intended = []; // { source, orderNo, category, amount }
const intend = (source, orderNo, category, amount) => intended.push({ source, orderNo, category, amount });

for (const b of books) {
  const { category, source, variant } = b.plan;
  const product = choose(PRODUCTS);
  const customer = `C${String(int(1, 2_000_000)).padStart(8, '0')}`;
  let amount = price();
  if (category === 'refund_matched' || category === 'refund_mismatch') amount = Math.max(amount, 1000 + int(0, 9000));
  if (category === 'amount_mismatch' && amount < 2000) amount += 2000;
  // the channel completes the payment a moment before the merchant hears of it
  const tPay = Math.max(b.created, b.paid - int(0, 2));
  const row = (kind, cents, t, extra = {}) =>
    addRow({ source, kind, orderNo: b.orderNo, cents, t, created: b.created, product, ...extra });
  const refundTime = (after) => Math.min(DAY_SECONDS - 1, after + int(60, Math.max(60, DAY_SECONDS - 1 - after)));
  const refundNo = (n) => `RF${b.orderNo.slice(2)}0${n}`;

  let status = 'PAID';
  let txn = '';
  let paidAt = '';
  let refund = 0;
  const pay = () => {
    txn = newTxn(source);
    paidAt = at(b.paid);
    return txn;
  };

  switch (`${category}/${variant}`) {
    case 'matched/same':
      row('payment', amount, tPay, { txn: pay() });
      intend(source, b.orderNo, category, amount);
      break;
    case 'amount_mismatch/differs': {
      const d = int(1, 1000);
      const charged = chance(1, 2) ? amount + d : amount - d;
      row('payment', charged, tPay, { txn: pay() });
      intend(source, b.orderNo, category, charged - amount);
      break;
    }
    case 'paid_not_notified/pending':
      status = 'PENDING';
      row('payment', amount, tPay, { txn: newTxn(source) });
      intend(source, b.orderNo, category, amount);
      break;
    case 'paid_not_notified/closed':
      // the order timed out and was closed in the OMS, but the customer had paid
      status = 'CLOSED';
      row('payment', amount, tPay, { txn: newTxn(source) });
      intend(source, b.orderNo, category, amount);
      break;
    case 'status_mismatch/reversed': {
      row('payment', amount, tPay, { txn: pay(), wxType: 'MICROPAY' });
      row('reversal', amount, Math.min(DAY_SECONDS - 1, tPay + int(5, 300)), { txn, wxType: 'MICROPAY' });
      intend(source, b.orderNo, category, amount);
      break;
    }
    case 'book_only/missing':
      pay();
      intend(source, b.orderNo, category, amount);
      break;
    case 'pending_cross_day/late':
      pay();
      intend(source, b.orderNo, category, amount);
      break;
    case 'duplicate_charge/twice': {
      row('payment', amount, tPay, { txn: pay() });
      row('payment', amount, Math.min(DAY_SECONDS - 1, tPay + int(1, 90)), { txn: newTxn(source) });
      intend(source, b.orderNo, category, amount);
      break;
    }
    case 'currency_mismatch/usd':
      row('payment', amount, tPay, { txn: pay(), currency: 'USD' });
      intend(source, b.orderNo, category, amount);
      break;
    case 'refund_mismatch/unknown_to_book': {
      // the book still says PAID, the channel refunded part of it
      row('payment', amount, tPay, { txn: pay() });
      const back = int(100, amount - 100);
      row('refund', back, refundTime(tPay), { txn, refundNo: refundNo(1) });
      intend(source, b.orderNo, category, back);
      break;
    }
    case 'refund_mismatch/differs': {
      status = 'REFUNDED';
      row('payment', amount, tPay, { txn: pay() });
      refund = chance(1, 2) ? amount : int(200, amount - 200);
      const d = int(1, Math.min(1000, refund - 1));
      // the channel refunded less, or more (never more than was paid)
      const back = refund + d > amount || chance(1, 2) ? refund - d : refund + d;
      row('refund', back, refundTime(tPay), { txn, refundNo: refundNo(1) });
      intend(source, b.orderNo, category, back - refund);
      break;
    }
    case 'refund_mismatch/missing_on_statement':
      status = 'REFUNDED';
      row('payment', amount, tPay, { txn: pay() });
      refund = amount;
      intend(source, b.orderNo, category, -refund);
      break;
    case 'refund_matched/full':
    case 'refund_matched/partial':
    case 'refund_matched/two_parts': {
      status = 'REFUNDED';
      row('payment', amount, tPay, { txn: pay() });
      refund = variant === 'full' ? amount : int(200, amount - 200);
      const t1 = refundTime(tPay);
      if (variant === 'two_parts') {
        const first = int(100, refund - 100);
        row('refund', first, t1, { txn, refundNo: refundNo(1) });
        row('refund', refund - first, refundTime(t1), { txn, refundNo: refundNo(2) });
      } else {
        row('refund', refund, t1, { txn, refundNo: refundNo(1) });
      }
      intend(source, b.orderNo, category, refund);
      break;
    }
    case 'revoked/micropay':
      status = 'CLOSED';
      row('payment', amount, tPay, { txn: pay(), wxType: 'MICROPAY' });
      row('reversal', amount, Math.min(DAY_SECONDS - 1, tPay + int(5, 300)), { txn, wxType: 'MICROPAY' });
      intend(source, b.orderNo, category, amount);
      break;
    case 'unpaid/never_paid':
      status = 'PENDING';
      intend(source, b.orderNo, category, amount);
      break;
    case 'closed/cancelled':
      status = 'CLOSED';
      intend(source, b.orderNo, category, amount);
      break;
    default:
      throw new Error(`no recipe for ${category}/${variant}`);
  }
  orderLines.push(
    [b.orderNo, source, txn, yuan(amount), 'CNY', status, at(b.created), paidAt, customer, yuan(refund)].join(','),
  );
}

// Keys the book does not know: payments from another system, one order created after the export,
// and a refund of a payment from an earlier day.
let legacySeq = 0;
for (const p of plans) {
  if (onBook(p)) continue;
  const t = createdSecond();
  const orderNo =
    p.variant === 'after_export'
      ? `SO${DAY8}${String(TOTAL_ORDERS + int(1, 5)).padStart(8, '0')}`
      : `LG${DAY8}${String(++legacySeq).padStart(7, '0')}`;
  const cents = price();
  const created = Math.max(0, t - int(4, 60));
  const base = { source: p.source, orderNo, cents, created, product: choose(PRODUCTS), txn: newTxn(p.source) };
  if (p.variant === 'refund_only') {
    addRow({ ...base, kind: 'refund', t, refundNo: `RF${orderNo.slice(2)}01` });
    intend(p.source, orderNo, p.category, -cents);
  } else {
    const at0 = p.variant === 'after_export' ? DAY_SECONDS - int(1, 20) : t;
    addRow({ ...base, kind: 'payment', t: at0, created: Math.max(0, at0 - int(4, 60)) });
    intend(p.source, orderNo, p.category, cents);
  }
}

// Bills list rows by completion time.
rows.sort((a, b) => a.t - b.t || a.seq - b.seq);

// A few rows carry a fee one cent off what the rate gives.
for (const source of ['alipay', 'wechat']) {
  const candidates = rows.filter((r) => r.source === source && r.cents >= 1000 && r.currency === 'CNY');
  const payments = candidates.filter((r) => r.kind === 'payment');
  const refunds = candidates.filter((r) => r.kind === 'refund');
  const picked = new Set();
  while (picked.size < 3) picked.add(choose(payments));
  picked.add(choose(refunds));
  for (const r of picked) r.feeDelta = chance(1, 2) ? 1 : -1;
}

// ------------------------------------------------------------------ write the files
fs.mkdirSync(opts.out, { recursive: true });
const write = (name, data) => fs.writeFileSync(path.join(opts.out, name), data);

write(
  'orders.csv',
  `order_no,channel,channel_txn_no,amount,currency,status,created_at,paid_at,customer_id,refund_amount\n${orderLines.join('\n')}\n`,
);

/** The fee as the bill prints it, in cents with the bill's sign convention. */
function statedFee(r) {
  const magnitude = feeOf(r.cents) + r.feeDelta;
  if (r.source === 'alipay') return r.kind === 'payment' ? -magnitude : magnitude;
  return r.kind === 'payment' ? magnitude : -magnitude;
}

// alipay.csv
{
  const lines = [
    '#支付宝业务明细查询',
    `#账号：[${ALIPAY_ACCOUNT}]`,
    `#起始日期：[${cnDate(BILL_DAY)} 00:00:00]   终止日期：[${cnDate(NEXT_DAY)} 00:00:00]`,
    '#-----------------------------------------业务明细列表----------------------------------------',
    '支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注',
  ];
  let trades = 0;
  let tradeSum = 0;
  let refunds = 0;
  let refundSum = 0;
  for (const r of rows) {
    if (r.source !== 'alipay') continue;
    const isTrade = r.kind === 'payment';
    const signed = isTrade ? r.cents : -r.cents;
    let store = ['\t', '\t', '\t', '\t'];
    if (chance(1, 10)) {
      const [id, name] = choose(STORES);
      store = [`${id}\t`, `${name}\t`, `cashier${two(int(1, 12))}\t`, `T${numeric(4)}\t`];
    }
    const buyer = `**${SURNAMES[int(0, SURNAMES.length - 1)]}(1${int(30, 99)}******${numeric(2)})\t`;
    lines.push(
      [
        `${r.txn}\t`,
        `${r.orderNo}\t`,
        `${isTrade ? '交易' : '退款'}\t`,
        r.product,
        at(r.created),
        at(r.t),
        ...store,
        buyer,
        yuan(signed),
        yuan(signed),
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '',
        '0.00\t',
        '0.00',
        `${isTrade ? '' : r.refundNo}\t`,
        yuan(statedFee(r)),
        '0.00',
        chance(1, 5) ? r.product : '',
      ].join(','),
    );
    if (isTrade) {
      trades++;
      tradeSum += signed;
    } else {
      refunds++;
      refundSum += signed;
    }
  }
  lines.push(
    '#-----------------------------------------业务明细列表结束------------------------------------',
    `#交易合计：${trades}笔，商家实收共${yuan(tradeSum)}元，商家优惠共0.00元`,
    `#退款合计：${refunds}笔，商家实收退款共${yuan(refundSum)}元，商家优惠退款共0.00元`,
    `#导出时间：[${cnDate(NEXT_DAY)} 0${int(6, 8)}:${two(int(0, 59))}:${two(int(0, 59))}]`,
  );
  const text = lines.join('\r\n') + '\r\n';
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) throw new Error('alipay.csv has a character GBK cannot hold');
  write('alipay.csv', bytes);
}

// wechat.csv
{
  const lines = [
    '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注',
  ];
  const tick = (v) => '`' + v;
  let count = 0;
  let settled = 0;
  let refunded = 0;
  let feeSum = 0;
  let ordered = 0;
  let applied = 0;
  for (const r of rows) {
    if (r.source !== 'wechat') continue;
    const appid = WX_APPIDS[r.orderNo.charCodeAt(r.orderNo.length - 1) % 2];
    const openid = `o${alnum(27)}`;
    const type = r.wxType ?? choose(WX_TYPES);
    const attach = chance(1, 6) ? `{"statement_id":"${numeric(19)}"}` : '';
    const fee = statedFee(r);
    let v;
    if (r.kind === 'payment') {
      v = [
        at(r.t),
        appid,
        WX_MCHID,
        '0',
        '',
        r.txn,
        r.orderNo,
        openid,
        type,
        'SUCCESS',
        choose(BANKS),
        r.currency,
        yuan(r.cents),
        '0.00',
        '0',
        '0',
        '0.00',
        '0.00',
        '',
        '',
        r.product,
        attach,
        `${yuan(fee)}000`,
        '0.60%',
        yuan(r.cents),
        '0.00',
        '',
      ];
      settled += r.cents;
      ordered += r.cents;
    } else {
      const isRefund = r.kind === 'refund';
      v = [
        at(r.t),
        appid,
        WX_MCHID,
        '0',
        '',
        r.txn,
        r.orderNo,
        openid,
        type,
        isRefund ? 'REFUND' : 'REVOKED',
        choose(BANKS),
        r.currency,
        '0.00',
        '0.00',
        wechatRefundId(),
        isRefund ? r.refundNo : '0',
        yuan(r.cents),
        '0.00',
        'ORIGINAL',
        'SUCCESS',
        r.product,
        attach,
        `${yuan(fee)}000`,
        '0.60%',
        '0.00',
        yuan(r.cents),
        '',
      ];
      refunded += r.cents;
      applied += r.cents;
    }
    feeSum += fee;
    count++;
    lines.push(v.map(tick).join(','));
  }
  lines.push(
    '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
    [String(count), yuan(settled), yuan(refunded), '0.00', `${yuan(feeSum)}000`, yuan(ordered), yuan(applied)]
      .map(tick)
      .join(','),
  );
  write('wechat.csv', lines.join('\r\n') + '\r\n');
}

// ------------------------------------------------------------------ expected result, from the records
// Re-derived from the order lines and statement rows written above with the rules in the header,
// then compared with the plan.
const CODES = [
  'matched',
  'amount_mismatch',
  'paid_not_notified',
  'status_mismatch',
  'statement_only',
  'book_only',
  'duplicate_charge',
  'refund_mismatch',
  'currency_mismatch',
  'pending_cross_day',
  'refund_matched',
  'unpaid',
  'closed',
  'revoked',
];
const SOURCES = ['alipay', 'wechat'];

const book = new Map();
for (const line of orderLines) {
  const [orderNo, source, , amount, currency, status, , paidAt, , refundAmount] = line.split(',');
  const cents = (s) => {
    const [u, f] = s.split('.');
    return Number(u) * 100 + Number(f);
  };
  book.set(`${source}|${orderNo}`, { status, currency, A: cents(amount), R: cents(refundAmount), paidAt });
}
const statement = new Map();
for (const r of rows) {
  const key = `${r.source}|${r.orderNo}`;
  let s = statement.get(key);
  if (!s) statement.set(key, (s = { P: 0, S: 0, F: 0, V: 0, currencies: new Set() }));
  if (r.kind === 'payment') {
    s.P++;
    s.S += r.cents;
    s.currencies.add(r.currency);
  } else if (r.kind === 'refund') s.F += r.cents;
  else s.V += r.cents;
}
const secondsOf = (ts) => {
  const [h, m, s] = ts.slice(11).split(':').map(Number);
  return h * 3600 + m * 60 + s;
};
function classify(bk, st) {
  const s = st ?? { P: 0, S: 0, F: 0, V: 0, currencies: new Set() };
  if (!bk) return s.P > 0 ? ['statement_only', s.S] : ['statement_only', -(s.F + s.V)];
  const { status, A, R } = bk;
  if (status === 'PAID') {
    if (s.P === 0) return secondsOf(bk.paidAt) >= CROSS_DAY_FROM ? ['pending_cross_day', A] : ['book_only', A];
    if (s.P >= 2) return ['duplicate_charge', s.S - A];
    if ([...s.currencies].some((c) => c !== bk.currency)) return ['currency_mismatch', A];
    if (s.V > 0) return ['status_mismatch', A];
    if (s.F > 0) return ['refund_mismatch', s.F - R];
    return s.S === A ? ['matched', A] : ['amount_mismatch', s.S - A];
  }
  if (status === 'PENDING') return s.P >= 1 ? ['paid_not_notified', s.S] : ['unpaid', A];
  if (status === 'REFUNDED') return s.F === R ? ['refund_matched', R] : ['refund_mismatch', s.F - R];
  if (status === 'CLOSED') {
    if (s.V > 0) return ['revoked', s.V];
    return s.P >= 1 ? ['paid_not_notified', s.S] : ['closed', A];
  }
  throw new Error(`unknown book status ${status}`);
}

const zero = () => ({ count: 0, amount_minor: 0 });
const categories = {};
for (const code of CODES) categories[code] = { ...zero(), by_source: { alipay: zero(), wechat: zero() } };
const keys = new Set([...book.keys(), ...statement.keys()]);
const derived = new Map();
for (const key of [...keys].sort()) {
  const [category, amount] = classify(book.get(key), statement.get(key));
  const source = key.slice(0, key.indexOf('|'));
  derived.set(key, [category, amount]);
  const c = categories[category];
  c.count++;
  c.amount_minor += amount;
  c.by_source[source].count++;
  c.by_source[source].amount_minor += amount;
}
if (intended.length !== derived.size) throw new Error(`planted ${intended.length} keys, derived ${derived.size}`);
for (const it of intended) {
  const [category, amount] = derived.get(`${it.source}|${it.orderNo}`) ?? [];
  if (category !== it.category || amount !== it.amount)
    throw new Error(
      `${it.source} ${it.orderNo}: planted ${it.category} ${it.amount}, rules give ${category} ${amount}`,
    );
}
for (const code of CODES) {
  if (categories[code].count < 3) throw new Error(`only ${categories[code].count} of ${code}`);
}

const fees = {};
for (const source of SOURCES) {
  let net = 0;
  let mismatch = 0;
  for (const r of rows) {
    if (r.source !== source) continue;
    const stated = statedFee(r);
    const magnitude = feeOf(r.cents);
    const expected =
      source === 'alipay'
        ? r.kind === 'payment'
          ? -magnitude
          : magnitude
        : r.kind === 'payment'
          ? magnitude
          : -magnitude;
    if (stated !== expected) mismatch++;
    net += source === 'alipay' ? -stated : stated;
  }
  fees[source] = { net_fee_minor: net, fee_mismatch: mismatch };
}

const expected = {
  rows: {
    'orders.csv': orderLines.length,
    'alipay.csv': rows.filter((r) => r.source === 'alipay').length,
    'wechat.csv': rows.filter((r) => r.source === 'wechat').length,
  },
  categories,
  fees,
  controls: { 'alipay.csv': true, 'wechat.csv': true },
};
write('expected.json', JSON.stringify(expected, null, 2) + '\n');

const summary = Object.fromEntries(CODES.map((c) => [c, categories[c].count]));
console.log(
  `wrote ${path.relative(process.cwd(), opts.out) || '.'}: ${JSON.stringify({ rows: expected.rows, categories: summary, fees })}`,
);

/** Hand-built canonical records for the converter's tests: the values exports get wrong. */
import type { CanonicalRecord } from '../canonical/record.ts';
import type { ImportSummary } from '../import/types.ts';

const trace = (line: number): CanonicalRecord['trace'] => ({
  import_id: 3,
  file: '支付宝账单 2024-03-01.csv',
  line,
  profile_id: 'alipay-bill',
  profile_version: 2,
});

const base: CanonicalRecord = {
  side: 'statement',
  source: 'alipay',
  kind: 'payment',
  order_ref: 'ORD-1',
  channel_ref: '2024030122001400001',
  refund_ref: null,
  batch_ref: null,
  amount_minor: 12345,
  currency: 'CNY',
  fee_minor: 74,
  fee_rate_ppm: 6000,
  net_minor: 12271,
  status: 'succeeded',
  raw_status: '交易成功',
  occurred_at: '2024-03-01T23:59:30+08:00',
  booked_on: '2024-03-01',
  value_on: null,
  counterparty: '张三',
  description: '商品购买',
  trace: trace(5),
};

export const SAMPLE_RECORDS: CanonicalRecord[] = [
  base,
  { ...base, kind: 'refund', order_ref: '=1+1', refund_ref: 'R-1', amount_minor: -1250, fee_minor: -7, net_minor: -1243,
    description: '=1+1', trace: trace(6) },
  { ...base, currency: 'JPY', amount_minor: 1500, fee_minor: null, fee_rate_ppm: null, net_minor: null,
    description: '-cmd', counterparty: 'He said "hi", then left', trace: trace(7) },
  { ...base, currency: 'KWD', amount_minor: 12345, fee_minor: 5, net_minor: 12340, order_ref: '@SUM(1)',
    channel_ref: '＋1', description: 'line one\r\nline two, with a comma\nand "quotes"', trace: trace(8) },
  { ...base, side: 'book', source: 'wechat', amount_minor: -9007199254740991, currency: 'USD', fee_minor: null,
    fee_rate_ppm: null, net_minor: null, raw_status: null, occurred_at: null, booked_on: null, counterparty: 'Name_x0041_ and _x003d_',
    description: '\tTAB first', batch_ref: '+86 138', status: 'pending', trace: trace(9) },
];

export const SAMPLE_IMPORT: ImportSummary = {
  import_id: 3, file: '支付宝账单 2024-03-01.csv', sha256: 'ef'.repeat(32), bytes: 2048, profile_id: 'alipay-bill',
  profile_version: 2, profile_name: { en: 'Alipay bill', 'zh-CN': '支付宝账单' }, side: 'statement', source: 'alipay',
  format: 'csv', encoding: 'gb18030', rows: 6, imported: 5, rejected: 1, records: 5, skipped_lines: 8,
  period_start: '2024-03-01', period_end: '2024-03-01', metadata: { merchant: '2088xxxx' },
  controls: [{ label: '交易合计', stated: '=SUM(A1)', computed: '123.45', holds: false }],
  control_status: 'mismatch',
  rejections: [{ line: 10, code: 'amount', message: 'not an amount', raw: 'x,y' }],
  duplicate_of: null,
};

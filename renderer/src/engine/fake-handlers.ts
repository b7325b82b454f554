import { CATEGORY_CODES, type CategoryCode } from '../../../core/match/categories.ts';
import type { CategoryTotals, FeeFinding, Finding, RunSummary } from '../../../core/match/types.ts';
import type { ImportSummary } from '../../../core/import/types.ts';
import type { EngineHandlers } from '../../../core/rpc/contract.ts';

/** A stand-in engine with deterministic data, for developing the screen without core. */
const PROFILES = {
  alipay: { id: 'alipay-merchant-trade', en: 'Alipay merchant trades', zh: '支付宝商户交易明细', side: 'statement' },
  wechat: { id: 'wechatpay-merchant-trade', en: 'WeChat Pay merchant trades', zh: '微信支付商户交易账单', side: 'statement' },
  orders: { id: 'orders-basic', en: 'Order export', zh: '订单导出', side: 'book' },
} as const;

const COUNTS: Partial<Record<CategoryCode, number>> = {
  matched: 1840, amount_mismatch: 3, paid_not_notified: 2, status_mismatch: 1, statement_only: 1204,
  book_only: 4, duplicate_charge: 1, refund_mismatch: 2, pending_cross_day: 2, refund_matched: 12, unpaid: 6, closed: 3,
};

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function totals(code: CategoryCode): CategoryTotals {
  const count = COUNTS[code] ?? 0;
  const half = Math.floor(count / 2);
  return {
    count,
    amount_minor: count * 12345,
    by_source: { alipay: { count: half, amount_minor: half * 12345 }, wechat: { count: count - half, amount_minor: (count - half) * 12345 } },
  };
}

function finding(category: CategoryCode, index: number): Finding {
  const book = category === 'statement_only' ? null : { status: 'succeeded', raw_status: '已支付', amount_minor: 10000 + index, refund_minor: 0, currency: 'CNY', channel_ref: `T${index}`, occurred_at: '2024-05-01T10:00:00+08:00', file: 'orders.csv', line: index + 2 };
  const statement = category === 'book_only' ? null : { payments: 1, amount_minor: 10000 + index + (category === 'amount_mismatch' ? 100 : 0), refund_minor: 0, reversal_minor: 0, fee_minor: 60, currency: 'CNY', channel_refs: `T${index}`, occurred_at: '2024-05-01T10:00:01+08:00', file: 'alipay.csv', lines: String(index + 6) };
  return {
    category, source: index % 2 ? 'wechat' : 'alipay', order_ref: `ORD${String(index).padStart(6, '0')}`,
    amount_minor: 12345, currency: 'CNY', rule: 'order_ref + amount', differing: category === 'amount_mismatch' ? ['amount'] : book && statement ? [] : ['presence'],
    book, statement,
  };
}

function feeFinding(index: number): FeeFinding {
  return { source: 'alipay', order_ref: `ORD${index}`, channel_ref: `T${index}`, kind: 'payment', amount_minor: 10000, currency: 'CNY', fee_minor: 70, expected_fee_minor: 60, rate_ppm: 6000, file: 'alipay.csv', line: index + 6 };
}

export function createFakeHandlers(): EngineHandlers {
  const imports: ImportSummary[] = [];
  let runId = 0;
  return {
    'profiles/list': async () => [],
    'import/detect': async ({ file }) => ({ file: file.name, best: null, runner_up: null, message: 'fake' }),
    'import/file': async ({ file }, context) => {
      const key = file.name.includes('alipay') ? 'alipay' : file.name.includes('wechat') ? 'wechat' : file.name.includes('order') ? 'orders' : null;
      if (!key) return { ok: false, issues: [{ code: 'unknown_format', message: 'no profile recognises this file', file: file.name, line: 1 }] };
      for (let done = 0; done <= 4; done++) {
        context.progress({ phase: 'read', file: file.name, done: done * 250, total: 1000 });
        await delay(60);
      }
      const profile = PROFILES[key];
      const summary: ImportSummary = {
        import_id: imports.length + 1, file: file.name, sha256: 'x', bytes: file.size, profile_id: profile.id, profile_version: 1,
        profile_name: { en: profile.en, 'zh-CN': profile.zh }, side: profile.side, source: key === 'orders' ? 'mixed' : key,
        format: 'csv', encoding: key === 'orders' ? 'utf-8' : 'gb18030', rows: 1002, imported: 1000, rejected: 2, records: 1000, skipped_lines: 5,
        period_start: '2024-05-01', period_end: '2024-05-01', metadata: {},
        controls: key === 'wechat' ? [{ label: 'total', stated: '100.00', computed: '99.00', holds: false }] : key === 'alipay' ? [{ label: 'total', stated: '100.00', computed: '100.00', holds: true }] : [],
        control_status: key === 'wechat' ? 'mismatch' : key === 'alipay' ? 'holds' : 'none',
        rejections: [{ line: 17, code: 'amount', message: 'amount "abc" is not an amount', raw: 'a,b,abc' }],
        duplicate_of: imports.find((i) => i.file === file.name)?.import_id ?? null,
      };
      imports.push(summary);
      return { ok: true, value: summary };
    },
    'import/list': async () => imports,
    'import/remove': async ({ import_id }) => {
      imports.splice(imports.findIndex((i) => i.import_id === import_id), 1);
    },
    'match/run': async (input, context) => {
      for (let done = 0; done <= 10; done++) {
        if (context.cancelled()) return { ok: false, issues: [{ code: 'cancelled', message: 'run cancelled' }] };
        context.progress({ phase: 'match', done, total: 10 });
        await delay(120);
      }
      runId++;
      const summary: RunSummary = {
        run_id: runId, started_at: new Date().toISOString(),
        parameters: { crossDayWindowSeconds: 60, feeRatesPpm: { alipay: 6000 }, amountToleranceMinor: 0, ...input.parameters },
        categories: Object.fromEntries(CATEGORY_CODES.map((code) => [code, totals(code)])) as RunSummary['categories'],
        fees: {
          alipay: { rows: 900, trade_fee_minor: 54000, refund_fee_minor: -600, net_fee_minor: 53400, fee_mismatch: 3 },
          wechat: { rows: 950, trade_fee_minor: 57000, refund_fee_minor: -300, net_fee_minor: 56700, fee_mismatch: 0 },
        },
        statement_days: {}, book_out_of_scope: 0, currency: 'CNY',
      };
      return { ok: true, value: summary };
    },
    'findings/list': async ({ category, offset, limit, search }) => {
      await delay(80);
      const all = category === 'fee_mismatch' ? 3 : (COUNTS[category] ?? 0);
      const indexes = Array.from({ length: all }, (_, i) => i).filter((i) => !search || `ORD${String(i).padStart(6, '0')}`.includes(search.toUpperCase()));
      const slice = indexes.slice(offset, offset + limit);
      if (category === 'fee_mismatch') return { category, total: indexes.length, rows: slice.map(feeFinding) };
      return { category, total: indexes.length, rows: slice.map((i) => finding(category, i)) };
    },
    'report/workbook': async () => new TextEncoder().encode('fake workbook'),
    'convert/import': async ({ to }) => new TextEncoder().encode(`fake ${to}`),
    'workspace/export': async () => new Uint8Array(),
    'workspace/reset': async () => {
      imports.length = 0;
    },
  };
}

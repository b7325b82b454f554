/** Hand-built run data for the workbook's tests: every category, two sources, planted traps. */
import { CATEGORY_CODES, type CategoryCode } from '../match/categories.ts';
import type { CategoryTotals, FeeFinding, Finding, RunSummary } from '../match/types.ts';
import type { ImportSummary } from '../import/types.ts';
import type { Completeness, FileCompleteness } from '../match/completeness.ts';
import type { DiffWorkbookInput } from './types.ts';

const SOURCES = ['alipay', 'wechat'] as const;

/** A finding of `category` for order `index`, alternating sources; book-only ones have no statement. */
export function sampleFinding(category: CategoryCode, index: number): Finding {
  const source = SOURCES[index % 2] ?? 'alipay';
  const bookMissing = category === 'statement_only';
  const statementMissing = category === 'book_only' || category === 'pending_cross_day';
  const differing: Finding['differing'] =
    category === 'amount_mismatch' ? ['amount'] : bookMissing || statementMissing ? ['presence'] : ['status'];
  return {
    category,
    source,
    order_ref: `ORD-${category}-${index}`,
    amount_minor: 1000 + index,
    currency: 'CNY',
    rule: `order_ref match (${category})`,
    differing,
    book: bookMissing
      ? null
      : {
          status: 'succeeded',
          raw_status: 'PAID',
          amount_minor: 1000 + index,
          refund_minor: 0,
          currency: 'CNY',
          channel_ref: `CH${index}`,
          occurred_at: '2024-03-01T23:59:30+08:00',
          file: 'orders.csv',
          line: index + 2,
        },
    statement: statementMissing
      ? null
      : {
          payments: 1,
          amount_minor: category === 'amount_mismatch' ? 1100 + index : 1000 + index,
          refund_minor: 0,
          reversal_minor: 0,
          fee_minor: 6,
          currency: 'CNY',
          channel_refs: `CH${index}`,
          occurred_at: '2024-03-01T23:59:31+08:00',
          file: 'alipay.csv',
          lines: String(index + 5),
        },
  };
}

const countFor = (code: CategoryCode): number => (CATEGORY_CODES.indexOf(code) % 4) + (code === 'matched' ? 10 : 0);

function totals(code: CategoryCode, findingsOf: (code: CategoryCode) => Finding[]): CategoryTotals {
  const findings = code === 'matched' ? [] : findingsOf(code);
  const count = code === 'matched' ? countFor(code) : findings.length;
  const by_source: CategoryTotals['by_source'] = {};
  for (const finding of findings) {
    const entry = (by_source[finding.source] ??= { count: 0, amount_minor: 0 });
    entry.count++;
    entry.amount_minor += finding.amount_minor;
  }
  const amount_minor = findings.reduce((sum, finding) => sum + finding.amount_minor, 0);
  return { count, amount_minor, by_source };
}

export function sampleImports(): ImportSummary[] {
  const base = {
    bytes: 1000,
    profile_name: { en: 'Alipay bill', 'zh-CN': '支付宝账单' },
    format: 'csv',
    encoding: 'gb18030',
    records: 10,
    net_minor: {},
    skipped_lines: 5,
    period_start: '2024-03-01',
    period_end: '2024-03-01',
    metadata: {},
    duplicate_of: null,
  } as const;
  return [
    {
      ...base,
      import_id: 1,
      file: 'alipay.csv',
      sha256: 'ab'.repeat(32),
      profile_id: 'alipay-bill',
      profile_version: 2,
      side: 'statement',
      source: 'alipay',
      rows: 12,
      entries: 12,
      detection: { confidence: 1, runner_up: null },
      imported: 10,
      rejected: 2,
      control_status: 'mismatch',
      controls: [
        { label: '交易合计 count', stated: '10', computed: '10', holds: true },
        { label: '交易合计 amount', stated: '-100.00', computed: '-99.00', holds: false },
      ],
      warnings: [{ code: 'currency_assumed', message: 'The file does not state its account currency.' }],
      rejections: [
        { line: 7, code: 'amount', message: '"abc" is not an amount', raw: '=HYPERLINK("http://x"),Zhang San,abc' },
        { line: 9, code: 'date', message: 'impossible date', raw: '2024-02-30,Li Si,1.00' },
      ],
    },
    {
      ...base,
      import_id: 2,
      file: 'orders.csv',
      sha256: 'cd'.repeat(32),
      profile_id: 'erp-orders',
      profile_version: 1,
      side: 'book',
      source: 'mixed',
      encoding: 'utf-8',
      rows: 20,
      entries: 20,
      detection: { confidence: 1, runner_up: null },
      imported: 20,
      rejected: 0,
      control_status: 'none',
      controls: [],
      warnings: [],
      rejections: [],
    },
  ];
}

/** A complete input whose summary counts agree with the findings handed out. */
export function sampleInput(findingsPerCategory: (code: CategoryCode) => number = countFor): DiffWorkbookInput {
  const cache = new Map<CategoryCode, Finding[]>();
  const findingsOf = (code: CategoryCode): Finding[] => {
    let list = cache.get(code);
    if (!list) {
      list = Array.from({ length: findingsPerCategory(code) }, (_, index) => sampleFinding(code, index));
      cache.set(code, list);
    }
    return list;
  };
  const categories = Object.fromEntries(CATEGORY_CODES.map((code) => [code, totals(code, findingsOf)])) as Record<
    CategoryCode,
    CategoryTotals
  >;
  const feeFindings: FeeFinding[] = [
    {
      source: 'alipay',
      order_ref: 'ORD-1',
      channel_ref: 'CH1',
      kind: 'payment',
      amount_minor: 10000,
      currency: 'CNY',
      fee_minor: 70,
      expected_fee_minor: 60,
      rate_ppm: 6000,
      file: 'alipay.csv',
      line: 6,
    },
  ];
  const summary: RunSummary = {
    run_id: 7,
    started_at: '2024-03-02T09:00:00+08:00',
    parameters: { crossDayWindowSeconds: 60, feeRatesPpm: { alipay: 6000, wechat: 2500 }, amountToleranceMinor: 0 },
    categories,
    fees: {
      alipay: { rows: 10, trade_fee_minor: 600, refund_fee_minor: -60, net_fee_minor: 540, fee_mismatch: 1 },
    },
    statement_days: {
      alipay: {
        start: '2024-03-01T00:00:00+08:00',
        end: '2024-03-02T00:00:00+08:00',
        cross_day_from: '2024-03-01T23:59:00+08:00',
      },
    },
    book_out_of_scope: 0,
    import_ids: [1, 2],
    currency: 'CNY',
    completeness: sampleCompleteness(),
  };
  return {
    summary,
    imports: sampleImports(),
    findings: (code) => findingsOf(code),
    feeFindings,
    language: 'en',
    generatedAt: '2024-03-02T09:05:00+08:00',
  };
}

/** A holding completeness control for the two sample imports. */
export function sampleCompleteness(): Completeness {
  const file = (import_id: number, name: string, rows: number, amount: number): FileCompleteness => ({
    import_id,
    file: name,
    rows,
    imported: rows,
    rejected: 0,
    stored: { records: rows, amount_minor: { CNY: amount } },
    assigned: { records: rows, amount_minor: { CNY: amount } },
    outcomes: { matched: { records: rows, amount_minor: { CNY: amount } } },
    holds: true,
  });
  return { holds: true, files: [file(1, 'alipay.csv', 10, 123456), file(2, 'orders.csv', 20, 234567)] };
}

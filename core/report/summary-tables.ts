import { CATEGORIES, CATEGORY_CODES } from '../match/categories.ts';
import type { RunSummary } from '../match/types.ts';
import { displayExponent } from './amounts.ts';
import { amount, integer, text, type ReportCell } from './cells.ts';
import type { Labels } from './labels.ts';
import type { RowWriter } from './row-writer.ts';
import type { ReportLanguage } from './types.ts';

type TableOptions = { summary: RunSummary; labels: Labels; language: ReportLanguage };

/**
 * Every source that appears in any category, sorted so the columns never depend on input order.
 *
 * @example categorySources(summary) // ['alipay', 'wechat']
 */
export function categorySources(summary: RunSummary): string[] {
  const sources = new Set<string>();
  for (const code of CATEGORY_CODES) {
    for (const source of Object.keys(summary.categories[code].by_source)) sources.add(source);
  }
  return [...sources].sort();
}

/**
 * Count and amount per category × source, then the total. Rows of system-level categories
 * are red from end to end, as they are everywhere else in the product.
 *
 * @example writeCategoryTable(rows, { summary, labels, language: 'en' })
 */
export function writeCategoryTable(rows: RowWriter, { summary, labels, language }: TableOptions): void {
  const h = labels.header;
  const sources = categorySources(summary);
  const exponent = displayExponent(summary.currency);
  rows.row([text(labels.categories)], 'heading');
  const perSource = sources.flatMap((source) => [`${source} · ${h.count}`, `${source} · ${h.amount}`]);
  const totals = [`${h.total} · ${h.count}`, `${h.total} · ${h.amount}`];
  rows.row([h.category, h.code, h.severity, ...perSource, ...totals].map(text), 'header');
  for (const code of CATEGORY_CODES) {
    const category = CATEGORIES[code];
    const totalsOfCode = summary.categories[code];
    const cells: ReportCell[] = [text(category.label[language]), text(code), text(labels.severity[category.severity])];
    for (const source of sources) {
      const bySource = totalsOfCode.by_source[source];
      cells.push(integer(bySource?.count ?? 0), amount(bySource?.amount_minor ?? 0, exponent));
    }
    cells.push(integer(totalsOfCode.count), amount(totalsOfCode.amount_minor, exponent));
    rows.row(cells, category.severity === 'system' ? 'system' : 'plain');
  }
}

/**
 * Fees per source: statement rows checked, trade, refund and net fee, and how many rows
 * had a fee that is not the stated rate (the fee_mismatch sheet lists them).
 *
 * @example writeFeeTable(rows, { summary, labels, language: 'en' })
 */
export function writeFeeTable(rows: RowWriter, { summary, labels }: TableOptions): void {
  const h = labels.header;
  const exponent = displayExponent(summary.currency);
  rows.row([text(labels.fees)], 'heading');
  rows.row([h.source, h.rowsChecked, h.tradeFee, h.refundFee, h.netFee, h.feeMismatches].map(text), 'header');
  for (const source of Object.keys(summary.fees).sort()) {
    const fees = summary.fees[source];
    if (!fees) continue;
    rows.row(
      [
        text(source),
        integer(fees.rows),
        amount(fees.trade_fee_minor, exponent),
        amount(fees.refund_fee_minor, exponent),
        amount(fees.net_fee_minor, exponent),
        integer(fees.fee_mismatch),
      ],
      (index) => (index === 5 && fees.fee_mismatch > 0 ? 'fail' : 'plain'),
    );
  }
}

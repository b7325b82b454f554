import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type CategoryCode } from '../../../../core/match/categories.ts';
import type { FindingsTotals } from '../../../../core/rpc/contract.ts';
import { formatAmount } from '../../components/format.ts';

/** The sums that mean something under a category's rows. */
type Sums = 'matched' | 'book' | 'sides' | 'difference' | 'mismatch';

/**
 * Exceptions add up both sides and what they differ by (mismatches also the absolute sum); an
 * informational outcome differs by nothing: matched ones show the amount matched, orders without a
 * payment (unpaid, closed, revoked, refunded) the amount booked, a channel switch both sides.
 */
function sumsOf(category: CategoryCode, mismatch: boolean): Sums {
  if (CATEGORIES[category].severity !== 'info') return mismatch ? 'mismatch' : 'difference';
  if (category === 'matched') return 'matched';
  return category === 'channel_switched' ? 'sides' : 'book';
}

/** Under the grid, per currency: what the selected rows add up to, as far as it means something for the category. */
export function GridTotals({
  totals,
  category,
  mismatch,
}: {
  totals: readonly FindingsTotals[];
  category: CategoryCode;
  mismatch: boolean;
}) {
  const { t } = useTranslation();
  if (totals.length === 0) return null;
  const sums = sumsOf(category, mismatch);
  const figure = (testId: string, label: string, minor: number, currency: string) => (
    <span data-testid={testId}>
      {label} <b className="number">{formatAmount(minor, currency)}</b>
    </span>
  );
  return (
    <div className="grid-totals" data-testid="grid-totals" data-sums={sums}>
      {totals.map((line) => (
        <Typography.Text key={line.currency} className="grid-totals-line" data-currency={line.currency}>
          <strong>{t('grid.totals.rows', { count: line.count })}</strong>
          {sums === 'matched' &&
            figure('grid-totals-matched', t('grid.totals.matched'), line.book_minor, line.currency)}
          {sums !== 'matched' && figure('grid-totals-book', t('grid.totals.book'), line.book_minor, line.currency)}
          {sums !== 'matched' &&
            sums !== 'book' &&
            figure('grid-totals-statement', t('grid.totals.statement'), line.statement_minor, line.currency)}
          {(sums === 'difference' || sums === 'mismatch') &&
            figure('grid-totals-difference', t('grid.totals.difference'), line.difference_minor, line.currency)}
          {sums === 'mismatch' &&
            figure('grid-totals-absolute', t('grid.totals.absolute'), line.absolute_difference_minor, line.currency)}
          <span className="grid-totals-currency">{line.currency}</span>
        </Typography.Text>
      ))}
    </div>
  );
}

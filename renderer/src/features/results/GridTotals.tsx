import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingsTotals } from '../../../../core/rpc/contract.ts';
import { formatAmount } from '../../components/format.ts';

/** Under the grid, per currency: what the selected rows add up to, on both sides and in difference. */
export function GridTotals({ totals, mismatch }: { totals: readonly FindingsTotals[]; mismatch: boolean }) {
  const { t } = useTranslation();
  if (totals.length === 0) return null;
  return (
    <div className="grid-totals" data-testid="grid-totals">
      {totals.map((line) => (
        <Typography.Text key={line.currency} className="grid-totals-line" data-currency={line.currency}>
          <strong>{t('grid.totals.rows', { count: line.count })}</strong>
          <span>
            {t('grid.totals.book')} <b className="number">{formatAmount(line.book_minor, line.currency)}</b>
          </span>
          <span>
            {t('grid.totals.statement')} <b className="number">{formatAmount(line.statement_minor, line.currency)}</b>
          </span>
          <span data-testid="grid-totals-difference">
            {t('grid.totals.difference')} <b className="number">{formatAmount(line.difference_minor, line.currency)}</b>
          </span>
          {mismatch && (
            <span data-testid="grid-totals-absolute">
              {t('grid.totals.absolute')}{' '}
              <b className="number">{formatAmount(line.absolute_difference_minor, line.currency)}</b>
            </span>
          )}
          <span className="grid-totals-currency">{line.currency}</span>
        </Typography.Text>
      ))}
    </div>
  );
}

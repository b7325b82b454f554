import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LedgerItem } from '../../../../core/ledger/item.ts';
import { localDateTime } from '../../components/format.ts';

/** How a closed item left the open list: which day's files matched it, or who resolved it, when and why. */
export function ClosedBy({ item }: { item: LedgerItem }) {
  const { t } = useTranslation();
  if (item.state === 'open' || !item.closed_how) return null;
  const how = t(`ledger.items.how.${item.closed_how}`, {
    date: item.closed_date ?? '',
    user: item.closed_by ?? '',
    reason: item.reason ?? '',
  });
  return (
    <span className="closed-by" data-testid="item-closed" data-how={item.closed_how} data-reason={item.reason ?? ''}>
      <span>{how}</span>
      {item.closed_at && <Typography.Text type="secondary"> · {localDateTime(item.closed_at)}</Typography.Text>}
      {item.note && <Typography.Text type="secondary"> · {item.note}</Typography.Text>}
    </span>
  );
}

import { Drawer, Empty, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemEvent, LedgerItem } from '../../../../core/ledger/item.ts';
import { Amount } from '../../components/Amount.tsx';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { localDateTime } from '../../components/format.ts';
import { send } from '../../engine/client.ts';

/** An item's trail, oldest first: found, carried, expired, closed, resolved, reopened — by whom, when, why. */
export function ItemDrawer({ item, onClose }: { item: LedgerItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [events, setEvents] = useState<ItemEvent[] | null>(null);
  // Read again whenever the ledger is (the item is a new object then).
  useEffect(() => {
    let live = true;
    void send('ledger/item-history', { id: item.id }).then((found) => live && setEvents(found));
    return () => {
      live = false;
    };
  }, [item]);
  return (
    <Drawer
      open
      size={640}
      title={t('ledger.drawer.title', { id: item.order_ref })}
      onClose={onClose}
      data-testid="item-drawer"
    >
      <Typography.Paragraph type="secondary">
        <code>{item.id}</code>
      </Typography.Paragraph>
      {events && events.length === 0 && <Empty description={t('ledger.drawer.empty')} />}
      <Timeline
        items={(events ?? []).map((event, index) => ({
          key: index,
          color:
            event.action === 'resolved' || event.action === 'closed'
              ? 'green'
              : event.action === 'reopened'
                ? 'orange'
                : 'blue',
          content: (
            <div data-testid="item-event" data-action={event.action}>
              <Typography.Text strong>{t(`ledger.drawer.action.${event.action}`)}</Typography.Text>{' '}
              <CategoryTag code={event.category} withCode={false} />{' '}
              <Amount minor={event.amount_minor} currency={item.currency} />
              <div>
                <Typography.Text type="secondary">
                  {t('ledger.drawer.line', {
                    date: event.business_date ?? '—',
                    user: event.user_name,
                    time: localDateTime(event.at),
                  })}
                </Typography.Text>
              </div>
              {(event.reason || event.note) && (
                <div>
                  {event.reason && <Typography.Text>{event.reason}</Typography.Text>}
                  {event.note && <Typography.Text type="secondary"> · {event.note}</Typography.Text>}
                </div>
              )}
            </div>
          ),
        }))}
      />
    </Drawer>
  );
}

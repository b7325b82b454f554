import { Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../core/match/incidents.ts';
import type { Finding } from '../../../../core/match/types.ts';
import { Amount } from '../../components/Amount.tsx';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { rowAttributes } from '../../components/test-id.ts';
import { FindingDrawer } from '../results/FindingDrawer.tsx';
import { incidentOrders, incidentWindow, wallClock, type IncidentOrder } from './incident-view.ts';

const timeOf = (finding: Finding | null): string => {
  const at = finding?.statement?.occurred_at ?? finding?.book?.occurred_at;
  const clock = at ? wallClock(at) : null;
  return clock ? clock.time : '—';
};

/** The orders of one incident, each with its category, amount and payment time; one opens its finding. */
export function IncidentOrders({
  incident,
  findings,
  onClose,
}: {
  incident: Incident | null;
  /** The run's findings of the incident categories, null while they load. */
  findings: readonly Finding[] | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [finding, setFinding] = useState<Finding | null>(null);
  const orders = incident ? incidentOrders(incident, findings ?? []) : [];
  return (
    <Drawer
      open={incident !== null}
      onClose={onClose}
      size={640}
      title={
        incident ? t('incidents.orders.title', { channel: incident.channel, window: incidentWindow(incident) }) : ''
      }
      data-testid="incident-orders"
    >
      {incident && (
        <>
          <Typography.Paragraph data-testid="incident-orders-count">
            {t('incidents.orders.count', { count: incident.orders.length })}
          </Typography.Paragraph>
          <Table<IncidentOrder>
            size="small"
            rowKey="order_ref"
            dataSource={orders}
            loading={findings === null}
            pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
            onRow={(row) => ({
              ...rowAttributes({ 'data-testid': 'incident-order', 'data-order': row.order_ref }),
              onClick: () => row.finding && setFinding(row.finding),
              className: row.finding ? 'incident-order clickable' : 'incident-order',
            })}
            columns={[
              {
                key: 'order',
                title: t('incidents.orders.order'),
                render: (_, row) => <code>{row.order_ref}</code>,
              },
              {
                key: 'category',
                title: t('incidents.orders.category'),
                render: (_, row) => (row.finding ? <CategoryTag code={row.finding.category} withCode={false} /> : '—'),
              },
              {
                key: 'amount',
                title: t('incidents.orders.amount'),
                align: 'right',
                render: (_, row) =>
                  row.finding ? <Amount minor={row.finding.amount_minor} currency={row.finding.currency} /> : '—',
              },
              { key: 'time', title: t('incidents.orders.time'), render: (_, row) => timeOf(row.finding) },
            ]}
          />
        </>
      )}
      <FindingDrawer row={finding} onClose={() => setFinding(null)} />
    </Drawer>
  );
}

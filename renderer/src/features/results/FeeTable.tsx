import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeeTotals, RunSummary } from '../../../../core/match/types.ts';
import { Amount } from '../../components/Amount.tsx';

type FeeRow = FeeTotals & { source: string };

/** Fees per source: what the channels charged, gave back, net, and how many rows disagree with the rate. */
export function FeeTable({ summary }: { summary: RunSummary }) {
  const { t } = useTranslation();
  const currency = summary.currency;
  const rows: FeeRow[] = Object.entries(summary.fees)
    .map(([source, totals]) => ({ source, ...totals }))
    .sort((a, b) => a.source.localeCompare(b.source));
  const money = (key: 'trade_fee_minor' | 'refund_fee_minor' | 'net_fee_minor') => (_: unknown, row: FeeRow) => (
    <Amount minor={row[key]} currency={currency} />
  );
  return (
    <Table<FeeRow>
      size="small"
      bordered
      rowKey="source"
      dataSource={rows}
      pagination={false}
      data-testid="fee-table"
      columns={[
        { title: t('results.fees.source'), dataIndex: 'source' },
        {
          title: t('results.fees.rows'),
          dataIndex: 'rows',
          align: 'right',
          render: (value: number) => value.toLocaleString('en-US'),
        },
        { title: t('results.fees.trade'), key: 'trade', align: 'right', render: money('trade_fee_minor') },
        { title: t('results.fees.refund'), key: 'refund', align: 'right', render: money('refund_fee_minor') },
        { title: t('results.fees.net'), key: 'net', align: 'right', render: money('net_fee_minor') },
        {
          title: t('results.fees.mismatches'),
          dataIndex: 'fee_mismatch',
          align: 'right',
          render: (value: number) => <span className={value > 0 ? 'text-exception number' : 'number'}>{value}</span>,
        },
      ]}
    />
  );
}

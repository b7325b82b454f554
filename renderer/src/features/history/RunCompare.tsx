import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { RunComparison } from '../../../../core/ledger/history.ts';
import type { CategoryCode } from '../../../../core/match/categories.ts';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { rowAttributes } from '../../components/test-id.ts';

type Row = { key: string; label: React.ReactNode; from: number; to: number; change: number };

const signed = (change: number) => (change > 0 ? `+${change}` : String(change));

/** Two runs side by side: keys per category and the ledger's figures, before, after and the change. */
export function RunCompare({ comparison }: { comparison: RunComparison }) {
  const { t } = useTranslation();
  const rows: Row[] = [
    ...Object.entries(comparison.counts).map(([code, figures]) => ({
      key: code,
      label: <CategoryTag code={code as CategoryCode} withCode={false} />,
      ...figures,
    })),
    ...Object.entries(comparison.ledger).map(([name, figures]) => ({
      key: name,
      label: t(`ledger.history.figures.${name}`),
      ...figures,
    })),
  ];
  const number = (value: number) => <span className="number">{value}</span>;
  const columns: ColumnsType<Row> = [
    { title: t('ledger.history.figure'), key: 'label', render: (_, row) => row.label },
    { title: t('ledger.history.before'), key: 'from', align: 'right', render: (_, row) => number(row.from) },
    { title: t('ledger.history.after'), key: 'to', align: 'right', render: (_, row) => number(row.to) },
    {
      title: t('ledger.history.change'),
      key: 'change',
      align: 'right',
      render: (_, row) => <span className={row.change === 0 ? 'number muted' : 'number'}>{signed(row.change)}</span>,
    },
  ];
  return (
    <div className="run-compare" data-testid="run-compare">
      <Typography.Text strong>
        {t('ledger.history.comparison', { from: comparison.from, to: comparison.to })}
      </Typography.Text>
      <Table<Row>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        onRow={(row) => rowAttributes({ 'data-testid': `compare-${row.key}`, 'data-change': String(row.change) })}
      />
      <Typography.Text type="secondary">
        {t('ledger.history.changedItems', { count: comparison.items.length })}
      </Typography.Text>
    </div>
  );
}

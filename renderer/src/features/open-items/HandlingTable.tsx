import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CategoryHandling, HandlingMetrics } from '../../../../core/ledger/metrics.ts';
import type { CategoryCode } from '../../../../core/match/categories.ts';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { rowAttributes } from '../../components/test-id.ts';

type Row = CategoryHandling & { code: CategoryCode };

const hours = (value: number | null) => <span className="number">{value === null ? '—' : value.toFixed(1)}</span>;
const count = (value: number) => <span className="number">{value}</span>;

/** Per category: closed automatically or by hand, the time to resolution against its target, items past it. */
export function HandlingTable({ metrics }: { metrics: HandlingMetrics }) {
  const { t } = useTranslation();
  const rows: Row[] = Object.entries(metrics).map(([code, handling]) => ({ ...handling, code: code as CategoryCode }));
  const column = (key: keyof CategoryHandling, render: (row: Row) => React.ReactNode) => ({
    title: t(`ledger.handling.${key}`),
    key,
    align: 'right' as const,
    render: (_: unknown, row: Row) => render(row),
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('ledger.items.columns.category'),
      key: 'code',
      render: (_, row) => <CategoryTag code={row.code} withCode={false} />,
    },
    column('open', (row) => count(row.open)),
    column('closed_automatically', (row) => count(row.closed_automatically)),
    column('closed_by_hand', (row) => count(row.closed_by_hand)),
    column('median_hours', (row) => hours(row.median_hours)),
    column('p90_hours', (row) => hours(row.p90_hours)),
    column('target_hours', (row) => hours(row.target_hours)),
    column('past_target', (row) => (
      <span className={row.past_target > 0 ? 'number text-system' : 'number'}>{row.past_target}</span>
    )),
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={rows}
      pagination={false}
      onRow={(row) => rowAttributes({ 'data-testid': `handling-${row.code}`, 'data-past': String(row.past_target) })}
      data-testid="handling-table"
    />
  );
}

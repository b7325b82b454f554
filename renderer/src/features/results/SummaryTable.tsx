import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../core/match/types.ts';
import { Amount } from '../../components/Amount.tsx';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { categorySeverity, type FindingCategory } from '../../components/format.ts';
import { rowAttributes } from '../../components/test-id.ts';
import { BROWSABLE_TABS, summaryRows, summarySources, type SummaryRow } from './summary-rows.ts';

const count = (value: number) => <span className="number">{value.toLocaleString('en-US')}</span>;

/** Count and amount per category, overall and per source; system anomalies in red. A row opens its tab. */
export function SummaryTable({ summary, onOpen }: { summary: RunSummary; onOpen: (code: FindingCategory) => void }) {
  const { t } = useTranslation();
  const currency = summary.currency;
  const columns: ColumnsType<SummaryRow> = [
    {
      title: t('results.category'),
      key: 'category',
      fixed: 'left',
      render: (_, row) => <CategoryTag code={row.code} />,
    },
    {
      title: t('results.count'),
      key: 'count',
      align: 'right',
      render: (_, row) => <span data-testid="summary-count">{count(row.count)}</span>,
    },
    {
      title: `${t('results.amount')}${currency ? ` (${currency})` : ''}`,
      key: 'amount',
      align: 'right',
      render: (_, row) => <Amount minor={row.amount_minor} currency={currency} />,
    },
    ...summarySources(summary).map((source) => ({
      title: source,
      key: `source-${source}`,
      children: [
        {
          title: t('results.count'),
          key: `count-${source}`,
          align: 'right' as const,
          render: (_: unknown, row: SummaryRow) => count(row.by_source[source]?.count ?? 0),
        },
        {
          title: t('results.amount'),
          key: `amount-${source}`,
          align: 'right' as const,
          render: (_: unknown, row: SummaryRow) => (
            <Amount minor={row.by_source[source]?.amount_minor ?? 0} currency={currency} />
          ),
        },
      ],
    })),
  ];
  return (
    <Table<SummaryRow>
      size="small"
      bordered
      rowKey="code"
      columns={columns}
      dataSource={summaryRows(summary)}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => `severity-${categorySeverity(row.code)}${row.count > 0 ? ' has-count' : ''}`}
      onRow={(row) => ({
        ...rowAttributes({ 'data-testid': `summary-${row.code}`, 'data-count': String(row.count) }),
        ...(BROWSABLE_TABS.includes(row.code) ? { onClick: () => onOpen(row.code), className: 'opens-tab' } : {}),
      })}
      data-testid="summary-table"
    />
  );
}

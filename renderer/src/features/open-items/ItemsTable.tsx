import { LockOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerItem } from '../../../../core/ledger/item.ts';
import type { PeriodSignoff } from '../../../../core/ledger/signoff-state.ts';
import { Amount } from '../../components/Amount.tsx';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { rowAttributes } from '../../components/test-id.ts';
import { itemAge, lockOf } from '../ledger/item-view.ts';
import { ClosedBy } from './ClosedBy.tsx';

type ItemsTableProps = {
  items: LedgerItem[];
  latest: string | null;
  signoffs: readonly PeriodSignoff[];
  selected: string[];
  onSelect: (ids: string[]) => void;
  onTrail: (item: LedgerItem) => void;
};

/** The ledger's items, one row each, selectable in bulk; an item of a locked period cannot be selected. */
export function ItemsTable({ items, latest, signoffs, selected, onSelect, onTrail }: ItemsTableProps) {
  const { t } = useTranslation();
  const columns: ColumnsType<LedgerItem> = [
    {
      title: t('ledger.items.columns.order_ref'),
      key: 'order_ref',
      render: (_, item) => <code>{item.order_ref}</code>,
    },
    { title: t('ledger.items.columns.source'), dataIndex: 'source', key: 'source' },
    {
      title: t('ledger.items.columns.category'),
      key: 'category',
      render: (_, item) => <CategoryTag code={item.category} withCode={false} />,
    },
    {
      title: t('ledger.items.columns.amount'),
      key: 'amount',
      align: 'right',
      render: (_, item) => <Amount minor={item.amount_minor} currency={item.currency} showCurrency />,
    },
    { title: t('ledger.items.columns.origin_date'), dataIndex: 'origin_date', key: 'origin_date' },
    {
      title: t('ledger.items.columns.age'),
      key: 'age',
      align: 'right',
      render: (_, item) => (
        <span className="number" data-testid="item-age">
          {itemAge(item, latest)}
        </span>
      ),
    },
    {
      title: t('ledger.items.columns.state'),
      key: 'state',
      render: (_, item) => (
        <>
          <Tag color={item.state === 'open' ? 'orange' : 'green'} data-testid="item-state">
            {t(`ledger.items.state.${item.state}`)}
          </Tag>
          {lockOf(item, signoffs) && (
            <Tooltip title={t('ledger.items.lockedTip')}>
              <LockOutlined data-testid="item-locked" />
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: t('ledger.items.columns.closed'),
      key: 'closed',
      render: (_, item) => <ClosedBy item={item} />,
    },
    {
      title: '',
      key: 'trail',
      render: (_, item) => (
        <Button size="small" type="link" onClick={() => onTrail(item)} data-testid="item-trail">
          {t('ledger.items.history')}
        </Button>
      ),
    },
  ];
  return (
    <Table<LedgerItem>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      rowSelection={{
        selectedRowKeys: selected,
        // Every item the filters show, over all pages: a filter then a bulk resolution.
        selections: [Table.SELECTION_ALL, Table.SELECTION_NONE],
        onChange: (keys: Key[]) => onSelect(keys.map(String)),
        getCheckboxProps: (item) => ({ disabled: lockOf(item, signoffs) !== undefined }),
      }}
      onRow={(item) =>
        rowAttributes({
          'data-testid': 'item-row',
          'data-id': item.id,
          'data-category': item.category,
          'data-state': item.state,
          'data-order': item.order_ref,
        })
      }
      locale={{ emptyText: <Typography.Text type="secondary">{t('ledger.items.empty')}</Typography.Text> }}
      data-testid="items-table"
    />
  );
}

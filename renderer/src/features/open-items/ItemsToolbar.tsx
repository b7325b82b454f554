import { Button, Input, Segmented, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGE_BUCKETS, type AgeBucket } from '../../../../core/ledger/aging.ts';
import { categoryLabel, type FindingCategory } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import type { ItemFilter } from '../ledger/item-view.ts';
import { amountBound } from '../results/grid-view.ts';

type ItemsToolbarProps = {
  filter: ItemFilter;
  onChange: (filter: ItemFilter) => void;
  /** The categories the ledger has items of. */
  categories: readonly string[];
  /** The ledger's currency, for the amount typed. */
  currency: string | null;
  selected: number;
  /** Whether the selection can be resolved (all open) or reopened (all resolved). */
  canResolve: boolean;
  canReopen: boolean;
  onResolve: () => void;
  onReopen: () => void;
};

/** State, category and age filters, a search, and what to do with the selected items. */
export function ItemsToolbar(props: ItemsToolbarProps) {
  const { filter, onChange, categories, currency, selected } = props;
  const { t } = useTranslation();
  const states = (['open', 'resolved', 'all'] as const).map((value) => ({
    value,
    label: <span data-testid={`items-state-${value}`}>{t(`ledger.items.state.${value}`)}</span>,
  }));
  return (
    <Space wrap size="small" className="items-toolbar">
      <Segmented<ItemFilter['state']>
        options={states}
        value={filter.state}
        onChange={(state) => onChange({ ...filter, state })}
        data-testid="items-state"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('ledger.items.category')}
        value={filter.categories}
        onChange={(chosen: string[]) => onChange({ ...filter, categories: chosen })}
        options={categories.map((code) => ({
          value: code,
          label: categoryLabel(code as FindingCategory, currentLanguage()),
        }))}
        style={{ minWidth: 180 }}
        data-testid="items-category-filter"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('ledger.items.age')}
        value={filter.ages}
        onChange={(ages: AgeBucket[]) => onChange({ ...filter, ages })}
        options={AGE_BUCKETS.map((bucket) => ({ value: bucket, label: t('ledger.items.bucket', { bucket }) }))}
        style={{ minWidth: 140 }}
        data-testid="items-age-filter"
      />
      <Input.Search
        allowClear
        placeholder={t('ledger.items.search')}
        value={filter.search}
        onChange={(event) => onChange({ ...filter, search: event.target.value })}
        style={{ width: 240 }}
        data-testid="items-search"
      />
      <Input
        allowClear
        placeholder={t('ledger.items.maxAmount')}
        aria-label={t('ledger.items.maxAmount')}
        value={filter.maxAmount}
        onChange={(event) => onChange({ ...filter, maxAmount: event.target.value })}
        status={amountBound(filter.maxAmount, currency) === 'invalid' ? 'error' : ''}
        style={{ width: 150 }}
        data-testid="items-max-amount"
      />
      <Typography.Text type="secondary" data-testid="items-selected">
        {t('ledger.items.selected', { count: selected })}
      </Typography.Text>
      <Button type="primary" disabled={!props.canResolve} onClick={props.onResolve} data-testid="items-resolve">
        {t('ledger.items.resolve')}
      </Button>
      <Button disabled={!props.canReopen} onClick={props.onReopen} data-testid="items-reopen">
        {t('ledger.items.reopen')}
      </Button>
    </Space>
  );
}

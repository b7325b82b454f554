import { DatePicker, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../../core/canonical/record.ts';
import { amountBound, type GridView } from './grid-view.ts';

type GridToolbarProps = {
  view: GridView;
  onChange: (view: GridView) => void;
  /** The sources the category has findings of. */
  sources: readonly string[];
  currency: string | null;
  /** Fee findings are searched only: they have no book side to filter on. */
  searchOnly: boolean;
};

/** Search and column filters over one category's findings: source, book status, amount and time ranges. */
export function GridToolbar({ view, onChange, sources, currency, searchOnly }: GridToolbarProps) {
  const { t } = useTranslation();
  const invalid = (typed: string) => amountBound(typed, currency) === 'invalid';
  const amount = (field: 'amountMin' | 'amountMax', placeholder: string) => (
    <Input
      value={view[field]}
      onChange={(event) => onChange({ ...view, [field]: event.target.value })}
      placeholder={placeholder}
      aria-label={placeholder}
      status={invalid(view[field]) ? 'error' : ''}
      title={invalid(view[field]) ? t('grid.invalidAmount') : undefined}
      data-testid={`grid-${field}`}
      style={{ width: 110 }}
    />
  );
  return (
    <Space wrap size="small">
      <Input.Search
        allowClear
        placeholder={t('grid.search')}
        value={view.search}
        onChange={(event) => onChange({ ...view, search: event.target.value })}
        style={{ width: 320 }}
        data-testid="grid-search"
      />
      {!searchOnly && (
        <>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('grid.columns.source')}
            value={[...view.sources]}
            onChange={(sources: string[]) => onChange({ ...view, sources })}
            options={sources.map((source) => ({ value: source, label: source }))}
            style={{ minWidth: 130 }}
            data-testid="grid-source-filter"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('grid.columns.book_status')}
            value={[...view.statuses]}
            onChange={(statuses: string[]) => onChange({ ...view, statuses })}
            options={STATUSES.map((status) => ({ value: status, label: t(`explain.status.${status}`) }))}
            style={{ minWidth: 150 }}
            data-testid="grid-status-filter"
          />
          <Space.Compact>
            {amount('amountMin', t('grid.amountFrom'))}
            {amount('amountMax', t('grid.amountTo'))}
          </Space.Compact>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowEmpty={[true, true]}
            placeholder={[t('grid.timeFrom'), t('grid.timeTo')]}
            onChange={(_, [from, to]) => onChange({ ...view, from, to })}
            data-testid="grid-time-filter"
          />
        </>
      )}
    </Space>
  );
}

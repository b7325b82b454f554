import { useTranslation } from 'react-i18next';
import { ColumnPicker } from './ColumnPicker.tsx';
import { DraftItem } from './DraftItem.tsx';

/** The canonical fields a column can feed, in the order ops read a statement line. */
export const MAPPED_FIELDS = [
  'amount',
  'fee',
  'booked_on',
  'value_on',
  'occurred_at',
  'order_ref',
  'channel_ref',
  'refund_ref',
  'batch_ref',
  'counterparty',
  'description',
  'raw_status',
] as const;

/** Column → canonical field: each field picks its column(s) from the sample file's real header names. */
export function FormMapping() {
  const { t } = useTranslation();
  return (
    <div className="mapping-grid">
      {MAPPED_FIELDS.map((field) => (
        <DraftItem key={field} path={['fields', field]} label={<code>{t(`profiles.field.${field}`)}</code>}>
          <ColumnPicker path={['fields', field, 'column']} testId={`map-${field}`} />
        </DraftItem>
      ))}
    </div>
  );
}

import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDraftEditing, useDraftField } from './draft-context.ts';
import { valueAt } from './draft-edit.ts';
import { DraftItem } from './DraftItem.tsx';

const DATE_FORMATS = [
  'yyyy-MM-dd',
  'dd.MM.yyyy',
  'dd/MM/yyyy',
  'MM/dd/yyyy',
  'dd-MM-yyyy',
  'yyyyMMdd',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy/MM/dd HH:mm:ss',
  'dd.MM.yy',
];
const TIME_ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Singapore',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Paris',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Rome',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
];
const DATE_FIELDS = ['booked_on', 'value_on', 'occurred_at'] as const;

function Suggested({ path, options, testId }: { path: string[]; options: readonly string[]; testId: string }) {
  const field = useDraftField<string>(path);
  return (
    <AutoComplete
      disabled={field.readOnly}
      value={field.value ?? ''}
      options={options.map((value) => ({ value }))}
      onChange={(next: string) => field.set(next)}
      status={field.issues.length > 0 ? 'error' : ''}
      data-testid={testId}
    />
  );
}

/** The date layout of each mapped date column, and the statement's time zone (dates are never shifted by the machine's). */
export function FormDates() {
  const { t } = useTranslation();
  const { draft } = useDraftEditing();
  const mapped = DATE_FIELDS.filter((field) => valueAt(draft, ['fields', field]) !== undefined);
  return (
    <>
      {mapped.map((field) => (
        <DraftItem
          key={field}
          path={['fields', field, 'format']}
          label={t('profiles.form.dateFormat', { field: t(`profiles.field.${field}`) })}
        >
          <Suggested path={['fields', field, 'format']} options={DATE_FORMATS} testId={`form-date-format-${field}`} />
        </DraftItem>
      ))}
      <DraftItem path={['timeZone']} label={t('profiles.form.timeZone')}>
        <Suggested path={['timeZone']} options={TIME_ZONES} testId="form-time-zone" />
      </DraftItem>
    </>
  );
}

import { Radio, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColumnPicker } from './ColumnPicker.tsx';
import { useDraftField } from './draft-context.ts';
import { DraftItem } from './DraftItem.tsx';
import { TextField } from './FormLayout.tsx';

const THOUSANDS = [
  { value: ',', label: ', (1,234.50)' },
  { value: '.', label: '. (1.234,50)' },
  { value: ' ', label: 'space (1 234,50)' },
  { value: '\u00a0', label: 'no-break space' },
  { value: "'", label: "' (1'234.50)" },
];
const SIGNS = ['as-is', 'negate', 'negative', 'positive'] as const;

function Flag({ path, testId }: { path: string[]; testId: string }) {
  const field = useDraftField<boolean>(path);
  return (
    <Switch
      size="small"
      disabled={field.readOnly}
      checked={field.value === true}
      onChange={(next) => field.set(next ? true : undefined)}
      data-testid={testId}
    />
  );
}

function Words({
  path,
  testId,
  options = [],
}: {
  path: string[];
  testId: string;
  options?: { value: string; label: string }[];
}) {
  const field = useDraftField<string[]>(path);
  return (
    <Select
      mode="tags"
      allowClear
      disabled={field.readOnly}
      value={field.value ?? []}
      options={options}
      onChange={(next: string[]) => field.set(next)}
      data-testid={testId}
      aria-label={testId}
    />
  );
}

/** How amounts are written: decimal comma, thousands separators, signs, debit/credit columns, a D/C mark. */
export function FormAmount() {
  const { t } = useTranslation();
  const decimal = useDraftField<string>(['amountFormat', 'decimal']);
  const sign = useDraftField<string>(['fields', 'amount', 'sign']);
  return (
    <>
      <DraftItem path={['amountFormat', 'decimal']} label={t('profiles.form.decimal')}>
        <Radio.Group
          disabled={decimal.readOnly}
          value={decimal.value ?? '.'}
          onChange={(event) => decimal.set(event.target.value)}
          options={[
            { value: '.', label: t('profiles.form.decimalPoint') },
            { value: ',', label: t('profiles.form.decimalComma') },
          ]}
          data-testid="form-decimal"
        />
      </DraftItem>
      <DraftItem path={['amountFormat', 'thousands']} label={t('profiles.form.thousands')}>
        <Words path={['amountFormat', 'thousands']} testId="form-thousands" options={THOUSANDS} />
      </DraftItem>
      <Space size="large" wrap>
        <DraftItem path={['amountFormat', 'parentheses']} label={t('profiles.form.parentheses')}>
          <Flag path={['amountFormat', 'parentheses']} testId="form-parentheses" />
        </DraftItem>
        <DraftItem path={['amountFormat', 'trailingMinus']} label={t('profiles.form.trailingMinus')}>
          <Flag path={['amountFormat', 'trailingMinus']} testId="form-trailing-minus" />
        </DraftItem>
      </Space>
      <DraftItem path={['fields', 'amount', 'sign']} label={t('profiles.form.sign')}>
        <Select
          disabled={sign.readOnly}
          value={sign.value ?? 'as-is'}
          options={SIGNS.map((value) => ({ value, label: t(`profiles.form.signs.${value}`) }))}
          onChange={(next: string) => sign.set(next === 'as-is' ? undefined : next)}
          data-testid="form-sign"
        />
      </DraftItem>
      <DraftItem
        path={['fields', 'amount', 'debit']}
        label={t('profiles.form.debit')}
        help={t('profiles.form.debitHelp')}
      >
        <ColumnPicker path={['fields', 'amount', 'debit']} testId="form-debit" />
      </DraftItem>
      <DraftItem
        path={['fields', 'amount', 'indicator']}
        label={t('profiles.form.indicator')}
        help={t('profiles.form.indicatorHelp')}
      >
        <ColumnPicker path={['fields', 'amount', 'indicator', 'column']} single testId="form-indicator-column" />
      </DraftItem>
      <div className="form-pair">
        <DraftItem path={['fields', 'amount', 'indicator', 'negative']} label={t('profiles.form.indicatorNegative')}>
          <Words path={['fields', 'amount', 'indicator', 'negative']} testId="form-indicator-negative" />
        </DraftItem>
        <DraftItem path={['fields', 'amount', 'indicator', 'positive']} label={t('profiles.form.indicatorPositive')}>
          <Words path={['fields', 'amount', 'indicator', 'positive']} testId="form-indicator-positive" />
        </DraftItem>
      </div>
    </>
  );
}

/** The currency: the account's (stated by the file, or assumed), or a column naming each row's. */
export function FormCurrency() {
  const { t } = useTranslation();
  const currency = useDraftField<{ value?: string; column?: string; assumed?: boolean }>(['currency']);
  const byColumn = currency.value?.column !== undefined;
  return (
    <>
      <Radio.Group
        disabled={currency.readOnly}
        value={byColumn ? 'column' : 'value'}
        onChange={(event) => currency.set(event.target.value === 'column' ? { column: '' } : { value: '' })}
        options={[
          { value: 'value', label: t('profiles.form.currencyValue') },
          { value: 'column', label: t('profiles.form.currencyColumn') },
        ]}
        data-testid="form-currency-mode"
      />
      {byColumn ? (
        <DraftItem path={['currency', 'column']} label={t('profiles.form.currencyColumn')}>
          <ColumnPicker path={['currency', 'column']} single testId="form-currency-column" />
        </DraftItem>
      ) : (
        <div className="form-pair">
          <DraftItem path={['currency', 'value']} label={t('profiles.form.currencyCode')}>
            <TextField path={['currency', 'value']} testId="form-currency" placeholder="EUR" />
          </DraftItem>
          <DraftItem path={['currency', 'assumed']} label={t('profiles.form.currencyAssumed')}>
            <Flag path={['currency', 'assumed']} testId="form-currency-assumed" />
          </DraftItem>
        </div>
      )}
    </>
  );
}

import { Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../../../core/currency.ts';
import type { ImportSummary } from '../../../../core/import/types.ts';

const OPTIONS = currencyCodes().map((code) => ({ value: code, label: code }));

/**
 * The account currency of a file that never states it: a warning while it is assumed, with a
 * choice that imports the file again in the right currency; a plain note once chosen.
 */
export function AccountCurrency({
  summary,
  onChoose,
}: {
  summary: ImportSummary;
  onChoose: ((currency: string) => void) | null;
}) {
  const { t } = useTranslation();
  const note = summary.metadata['account_currency'];
  if (note === undefined) return null;
  const currency = note.slice(0, 3);
  if (!note.includes('assumed'))
    return <Tag data-testid="currency-chosen">{t('files.currencyChosen', { currency })}</Tag>;
  return (
    <Space size={4} wrap>
      <Tag color="warning" data-testid="currency-assumed">
        {t('files.currencyAssumed', { currency })}
      </Tag>
      {onChoose && (
        <Select
          size="small"
          showSearch
          placeholder={t('files.chooseCurrency')}
          options={OPTIONS}
          onChange={onChoose}
          style={{ width: 150 }}
          data-testid="currency-choice"
        />
      )}
    </Space>
  );
}

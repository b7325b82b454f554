import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldProblem, SettingsDraft } from './run-settings.ts';

type RunSettingsProps = {
  draft: SettingsDraft;
  problems: Readonly<Record<string, FieldProblem>>;
  disabled: boolean;
  onChange: (draft: SettingsDraft) => void;
};

/**
 * Every parameter of a run, as `recondesk reconcile` takes them: the cross-day window, the amount
 * tolerances (`[SOURCE=]N|P%`, comma-separated), the date windows, the cross-day expiry, the targets
 * per category (`CATEGORY=HOURS`, comma-separated) and a fee rate per source. A value that is not
 * one is refused on its field, with what the field takes.
 */
export function RunSettings({ draft, problems, disabled, onChange }: RunSettingsProps) {
  const { t } = useTranslation();
  const status = (field: string) => (problems[field] ? ('error' as const) : ('' as const));
  const help = (field: string) => {
    const problem = problems[field];
    return problem ? <span data-testid={`invalid-${field}`}>{t(`run.invalid.${problem}`)}</span> : undefined;
  };
  const setRate = (row: number, change: Partial<SettingsDraft['feeRates'][number]>) =>
    onChange({
      ...draft,
      feeRates: draft.feeRates.map((entry, index) => (index === row ? { ...entry, ...change } : entry)),
    });
  return (
    <Form layout="inline" className="run-form" data-testid="run-settings">
      <Form.Item label={t('run.crossDay')} validateStatus={status('crossDay')} help={help('crossDay')}>
        <Input
          value={draft.crossDay}
          onChange={(event) => onChange({ ...draft, crossDay: event.target.value })}
          suffix={t('run.seconds')}
          disabled={disabled}
          data-testid="cross-day-window"
          style={{ width: 130 }}
        />
      </Form.Item>
      <Form.Item label={t('run.tolerance')} validateStatus={status('tolerances')} help={help('tolerances')}>
        <Input
          value={draft.tolerances}
          onChange={(event) => onChange({ ...draft, tolerances: event.target.value })}
          placeholder="0, wechat=5, alipay=0.5%"
          title={t('run.toleranceHint')}
          disabled={disabled}
          data-testid="tolerance"
          style={{ width: 230 }}
        />
      </Form.Item>
      <Form.Item label={t('run.dateWindows')} validateStatus={status('dateWindows')} help={help('dateWindows')}>
        <Input
          value={draft.dateWindows}
          onChange={(event) => onChange({ ...draft, dateWindows: event.target.value })}
          placeholder="bank=3"
          suffix={t('run.days')}
          disabled={disabled}
          data-testid="date-windows"
          style={{ width: 150 }}
        />
      </Form.Item>
      <Form.Item
        label={t('run.crossDayExpiry')}
        validateStatus={status('crossDayExpiry')}
        help={help('crossDayExpiry')}
      >
        <Input
          value={draft.crossDayExpiry}
          onChange={(event) => onChange({ ...draft, crossDayExpiry: event.target.value })}
          suffix={t('run.days')}
          title={t('run.crossDayExpiryHint')}
          disabled={disabled}
          data-testid="cross-day-expiry"
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item label={t('run.targets')} validateStatus={status('targets')} help={help('targets')}>
        <Input
          value={draft.targets}
          onChange={(event) => onChange({ ...draft, targets: event.target.value })}
          placeholder="paid_not_notified=2, duplicate_charge=1"
          title={t('run.targetsHint')}
          disabled={disabled}
          data-testid="targets"
          style={{ width: 300 }}
        />
      </Form.Item>
      {draft.feeRates.map((entry, row) => (
        <Form.Item
          key={row}
          label={row === 0 ? t('run.feeRate') : undefined}
          className="fee-rate-row"
          validateStatus={status(`feeSource.${row}`) || status(`feeRate.${row}`)}
          help={help(`feeSource.${row}`) ?? help(`feeRate.${row}`)}
        >
          <Space.Compact>
            <Form.Item noStyle validateStatus={status(`feeSource.${row}`)}>
              <Input
                value={entry.source}
                onChange={(event) => setRate(row, { source: event.target.value })}
                placeholder={t('run.source')}
                aria-label={t('run.source')}
                disabled={disabled}
                data-testid={`fee-source-${row}`}
                style={{ width: 110 }}
              />
            </Form.Item>
            <Form.Item noStyle validateStatus={status(`feeRate.${row}`)}>
              <Input
                value={entry.rate}
                onChange={(event) => setRate(row, { rate: event.target.value })}
                suffix="%"
                aria-label={t('run.rate')}
                disabled={disabled}
                data-testid={row === 0 ? 'fee-rate' : `fee-rate-${row}`}
                style={{ width: 100 }}
              />
            </Form.Item>
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('run.removeRate')}
              disabled={disabled}
              onClick={() => onChange({ ...draft, feeRates: draft.feeRates.filter((_, index) => index !== row) })}
            />
          </Space.Compact>
        </Form.Item>
      ))}
      <Form.Item>
        <Button
          icon={<PlusOutlined />}
          disabled={disabled}
          onClick={() => onChange({ ...draft, feeRates: [...draft.feeRates, { source: '', rate: '' }] })}
          data-testid="add-fee-rate"
        >
          {t('run.addRate')}
        </Button>
      </Form.Item>
    </Form>
  );
}

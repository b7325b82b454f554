import { Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { KINDS, STATUSES, type Kind, type Status } from '../../../../core/canonical/record.ts';
import type { KindRule } from '../../../../core/profile/types.ts';
import { ColumnPicker } from './ColumnPicker.tsx';
import { useDraftField } from './draft-context.ts';
import { DraftItem } from './DraftItem.tsx';
import { ValueMap } from './ValueMap.tsx';

type RowKindsValue = { fixed?: KindRule; column?: string; values?: Record<string, KindRule>; otherwise?: KindRule };

const PAYMENT: KindRule = { kind: 'payment', status: 'succeeded' };

/** A row kind and its status, chosen together. */
function KindChoice({
  rule,
  onChange,
  readOnly,
}: {
  rule: KindRule;
  onChange: (next: KindRule) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Space.Compact>
      <Select
        disabled={readOnly}
        value={rule.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`profiles.kind.${kind}`) }))}
        onChange={(kind: Kind) => onChange({ ...rule, kind })}
        popupMatchSelectWidth={false}
      />
      <Select
        disabled={readOnly}
        value={rule.status}
        options={STATUSES.map((status) => ({ value: status, label: t(`profiles.status.${status}`) }))}
        onChange={(status: Status) => onChange({ ...rule, status })}
        popupMatchSelectWidth={false}
      />
    </Space.Compact>
  );
}

/** What each row is: the same for every row, or by a column's values (with what any other value is). */
export function FormKinds() {
  const { t } = useTranslation();
  const kinds = useDraftField<RowKindsValue>(['rowKinds']);
  const value = kinds.value ?? { fixed: PAYMENT };
  const byColumn = value.column !== undefined;
  return (
    <>
      <Radio.Group
        disabled={kinds.readOnly}
        value={byColumn ? 'column' : 'fixed'}
        onChange={(event) =>
          kinds.set(
            event.target.value === 'column' ? { column: '', values: {}, otherwise: PAYMENT } : { fixed: PAYMENT },
          )
        }
        options={[
          { value: 'fixed', label: t('profiles.form.kindFixed') },
          { value: 'column', label: t('profiles.form.kindColumn') },
        ]}
        data-testid="form-kinds-mode"
      />
      {byColumn ? (
        <>
          <DraftItem path={['rowKinds', 'column']} label={t('profiles.form.kindColumnName')}>
            <ColumnPicker path={['rowKinds', 'column']} single testId="form-kinds-column" />
          </DraftItem>
          <DraftItem path={['rowKinds', 'values']} label={t('profiles.form.kindValues')}>
            <ValueMap<KindRule>
              entries={value.values ?? {}}
              blank={PAYMENT}
              readOnly={kinds.readOnly}
              onChange={(values) => kinds.set({ ...value, values })}
              render={(rule, set) => <KindChoice rule={rule} onChange={set} readOnly={kinds.readOnly} />}
              testId="form-kinds-values"
            />
          </DraftItem>
          <DraftItem path={['rowKinds', 'otherwise']} label={t('profiles.form.kindOtherwise')}>
            <KindChoice
              rule={value.otherwise ?? PAYMENT}
              readOnly={kinds.readOnly}
              onChange={(otherwise) => kinds.set({ ...value, otherwise })}
            />
          </DraftItem>
        </>
      ) : (
        <DraftItem path={['rowKinds', 'fixed']} label={t('profiles.form.kindEvery')}>
          <KindChoice
            rule={value.fixed ?? PAYMENT}
            readOnly={kinds.readOnly}
            onChange={(fixed) => kinds.set({ fixed })}
          />
        </DraftItem>
      )}
      <StatusMap />
    </>
  );
}

/** A status column's values mapped to canonical statuses (an order export's 已支付 → succeeded). */
function StatusMap() {
  const { t } = useTranslation();
  const status = useDraftField<{ column: string; map: Record<string, Status> }>(['fields', 'status']);
  return (
    <>
      <DraftItem path={['fields', 'status', 'column']} label={t('profiles.form.statusColumn')}>
        <ColumnPicker path={['fields', 'status', 'column']} single testId="form-status-column" />
      </DraftItem>
      {status.value !== undefined && (
        <DraftItem path={['fields', 'status', 'map']} label={t('profiles.form.statusValues')}>
          <ValueMap<Status>
            entries={status.value.map ?? {}}
            blank="succeeded"
            readOnly={status.readOnly}
            onChange={(map) => status.set({ ...status.value, map })}
            render={(value, set) => (
              <Select
                disabled={status.readOnly}
                value={value}
                options={STATUSES.map((each) => ({ value: each, label: t(`profiles.status.${each}`) }))}
                onChange={set}
                popupMatchSelectWidth={false}
              />
            )}
            testId="form-status-values"
          />
        </DraftItem>
      )}
    </>
  );
}

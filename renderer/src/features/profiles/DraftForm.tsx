import { Collapse, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDraftField } from './draft-context.ts';
import { DraftItem } from './DraftItem.tsx';
import { FormAmount, FormCurrency } from './FormAmount.tsx';
import { FormControls } from './FormControls.tsx';
import { FormDates } from './FormDates.tsx';
import { FormKinds } from './FormKinds.tsx';
import { FormLayout, TextField } from './FormLayout.tsx';
import { FormMapping } from './FormMapping.tsx';

const SECTIONS = [
  { key: 'layout', render: () => <FormLayout /> },
  { key: 'mapping', render: () => <FormMapping /> },
  { key: 'dates', render: () => <FormDates /> },
  { key: 'amount', render: () => <FormAmount /> },
  { key: 'currency', render: () => <FormCurrency /> },
  { key: 'kinds', render: () => <FormKinds /> },
  { key: 'controls', render: () => <FormControls /> },
] as const;

/** The profile's names: its id (letters, digits, dashes) and how the app shows it in each language. */
function Names() {
  const { t } = useTranslation();
  const id = useDraftField<string>(['id']);
  const version = useDraftField<number>(['version']);
  // Only a first draft may still be renamed: later versions keep the id their imports name.
  const renamable = !id.readOnly && version.value === 1;
  return (
    <div className="form-pair">
      <DraftItem path={['id']} label={t('profiles.form.id')}>
        <Input
          disabled={!renamable}
          value={id.value ?? ''}
          onChange={(event) => id.set(event.target.value)}
          data-testid="form-id"
        />
      </DraftItem>
      <DraftItem path={['name', 'en']} label={t('profiles.form.nameEn')}>
        <TextField path={['name', 'en']} testId="form-name-en" />
      </DraftItem>
      <DraftItem path={['name', 'zh-CN']} label={t('profiles.form.nameZh')}>
        <TextField path={['name', 'zh-CN']} testId="form-name-zh" />
      </DraftItem>
    </div>
  );
}

/** The form for what ops change most; everything else is in the JSON beside it (both edit one draft). */
export function DraftForm() {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" size="small" className="draft-form" data-testid="draft-form">
      <Names />
      <Collapse
        size="small"
        defaultActiveKey={['layout', 'mapping', 'dates', 'amount', 'currency']}
        items={SECTIONS.map((section) => ({
          key: section.key,
          label: t(`profiles.form.sections.${section.key}`),
          children: section.render(),
        }))}
      />
    </Form>
  );
}

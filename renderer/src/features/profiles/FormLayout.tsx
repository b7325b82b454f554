import { Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TABLE_FORMATS } from '../../../../core/profile/types.ts';
import { ColumnPicker } from './ColumnPicker.tsx';
import { useDraftEditing, useDraftField } from './draft-context.ts';
import { DraftItem } from './DraftItem.tsx';

const DELIMITERS = [
  { value: 'auto', label: 'auto' },
  { value: ',', label: ', (comma)' },
  { value: ';', label: '; (semicolon)' },
  { value: '\t', label: 'TAB' },
  { value: '|', label: '| (pipe)' },
];

/** Free words (header names, labels of totals rows): typed, or picked from the sample's header. */
function WordsInput({ path, testId, fromHeader = false }: { path: string[]; testId: string; fromHeader?: boolean }) {
  const field = useDraftField<string[]>(path);
  const options = fromHeader ? field.headers.map((name) => ({ value: name, label: name })) : [];
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

/** Where the table is: the header row, the delimiter, and the rows under it that are not entries. */
export function FormLayout() {
  const { t } = useTranslation();
  const { draft } = useDraftEditing();
  if (!(TABLE_FORMATS as readonly string[]).includes(draft.format))
    return (
      <Typography.Text type="secondary">{t('profiles.form.documentLayout', { format: draft.format })}</Typography.Text>
    );
  const layout = draft.format === 'sheet' ? 'sheet' : 'csv';
  return (
    <>
      <DraftItem
        path={[layout, 'header', 'find']}
        label={t('profiles.form.headerFind')}
        help={t('profiles.form.headerFindHelp')}
      >
        <WordsInput path={[layout, 'header', 'find']} testId="form-header-find" fromHeader />
      </DraftItem>
      {layout === 'csv' && <Delimiter />}
      <DraftItem
        path={[layout, 'dataEndsAt']}
        label={t('profiles.form.dataEndsAt')}
        help={t('profiles.form.dataEndsAtHelp')}
      >
        <WordsInput path={[layout, 'dataEndsAt']} testId="form-data-ends-at" />
      </DraftItem>
      <DraftItem path={[layout, 'skipRows', 'whenEmpty']} label={t('profiles.form.skipWhenEmpty')}>
        <ColumnPicker path={[layout, 'skipRows', 'whenEmpty']} testId="form-skip-when-empty" />
      </DraftItem>
      <DraftItem
        path={[layout, 'skipRows', 'whenAllEmpty']}
        label={t('profiles.form.skipWhenAllEmpty')}
        help={t('profiles.form.skipWhenAllEmptyHelp')}
      >
        <ColumnPicker path={[layout, 'skipRows', 'whenAllEmpty']} testId="form-skip-when-all-empty" />
      </DraftItem>
      <DraftItem path={[layout, 'commentPrefix']} label={t('profiles.form.commentPrefix')}>
        <TextField path={[layout, 'commentPrefix']} testId="form-comment-prefix" />
      </DraftItem>
    </>
  );
}

function Delimiter() {
  const { t } = useTranslation();
  const field = useDraftField<string>(['csv', 'delimiter']);
  return (
    <DraftItem path={['csv', 'delimiter']} label={t('profiles.form.delimiter')}>
      <Select
        disabled={field.readOnly}
        value={field.value ?? null}
        options={DELIMITERS}
        onChange={(next: string) => field.set(next)}
        data-testid="form-delimiter"
      />
    </DraftItem>
  );
}

/** A plain text value of the draft. */
export function TextField({
  path,
  testId,
  placeholder,
}: {
  path: (string | number)[];
  testId: string;
  placeholder?: string;
}) {
  const field = useDraftField<string>(path);
  return (
    <Input
      disabled={field.readOnly}
      value={field.value ?? ''}
      placeholder={placeholder}
      onChange={(event) => field.set(event.target.value)}
      status={field.issues.length > 0 ? 'error' : ''}
      data-testid={testId}
    />
  );
}

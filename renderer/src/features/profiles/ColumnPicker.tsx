import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnList, columnValue, type DraftPath } from './draft-edit.ts';
import { useDraftField } from './draft-context.ts';

/**
 * The columns a rule reads, picked from the sample file's header names (a name the sample lacks
 * can still be typed: the file at hand may not be the only layout). One column, or several tried in order.
 */
export function ColumnPicker({ path, single = false, testId }: { path: DraftPath; single?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const field = useDraftField<unknown>(path);
  const chosen = columnList(field.value);
  const options = [...new Set([...field.headers, ...chosen])].map((name) => ({ value: name, label: name }));
  return (
    <Select
      mode="tags"
      allowClear
      disabled={field.readOnly}
      value={chosen}
      options={options}
      placeholder={t('profiles.form.noColumn')}
      {...(single ? { maxCount: 1 } : {})}
      onChange={(next: string[]) => field.set(single ? next[0] : columnValue(next))}
      status={field.issues.length > 0 ? 'error' : ''}
      {...(testId === undefined ? {} : { 'data-testid': testId, 'aria-label': testId })}
    />
  );
}

import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportEntry } from './use-imports.ts';

/** Files the engine could not import, named with the line the problem is on; a re-import of the same bytes is a warning. */
export function ImportErrors({
  entries,
  onDismiss,
}: {
  entries: ImportEntry[];
  onDismiss: (entry: ImportEntry) => void;
}) {
  const { t } = useTranslation();
  const failed = entries.filter((entry) => entry.state === 'failed');
  if (failed.length === 0) return null;
  return (
    <div className="import-errors">
      {failed.map((entry) => {
        const duplicate = entry.issues.every((issue) => issue.code === 'duplicate_import');
        return (
          <Alert
            key={entry.key}
            type={duplicate ? 'warning' : 'error'}
            showIcon
            closable={{ onClose: () => onDismiss(entry), 'aria-label': t('files.remove') }}
            data-testid={duplicate ? 'duplicate-warning' : 'import-error'}
            title={t(duplicate ? 'files.duplicateSkipped' : 'files.importError', { file: entry.file })}
            description={
              <ul className="issue-list">
                {entry.issues.map((issue, index) => (
                  <li key={index}>
                    {issue.line !== undefined && <strong>{t('files.atLine', { line: issue.line })}: </strong>}
                    {issue.message} <code className="muted">{issue.code}</code>
                  </li>
                ))}
              </ul>
            }
          />
        );
      })}
    </div>
  );
}

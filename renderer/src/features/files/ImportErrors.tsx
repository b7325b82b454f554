import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Encoding } from '../../../../core/decode/encoding.ts';
import { EncodingChoice } from './EncodingChoice.tsx';
import type { ImportEntry } from './use-imports.ts';

/** Files the engine could not import, named with the line the problem is on; a re-import of the same bytes is a warning. */
export function ImportErrors({
  entries,
  onDismiss,
  onEncoding,
}: {
  entries: ImportEntry[];
  onDismiss: (entry: ImportEntry) => void;
  /** Import a file again in the encoding the user named, when its bytes read as two different texts. */
  onEncoding?: (entry: ImportEntry, encoding: Encoding) => void;
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
                {onEncoding && entry.issues.some((issue) => issue.code === 'encoding_ambiguous') && (
                  <li>
                    <EncodingChoice onChoose={(encoding) => onEncoding(entry, encoding)} />
                  </li>
                )}
              </ul>
            }
          />
        );
      })}
    </div>
  );
}

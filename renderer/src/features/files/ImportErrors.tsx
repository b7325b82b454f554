import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isOverlapIssue } from '../../../../core/import/overlap-issue.ts';
import type { Encoding } from '../../../../core/decode/encoding.ts';
import { EncodingChoice } from './EncodingChoice.tsx';
import type { ImportEntry } from './use-imports.ts';

/** Files the engine could not import, named with the line the problem is on (a repeated statement is asked about instead). */
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
  const failed = entries.flatMap((entry) =>
    entry.state === 'failed' && !entry.issues.some(isOverlapIssue) ? [entry] : [],
  );
  if (failed.length === 0) return null;
  return (
    <div className="import-errors">
      {failed.map((entry) => {
        return (
          <Alert
            key={entry.key}
            type="error"
            showIcon
            closable={{ onClose: () => onDismiss(entry), 'aria-label': t('files.remove') }}
            data-testid="import-error"
            title={t('files.importError', { file: entry.file })}
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

import { Alert, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../core/result.ts';

/** The draft as JSON, editable beside the form; every validation issue listed with the JSON path it points at. */
export function JsonPane({
  text,
  textError,
  issues,
  checked,
  readOnly,
  onChange,
}: {
  text: string;
  textError: string | null;
  issues: readonly Issue[];
  checked: boolean;
  readOnly: boolean;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="json-pane">
      <Typography.Text strong>{t('profiles.json')}</Typography.Text>
      <Input.TextArea
        className="json-text"
        spellCheck={false}
        readOnly={readOnly}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        autoSize={{ minRows: 16, maxRows: 28 }}
        data-testid="draft-json"
        aria-label={t('profiles.json')}
      />
      {textError !== null && (
        <Alert type="error" showIcon title={t('profiles.notJson', { reason: textError })} data-testid="json-error" />
      )}
      {textError === null && checked && issues.length === 0 && (
        <Alert type="success" showIcon title={t('profiles.valid')} data-testid="draft-valid" />
      )}
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('profiles.invalid', { count: issues.length })}
          data-testid="draft-issues"
          description={
            <ul className="issue-list">
              {issues.map((issue, index) => (
                <li key={index} data-testid="draft-issue" data-path={issue.path ?? ''}>
                  <code>{issue.path ?? '/'}</code> {issue.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../core/match/types.ts';
import { completenessView } from './completeness-view.ts';

/** The completeness control beside the result: green when it holds, red with each failing file's figures when not. */
export function CompletenessControl({ summary }: { summary: RunSummary }) {
  const { t } = useTranslation();
  const view = completenessView(summary, t);
  return (
    <Alert
      data-testid="completeness"
      data-status={view.status}
      type={view.status === 'holds' ? 'success' : 'error'}
      showIcon
      className="run-note"
      title={view.title}
      {...(view.details.length > 0
        ? {
            description: (
              <ul className="completeness-files">
                {view.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ),
          }
        : {})}
    />
  );
}

import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../core/match/types.ts';
import { categoryLabel, categorySeverity, type FindingCategory } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { FINDING_TABS, findingCount } from './summary-rows.ts';

/** Exception counts as horizontal bars, each opening its tab; plain CSS, so nothing heavy loads for one chart. */
export function ExceptionChart({ summary, onOpen }: { summary: RunSummary; onOpen: (code: FindingCategory) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const bars = FINDING_TABS.map((code) => ({ code, count: findingCount(summary, code) }));
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <figure className="chart" data-testid="exception-chart" aria-label={t('results.chart')}>
      <figcaption>{t('results.chart')}</figcaption>
      {bars.map(({ code, count }) => (
        <button
          type="button"
          key={code}
          className={`chart-row severity-${categorySeverity(code)}`}
          data-code={code}
          onClick={() => onOpen(code)}
        >
          <span className="chart-label" title={code}>
            {categoryLabel(code, language)}
          </span>
          <span className="chart-track">
            <span
              className="chart-bar"
              style={{ width: `${count === 0 ? 0 : Math.max(2, (count / largest) * 100)}%` }}
            />
          </span>
          <span className="chart-value number">{count.toLocaleString('en-US')}</span>
        </button>
      ))}
    </figure>
  );
}

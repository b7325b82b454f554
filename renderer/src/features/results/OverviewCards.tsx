import { Card, Statistic, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../core/match/types.ts';
import { categoryLabel } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { overview, SYSTEM_CODES } from './summary-rows.ts';

/** Four numbers to read first: matched, exceptions, system anomalies (red), fee mismatches. */
export function OverviewCards({ summary }: { summary: RunSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const figures = overview(summary);
  return (
    <div className="overview" data-testid="overview">
      <Card size="small">
        <Statistic title={categoryLabel('matched', language)} value={figures.matched} />
      </Card>
      <Card size="small">
        <Statistic title={t('results.exceptions')} value={figures.exceptions} />
      </Card>
      <Card size="small" className={figures.system > 0 ? 'overview-system' : 'overview-card'}>
        <Statistic
          title={
            <Tooltip title={SYSTEM_CODES.map((code) => categoryLabel(code, language)).join(' · ')}>
              {t('results.system')}
            </Tooltip>
          }
          value={figures.system}
          styles={{ content: { color: figures.system > 0 ? 'var(--system)' : undefined } }}
        />
      </Card>
      <Card size="small">
        <Statistic title={categoryLabel('fee_mismatch', language)} value={figures.fees} />
      </Card>
    </div>
  );
}

import { Alert, Card, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../core/match/types.ts';
import { localDateTime, type FindingCategory } from '../../components/format.ts';
import { IncidentsPanel } from '../incidents/IncidentsPanel.tsx';
import { CompletenessControl } from './CompletenessControl.tsx';
import { CorrectionsButton } from './CorrectionsButton.tsx';
import { ExceptionChart } from './ExceptionChart.tsx';
import { ExportButton } from './ExportButton.tsx';
import { FeeTable } from './FeeTable.tsx';
import { FindingsTabs } from './FindingsTabs.tsx';
import { OverviewCards } from './OverviewCards.tsx';
import { SummaryTable } from './SummaryTable.tsx';
import './results.css';

/** What a run found: its incidents first, then the numbers, then each exception category row by row. */
export function ResultsPanel({ summary }: { summary: RunSummary }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<FindingCategory | null>(null);
  const findings = useRef<HTMLDivElement>(null);
  // A category chosen in the summary or the chart opens its tab, brought into view.
  const open = (code: FindingCategory) => {
    setTab(code);
    findings.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  return (
    <Space orientation="vertical" size="middle" className="results" data-testid="results">
      <IncidentsPanel summary={summary} />
      <Card
        size="small"
        className="panel"
        title={
          <Space size="middle">
            <span>{t('results.title')}</span>
            <Typography.Text type="secondary" className="run-info">
              {t('results.runInfo', { id: summary.run_id, time: localDateTime(summary.started_at) })}
            </Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <CorrectionsButton runId={summary.run_id} />
            <ExportButton runId={summary.run_id} />
          </Space>
        }
      >
        <OverviewCards summary={summary} />
        <CompletenessControl summary={summary} />
        {summary.book_out_of_scope > 0 && (
          <Alert
            type="warning"
            showIcon
            className="run-note"
            title={t('results.outOfScope', { count: summary.book_out_of_scope })}
          />
        )}
        <div className="summary-layout">
          <SummaryTable summary={summary} onOpen={open} />
          <ExceptionChart summary={summary} onOpen={open} />
        </div>
        <Typography.Title level={5} className="section-title">
          {t('results.fees.title')}
        </Typography.Title>
        <FeeTable summary={summary} />
      </Card>
      <div ref={findings}>
        <Card size="small" className="panel" title={t('results.findings')} data-testid="findings-card">
          <FindingsTabs summary={summary} active={tab} onChange={setTab} />
        </Card>
      </div>
    </Space>
  );
}

import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryCode } from '../../../../core/match/categories.ts';
import type { Incident } from '../../../../core/match/incidents.ts';
import type { RunSummary } from '../../../../core/match/types.ts';
import { Amount } from '../../components/Amount.tsx';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { HourlyChart, type HourBand } from './HourlyChart.tsx';
import { IncidentOrders } from './IncidentOrders.tsx';
import { hourlySeries, incidentTotals, incidentWindow, wallClock } from './incident-view.ts';
import { useIncidentFindings } from './use-incident-findings.ts';
import './incidents.css';

const hourOf = (iso: string) => Number(wallClock(iso)?.time.slice(0, 2) ?? 0);

function IncidentCard({
  incident,
  index,
  currency,
  onOpen,
}: {
  incident: Incident;
  index: number;
  currency: string | null;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const totals = incidentTotals(incident);
  // A gap in the channel's trades has no findings of its own: its figures are trades.
  const gap = incident.cause === 'trade_gap';
  const categories = Object.entries(incident.categories) as [CategoryCode, { count: number; amount_minor: number }][];
  return (
    <div className="incident" data-testid="incident" data-channel={incident.channel}>
      <div className="incident-head">
        <Space size="small" wrap>
          <Tag color="red">{t('incidents.number', { number: index + 1 })}</Tag>
          <Typography.Text strong data-testid="incident-channel">
            {incident.channel}
          </Typography.Text>
          <Typography.Text data-testid="incident-window">{incidentWindow(incident)}</Typography.Text>
        </Space>
        {incident.orders.length > 0 && (
          <Button size="small" type="primary" danger ghost onClick={onOpen} data-testid="incident-open">
            {t('incidents.openOrders', { count: incident.orders.length })}
          </Button>
        )}
      </div>
      <div className="incident-cause" data-testid="incident-cause">
        {t(`incidents.cause.${incident.cause}`)}
      </div>
      <div className="incident-figures">
        {gap ? null : (
          <span data-testid="incident-total">
            {t('incidents.total', { count: totals.count })} ·{' '}
            <Amount minor={totals.amount_minor} currency={currency} showCurrency />
          </span>
        )}
        <Typography.Text type="secondary" className="incident-expected">
          {t(gap ? 'incidents.gapExpected' : 'incidents.expected', {
            observed: incident.observed,
            expected: incident.expected.toFixed(1),
          })}
        </Typography.Text>
      </div>
      <div className="incident-categories">
        {categories.map(([code, figures]) => (
          <span key={code} className="incident-category" data-testid="incident-category" data-code={code}>
            <CategoryTag code={code} withCode={false} />
            <span className="number" data-testid="incident-category-count">
              {figures.count}
            </span>
            {' · '}
            <Amount minor={figures.amount_minor} currency={currency} showCurrency />
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * The run's incidents first: bursts of system-level findings on one channel, each with its window
 * in the channel's time, categories, likely cause and orders, above an hourly chart of those
 * findings per channel. A run without any says so in one quiet line.
 */
export function IncidentsPanel({ summary }: { summary: RunSummary }) {
  const { t } = useTranslation();
  const incidents = summary.incidents ?? [];
  const { findings, error } = useIncidentFindings(summary.run_id, incidents.length > 0);
  const [open, setOpen] = useState<Incident | null>(null);
  if (summary.incidents === undefined) return null;
  if (incidents.length === 0)
    return (
      <Typography.Text type="secondary" className="incidents-none" data-testid="incidents-none">
        {t('incidents.none')}
      </Typography.Text>
    );
  const bands: HourBand[] = incidents.map((incident) => ({
    channel: incident.channel,
    from: hourOf(incident.from),
    to: hourOf(incident.to),
    label: `${incident.channel} ${incidentWindow(incident)}`,
  }));
  return (
    <Card
      size="small"
      className="panel incidents-panel"
      data-testid="incidents-panel"
      title={
        <Space size="middle">
          <span>{t('incidents.title', { count: incidents.length })}</span>
          <Typography.Text type="secondary" className="run-info">
            {t('incidents.subtitle')}
          </Typography.Text>
        </Space>
      }
    >
      <div className="incidents-layout">
        <div className="incidents-list">
          {incidents.map((incident, index) => (
            <IncidentCard
              key={`${incident.channel}-${incident.from}`}
              incident={incident}
              index={index}
              currency={summary.currency}
              onOpen={() => setOpen(incident)}
            />
          ))}
        </div>
        {findings ? (
          <HourlyChart series={hourlySeries(findings)} bands={bands} />
        ) : (
          <Typography.Text type={error ? 'danger' : 'secondary'} className="hourly-chart">
            {error ?? t('incidents.loading')}
          </Typography.Text>
        )}
      </div>
      <IncidentOrders incident={open} findings={findings} onClose={() => setOpen(null)} />
    </Card>
  );
}

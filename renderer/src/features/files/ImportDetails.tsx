import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currencyExponent } from '../../../../core/currency.ts';
import type { ControlCheck, ImportSummary } from '../../../../core/import/types.ts';
import type { Warning } from '../../../../core/result.ts';
import { formatMinor } from '../../../../core/money.ts';

/** Metadata keys shown elsewhere or internal to detection (the suggested mapping is the studio's). */
const HIDDEN = new Set(['detection_confidence', 'period_start', 'period_end', 'profile_hash', 'suggested_profile']);

/** The details of one import in a drawer beside the files table. */
export function ImportDetailsDrawer({ summary, onClose }: { summary: ImportSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={summary !== null}
      onClose={onClose}
      size={760}
      title={summary ? t('files.details.title', { file: summary.file }) : ''}
      data-testid="details-drawer"
    >
      {summary && <ImportDetails summary={summary} />}
    </Drawer>
  );
}

/**
 * What a file says about itself: the statement's account, period and balances, its own entry
 * count and net, each control total with both figures, and what the engine decided or assumed
 * to read it (its warnings).
 */
function ImportDetails({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`files.details.metadata.${key}`, { defaultValue: key.replaceAll('_', ' ') });
  const net = Object.entries(summary.net_minor).map(
    ([currency, minor]) => `${formatMinor(minor, currencyExponent(currency) ?? 2, { grouping: true })} ${currency}`,
  );
  const items = [
    { key: 'entries', label: t('files.details.entries'), children: summary.entries.toLocaleString('en-US') },
    { key: 'records', label: t('files.details.records'), children: summary.records.toLocaleString('en-US') },
    { key: 'net', label: t('files.details.net'), children: net.join(' · ') || '–' },
    {
      key: 'period',
      label: t('files.details.period'),
      children: summary.period_start ? `${summary.period_start} – ${summary.period_end ?? ''}` : '–',
    },
    ...Object.entries(summary.metadata)
      .filter(([key]) => !HIDDEN.has(key))
      .map(([key, value]) => ({ key, label: label(key), children: value })),
    {
      key: 'sha256',
      label: 'SHA-256',
      children: <Typography.Text code>{summary.sha256.slice(0, 16)}…</Typography.Text>,
    },
  ];
  return (
    <div className="import-details" data-testid="import-details">
      <Descriptions size="small" column={2} bordered items={items} />
      {summary.warnings.length > 0 && <ImportWarnings warnings={summary.warnings} />}
      {summary.controls.length > 0 && (
        <Table<ControlCheck>
          size="small"
          rowKey="label"
          pagination={false}
          dataSource={summary.controls}
          data-testid="control-checks"
          columns={[
            { title: t('files.details.check'), dataIndex: 'label', key: 'label' },
            { title: t('files.controls.stated'), dataIndex: 'stated', key: 'stated', align: 'right' },
            { title: t('files.controls.computed'), dataIndex: 'computed', key: 'computed', align: 'right' },
            {
              title: '',
              key: 'holds',
              render: (_, check) => (
                <Tag color={check.holds ? 'green' : 'red'}>
                  {t(`files.controls.${check.holds ? 'holds' : 'mismatch'}`)}
                </Tag>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

/** The import's warnings, each with its line where there is one. */
function ImportWarnings({ warnings }: { warnings: Warning[] }) {
  const { t } = useTranslation();
  return (
    <Table<Warning & { key: number }>
      size="small"
      pagination={false}
      title={() => `${t('files.details.warnings')} (${warnings.length})`}
      dataSource={warnings.map((said, key) => ({ ...said, key }))}
      data-testid="import-warnings"
      columns={[
        {
          title: t('files.details.line'),
          dataIndex: 'line',
          key: 'line',
          width: 70,
          render: (line?: number) => line ?? '–',
        },
        {
          title: t('files.details.warning'),
          key: 'message',
          render: (_, said) => (
            <Typography.Text>
              <Tag color="warning">{said.code}</Tag>
              {said.message}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}

import { DeleteOutlined, ProfileOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importProfileLabel } from '../../../../core/import/generic-reader.ts';
import type { ImportSummary } from '../../../../core/import/types.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { rowAttributes } from '../../components/test-id.ts';
import { AccountCurrency } from './AccountCurrency.tsx';
import { ControlsTag } from './ControlsTag.tsx';
import { ImportDetailsDrawer } from './ImportDetails.tsx';
import { ConvertMenu } from './ConvertMenu.tsx';
import { RejectionsDrawer } from './RejectionsDrawer.tsx';
import type { ImportEntry } from './use-imports.ts';

const SIDE_COLOR = { statement: 'geekblue', book: 'purple' } as const;

const count = (value: number) => <span className="number">{value.toLocaleString('en-US')}</span>;

function percent(entry: ImportEntry): number {
  if (entry.state !== 'importing' || !entry.progress || entry.progress.total <= 0) return 0;
  return Math.min(100, Math.round((entry.progress.done / entry.progress.total) * 100));
}

/** One row per dropped file: what the engine recognised, how many rows made it, and whether the file's totals hold. */
type FilesTableProps = {
  entries: ImportEntry[];
  onRemove: (entry: ImportEntry) => void;
  /** Import the file again in the account currency the user chose. */
  onCurrency: (entry: ImportEntry, currency: string) => void;
  /** Import the file again with its amounts finer than the currency rounded half-even. */
  onRound?: (entry: ImportEntry) => void;
};

/** Entries rejected only for decimals beyond their currency's: rounding half-even, if the user asks, reads them. */
const excessDecimals = (summary: ImportSummary): number =>
  summary.rejections.filter((rejection) => rejection.code === 'amount_excess_decimals').length;

export function FilesTable({ entries, onRemove, onCurrency, onRound }: FilesTableProps) {
  const { t } = useTranslation();
  const [rejections, setRejections] = useState<ImportSummary | null>(null);
  const [details, setDetails] = useState<ImportSummary | null>(null);
  const language = currentLanguage();
  const done = (render: (summary: ImportSummary) => React.ReactNode) => (_: unknown, entry: ImportEntry) =>
    entry.state === 'done' ? render(entry.summary) : null;

  const columns: ColumnsType<ImportEntry> = [
    {
      title: t('files.columns.file'),
      key: 'file',
      render: (_, entry) => (
        <Space size={4} wrap>
          <span className="file-name">{entry.file}</span>
          {entry.state === 'done' && entry.summary.duplicate_of !== null && (
            <Tag color="warning" icon={<WarningOutlined />} data-testid="duplicate-warning">
              {t('files.duplicate', { id: entry.summary.duplicate_of })}
            </Tag>
          )}
          {entry.state === 'done' && entry.summary.duplicate_of === null && !!entry.summary.overlaps_with?.length && (
            <Tag color="warning" icon={<WarningOutlined />} data-testid="overlap-kept">
              {t('files.overlapKept', { ids: entry.summary.overlaps_with.map((id) => `#${id}`).join(', ') })}
            </Tag>
          )}
          {entry.state === 'done' && entry.summary.warnings.length > 0 && (
            <Tag
              color="warning"
              icon={<WarningOutlined />}
              className="warnings-tag"
              onClick={() => setDetails(entry.summary)}
              data-testid="warnings-tag"
            >
              {t('files.warnings', { count: entry.summary.warnings.length })}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('files.columns.profile'),
      key: 'profile',
      render: (_, entry) => {
        if (entry.state === 'importing')
          return <Progress percent={percent(entry)} size="small" status="active" format={() => t('files.importing')} />;
        if (entry.state === 'failed') return <Tag color="red">{t('files.failed')}</Tag>;
        const { summary } = entry;
        return (
          <div className="profile-cell" data-testid="detected-profile" data-profile={summary.profile_id}>
            <div>{summary.profile_name[language]}</div>
            <Typography.Text type="secondary" className="profile-id">
              {importProfileLabel(summary)} ·{' '}
              {t('files.confidence', { percent: Math.round(summary.detection.confidence * 100) })}
            </Typography.Text>
            <AccountCurrency
              summary={summary}
              onChoose={entry.reimportable ? (currency) => onCurrency(entry, currency) : null}
            />
            {summary.detection.by === 'user' && (
              <Tag color="blue" data-testid="user-profile">
                {t('files.userProfile')}
              </Tag>
            )}
            {summary.detection.runner_up && (
              <Tag color="warning" data-testid="runner-up">
                {t('files.runnerUp', {
                  profile: `${summary.detection.runner_up.profile_id}@${summary.detection.runner_up.profile_version}`,
                  percent: Math.round(summary.detection.runner_up.confidence * 100),
                })}
              </Tag>
            )}
          </div>
        );
      },
    },
    {
      title: t('files.columns.side'),
      key: 'side',
      render: done((summary) => <Tag color={SIDE_COLOR[summary.side]}>{t(`files.side.${summary.side}`)}</Tag>),
    },
    { title: t('files.columns.encoding'), key: 'encoding', render: done((summary) => <code>{summary.encoding}</code>) },
    { title: t('files.columns.rows'), key: 'rows', align: 'right', render: done((summary) => count(summary.rows)) },
    {
      title: t('files.columns.imported'),
      key: 'imported',
      align: 'right',
      render: done((summary) => count(summary.imported)),
    },
    {
      title: t('files.columns.rejected'),
      key: 'rejected',
      align: 'right',
      render: (_, entry) => {
        if (entry.state !== 'done') return null;
        const { summary } = entry;
        if (summary.rejected === 0) return count(0);
        const finer = excessDecimals(summary);
        return (
          <Space size={4}>
            <Button type="link" size="small" danger onClick={() => setRejections(summary)} data-testid="rejected-link">
              {count(summary.rejected)}
            </Button>
            {finer > 0 && entry.reimportable && onRound && (
              <Tooltip title={t('files.roundExcessHint', { count: finer })}>
                <Button size="small" onClick={() => onRound(entry)} data-testid="round-excess">
                  {t('files.roundExcess')}
                </Button>
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      title: t('files.columns.controls'),
      key: 'controls',
      render: done((summary) => <ControlsTag summary={summary} />),
    },
    {
      title: t('files.columns.actions'),
      key: 'actions',
      align: 'right',
      render: (_, entry) => (
        <Space size={4}>
          {entry.state === 'done' && (
            <IconAction
              label={t('files.details.open')}
              icon={<ProfileOutlined />}
              onClick={() => setDetails(entry.summary)}
              testId="details-button"
            />
          )}
          {entry.state === 'done' && <ConvertMenu summary={entry.summary} />}
          <IconAction
            label={t('files.remove')}
            icon={<DeleteOutlined />}
            disabled={entry.state === 'importing'}
            onClick={() => onRemove(entry)}
            testId="remove-file"
          />
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<ImportEntry>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={entries}
        pagination={false}
        locale={{ emptyText: t('files.empty') }}
        scroll={{ x: 'max-content' }}
        onRow={(entry) =>
          rowAttributes({ 'data-testid': 'file-row', 'data-file': entry.file, 'data-state': entry.state })
        }
        data-testid="files-table"
      />
      <RejectionsDrawer summary={rejections} onClose={() => setRejections(null)} />
      <ImportDetailsDrawer summary={details} onClose={() => setDetails(null)} />
    </>
  );
}

/** A small icon button named by its tooltip and its accessible label. */
function IconAction(props: {
  label: string;
  icon: React.ReactNode;
  onClick: () => void;
  testId: string;
  disabled?: boolean;
}) {
  return (
    <Tooltip title={props.label}>
      <Button
        size="small"
        type="text"
        icon={props.icon}
        aria-label={props.label}
        disabled={props.disabled === true}
        onClick={props.onClick}
        data-testid={props.testId}
      />
    </Tooltip>
  );
}

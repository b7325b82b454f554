import { Descriptions, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunFile, RunRecord } from '../../../../core/ledger/history.ts';
import type { CategoryCode } from '../../../../core/match/categories.ts';
import { CategoryTag } from '../../components/CategoryTag.tsx';
import { localDateTime } from '../../components/format.ts';
import { rowAttributes } from '../../components/test-id.ts';

/** The files a run reconciled: name, side, the profile version that read it, its hash and counts. */
function RunFiles({ run }: { run: RunRecord }) {
  const { t } = useTranslation();
  const columns: ColumnsType<RunFile> = [
    { title: t('ledger.history.file'), dataIndex: 'file', key: 'file' },
    { title: t('ledger.history.side'), dataIndex: 'side', key: 'side' },
    { title: t('ledger.history.profile'), key: 'profile', render: (_, file) => <code>{file.profile}</code> },
    {
      title: t('ledger.history.sha256'),
      key: 'sha256',
      render: (_, file) => (
        <code className="hash" title={file.sha256} data-testid="run-file-hash">
          {file.sha256.slice(0, 16)}…
        </code>
      ),
    },
    { title: t('ledger.history.rows'), dataIndex: 'rows', key: 'rows', align: 'right' },
    { title: t('ledger.history.imported'), dataIndex: 'imported', key: 'imported', align: 'right' },
    { title: t('ledger.history.rejected'), dataIndex: 'rejected', key: 'rejected', align: 'right' },
  ];
  const parameters = Object.entries(run.parameters).filter(([, value]) => typeof value !== 'object');
  return (
    <div className="run-detail" data-testid="run-detail">
      <Typography.Text strong>{t('ledger.history.files')}</Typography.Text>
      <Table<RunFile> size="small" rowKey="import_id" columns={columns} dataSource={run.files} pagination={false} />
      <Typography.Text strong>{t('ledger.history.parameters')}</Typography.Text>
      <Descriptions size="small" column={3} bordered>
        {parameters.map(([name, value]) => (
          <Descriptions.Item key={name} label={<code>{name}</code>}>
            {String(value)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </div>
  );
}

/** Every run, newest first, with its business day, who ran it and its keys per category; two can be picked to compare. */
export function RunHistoryTable({
  history,
  selected,
  onSelect,
}: {
  history: RunRecord[];
  selected: number[];
  onSelect: (ids: number[]) => void;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<RunRecord> = [
    { title: t('ledger.history.columns.run'), key: 'run', render: (_, run) => `#${run.run_id}` },
    {
      title: t('ledger.history.columns.business_date'),
      key: 'business_date',
      render: (_, run) => <span data-testid="run-date">{run.business_date ?? '—'}</span>,
    },
    { title: t('ledger.history.columns.started_at'), key: 'at', render: (_, run) => localDateTime(run.started_at) },
    { title: t('ledger.history.columns.user'), key: 'user', render: (_, run) => run.user ?? '—' },
    {
      title: t('ledger.history.columns.counts'),
      key: 'counts',
      width: '55%',
      render: (_, run) => (
        <span className="run-counts">
          {Object.entries(run.counts).map(([code, count]) => (
            <span key={code} className="run-count" data-testid={`run-count-${code}`} data-count={count}>
              <CategoryTag code={code as CategoryCode} withCode={false} /> <span className="number">{count}</span>
            </span>
          ))}
        </span>
      ),
    },
    {
      title: t('ledger.history.columns.ledger'),
      key: 'ledger',
      align: 'right',
      render: (_, run) =>
        run.ledger ? (
          <span className="number" data-testid="run-ledger" data-closed={run.ledger.carried_resolved}>
            {run.ledger.carried_open} / {run.ledger.carried_resolved} · {run.ledger.open_exceptions}
          </span>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<RunRecord>
      size="small"
      rowKey="run_id"
      columns={columns}
      dataSource={[...history].reverse()}
      pagination={false}
      expandable={{ expandedRowRender: (run) => <RunFiles run={run} /> }}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys: Key[]) => onSelect(keys.map(Number).slice(-2)),
      }}
      onRow={(run) => rowAttributes({ 'data-testid': 'run-row', 'data-run': String(run.run_id) })}
      locale={{ emptyText: t('ledger.history.empty') }}
      data-testid="run-history"
    />
  );
}

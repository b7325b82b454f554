import { UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../core/ledger/audit.ts';
import type { AuditReport } from '../../../../core/rpc/contract.ts';
import { localDateTime } from '../../components/format.ts';
import { rowAttributes } from '../../components/test-id.ts';
import type { Refusal } from '../ledger/use-ledger.ts';

/** The workspace's trail, newest first, with the chain's state, and undo of the last action. */
export function AuditTrail({ audit, onUndo }: { audit: AuditReport | null; onUndo: () => Promise<Refusal> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [refused, setRefused] = useState<string | null>(null);
  const entries = audit?.entries ?? [];
  const last = entries[entries.length - 1];
  const actionLabel = (action: string) => t(`ledger.audit.action.${action}`);
  const undo = async () => {
    const issues = await onUndo();
    setRefused(issues ? issues.map((issue) => issue.message).join(' ') : null);
    if (!issues) void message.success(t('ledger.audit.undone'));
  };
  const columns: ColumnsType<AuditEntry> = [
    { title: t('ledger.audit.columns.seq'), dataIndex: 'seq', key: 'seq', align: 'right' },
    { title: t('ledger.audit.columns.at'), key: 'at', render: (_, entry) => localDateTime(entry.at) },
    { title: t('ledger.audit.columns.user'), dataIndex: 'user', key: 'user' },
    { title: t('ledger.audit.columns.action'), key: 'action', render: (_, entry) => actionLabel(entry.action) },
    { title: t('ledger.audit.columns.subject'), key: 'subject', render: (_, entry) => <code>{entry.subject}</code> },
    {
      title: t('ledger.audit.columns.hash'),
      key: 'hash',
      render: (_, entry) => (
        <code className="hash" title={entry.hash}>
          {entry.hash.slice(0, 12)}
        </code>
      ),
    },
  ];
  const chain = audit?.chain;
  return (
    <>
      {chain && (
        <Alert
          type={chain.intact ? 'success' : 'error'}
          showIcon
          className="run-note"
          title={
            chain.intact
              ? t('ledger.audit.intact', { entries: chain.entries, head: chain.head.slice(0, 16) })
              : t('ledger.audit.broken', { at: chain.broken_at ?? '?', problem: chain.problem ?? '' })
          }
          data-testid="audit-chain"
          data-intact={String(chain.intact)}
          data-entries={chain.entries}
        />
      )}
      <div className="audit-actions">
        <Popconfirm
          title={last ? t('ledger.audit.undoConfirm', { seq: last.seq, action: actionLabel(last.action) }) : ''}
          okText={t('ledger.audit.ok')}
          cancelText={t('ledger.audit.cancel')}
          okButtonProps={{ 'data-testid': 'undo-confirm' }}
          onConfirm={() => void undo()}
          disabled={!last}
        >
          <Button icon={<UndoOutlined />} disabled={!last} data-testid="undo-button">
            {t('ledger.audit.undo')}
          </Button>
        </Popconfirm>
      </div>
      {refused && (
        <Alert
          type="error"
          showIcon
          className="run-note"
          title={refused}
          closable={{ onClose: () => setRefused(null) }}
          data-testid="undo-refused"
        />
      )}
      <Table<AuditEntry>
        size="small"
        rowKey="seq"
        columns={columns}
        dataSource={[...entries].reverse()}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        onRow={(entry) =>
          rowAttributes({ 'data-testid': 'audit-row', 'data-action': entry.action, 'data-user': entry.user })
        }
        data-testid="audit-trail"
      />
    </>
  );
}

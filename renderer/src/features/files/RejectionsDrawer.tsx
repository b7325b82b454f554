import { Alert, Drawer, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportSummary, RowIssue } from '../../../../core/import/types.ts';

/** Every rejected row with its line and reason, so nothing is dropped silently. */
export function RejectionsDrawer({ summary, onClose }: { summary: ImportSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={summary !== null}
      onClose={onClose}
      size={720}
      title={summary ? t('files.rejections.title', { file: summary.file }) : ''}
      data-testid="rejections-drawer"
    >
      {summary && summary.rejected > summary.rejections.length && (
        <Alert
          type="info"
          showIcon
          className="drawer-note"
          title={t('files.rejections.partial', { shown: summary.rejections.length, total: summary.rejected })}
        />
      )}
      <Table<RowIssue>
        size="small"
        rowKey={(row) => `${row.line}:${row.code}`}
        dataSource={summary?.rejections ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('files.rejections.line'), dataIndex: 'line', width: 72, align: 'right' },
          {
            title: t('files.rejections.reason'),
            render: (_, row) => (
              <>
                {row.message} <code className="muted">{row.code}</code>
              </>
            ),
          },
          {
            title: t('files.rejections.raw'),
            dataIndex: 'raw',
            render: (raw: string) => <code className="raw">{raw}</code>,
          },
        ]}
      />
    </Drawer>
  );
}

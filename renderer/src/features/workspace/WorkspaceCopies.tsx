import { Alert, App, Button, Modal, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceCopy } from '../../../../contracts/host-api.ts';
import { host } from '../../host/index.ts';
import type { HostNotice } from './restore.ts';
import type { WorkspaceRestore } from './use-workspace-persistence.ts';

type Listing =
  { state: 'loading' } | { state: 'listed'; copies: WorkspaceCopy[] } | { state: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The kept copies, read again each time the dialog opens (a save may have rotated them). */
function useCopies(): Listing {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    host.listWorkspaceCopies().then(
      (copies) => current && setListing({ state: 'listed', copies }),
      (error: unknown) => current && setListing({ state: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return listing;
}

/** What happened at start, in the words the user needs: which file, why, where it is now, what opened. */
function NoticeText({ notice, time }: { notice: HostNotice; time: (iso: string) => string }) {
  const { t } = useTranslation();
  const { refused, copy } = notice;
  const opened = copy
    ? t('workspace.copies.openedCopy', { time: time(copy.saved_at), imports: copy.imports ?? 0, runs: copy.runs ?? 0 })
    : t('workspace.copies.noCopy');
  return (
    <Alert
      type={refused ? 'error' : 'info'}
      showIcon
      data-testid="workspace-refused"
      title={
        refused
          ? t('workspace.copies.refused', {
              file: refused.file,
              reason: refused.reason,
              setAside: refused.set_aside_as,
            })
          : null
      }
      description={opened}
    />
  );
}

function useColumns(time: (iso: string) => string, restoring: number | null, onRestore: (generation: number) => void) {
  const { t } = useTranslation();
  const columns: ColumnsType<WorkspaceCopy> = [
    { key: 'generation', title: t('workspace.copies.generation'), render: (_, copy) => `#${copy.generation}` },
    { key: 'saved', title: t('workspace.copies.savedAt'), render: (_, copy) => time(copy.saved_at) },
    { key: 'imports', title: t('workspace.copies.imports'), align: 'right', render: (_, copy) => copy.imports ?? '—' },
    { key: 'runs', title: t('workspace.copies.runs'), align: 'right', render: (_, copy) => copy.runs ?? '—' },
    {
      key: 'action',
      render: (_, copy) =>
        copy.refused !== undefined ? (
          <Typography.Text type="danger">{t('workspace.copies.unusable', { reason: copy.refused })}</Typography.Text>
        ) : (
          <Button
            size="small"
            loading={restoring === copy.generation}
            disabled={restoring !== null}
            onClick={() => onRestore(copy.generation)}
            data-testid={`restore-copy-${copy.generation}`}
          >
            {t('workspace.copies.restore')}
          </Button>
        ),
    },
  ];
  return columns;
}

type ListProps = { time: (iso: string) => string; restoring: number | null; onRestore: (generation: number) => void };

/** Mounted only while the dialog is open, so each opening reads the copies afresh. */
function CopiesList({ time, restoring, onRestore }: ListProps) {
  const { t } = useTranslation();
  const listing = useCopies();
  const columns = useColumns(time, restoring, onRestore);
  if (listing.state === 'failed') {
    return <Alert type="warning" showIcon title={t('workspace.copies.listFailed', { message: listing.message })} />;
  }
  return (
    <Table
      size="small"
      rowKey="generation"
      pagination={false}
      loading={listing.state === 'loading'}
      columns={columns}
      dataSource={listing.state === 'listed' ? listing.copies : []}
      locale={{ emptyText: t('workspace.copies.empty') }}
      data-testid="workspace-copies-table"
    />
  );
}

/** The good copies kept beside the workspace, with their time and contents, and a way back to one of them. */
export function WorkspaceCopies({ restore }: { restore: WorkspaceRestore }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [restoring, setRestoring] = useState<number | null>(null);
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  const onRestore = async (generation: number) => {
    setRestoring(generation);
    const failure = await restore.restoreCopy(generation);
    setRestoring(null);
    if (failure !== null) {
      message.error(t('workspace.copies.restoreFailed', { message: failure }));
      return;
    }
    message.success(t('workspace.copies.restored', { generation }));
    restore.hideCopies();
  };
  const refused = restore.notice?.refused != null;

  return (
    <Modal
      open={restore.copiesShown}
      destroyOnHidden
      title={refused ? t('workspace.copies.refusedTitle') : t('workspace.copies.title')}
      onCancel={restore.hideCopies}
      footer={<Button onClick={restore.hideCopies}>{t('workspace.copies.close')}</Button>}
      width={720}
      data-testid="workspace-copies-dialog"
    >
      {restore.notice && <NoticeText notice={restore.notice} time={time} />}
      <Typography.Paragraph type="secondary">{t('workspace.copies.intro')}</Typography.Paragraph>
      <CopiesList time={time} restoring={restoring} onRestore={(generation) => void onRestore(generation)} />
    </Modal>
  );
}

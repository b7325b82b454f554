import { CheckOutlined, FileAddOutlined, HistoryOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRestore, WorkspaceSaving } from './use-workspace-persistence.ts';
import './workspace.css';

type ControlsProps = {
  saving: WorkspaceSaving;
  loading: boolean;
  busy: boolean;
  onReset: () => void;
  onShowCopies: () => void;
};

/** Where the workspace stands (opening, saving, saved) and a way to start over. */
export function WorkspaceControls({ saving, loading, busy, onReset, onShowCopies }: ControlsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const state = loading ? 'loading' : saving.save.state;

  const confirm = async () => {
    try {
      await saving.reset();
      onReset();
    } catch (error) {
      message.error(t('workspace.resetFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <Space size="middle" className="workspace-controls">
      <Typography.Text type="secondary" className="workspace-status" data-testid="workspace-status" data-state={state}>
        {state === 'loading' && (
          <>
            <Spin size="small" indicator={<LoadingOutlined spin />} /> {t('workspace.loading')}
          </>
        )}
        {(state === 'pending' || state === 'saving') && t('workspace.saving')}
        {state === 'saved' && (
          <>
            <CheckOutlined /> {t('workspace.saved')}
          </>
        )}
        {state === 'failed' && (
          <Typography.Text type="warning">
            <WarningOutlined /> {t('workspace.notSaved')}
          </Typography.Text>
        )}
      </Typography.Text>
      <Button
        size="small"
        icon={<HistoryOutlined />}
        disabled={loading || busy}
        onClick={onShowCopies}
        data-testid="workspace-copies"
      >
        {t('workspace.copies.button')}
      </Button>
      <Popconfirm
        title={t('workspace.confirmTitle')}
        description={t('workspace.confirmText')}
        okText={t('workspace.confirmOk')}
        cancelText={t('workspace.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'new-workspace-confirm' }}
        onConfirm={confirm}
      >
        <Button size="small" icon={<FileAddOutlined />} disabled={loading || busy} data-testid="new-workspace">
          {t('workspace.new')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** A saved workspace that would not open, or a save that did not land: said once, never in the way. */
export function WorkspaceAlerts({ restore, saving }: { restore: WorkspaceRestore; saving: WorkspaceSaving }) {
  const { t } = useTranslation();
  const { openError } = restore;
  const { save } = saving;
  if (!openError && save.state !== 'failed') return null;
  return (
    <div className="workspace-alerts">
      {openError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: restore.dismissOpenError }}
          title={t('workspace.openFailed', { message: openError })}
          data-testid="workspace-open-error"
        />
      )}
      {save.state === 'failed' && (
        <Alert
          type="warning"
          showIcon
          title={t('workspace.saveFailed', { message: save.message })}
          data-testid="workspace-save-error"
        />
      )}
    </div>
  );
}

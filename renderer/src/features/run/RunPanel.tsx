import { PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunParameters } from '../../../../core/match/types.ts';
import { RunDayNote } from './RunDayNote.tsx';
import { RunSettings } from './RunSettings.tsx';
import { useRememberedSettings } from './use-remembered-settings.ts';
import type { RunState } from './use-run.ts';
import './run.css';

type RunPanelProps = {
  run: RunState;
  canRun: boolean;
  stale: boolean;
  onStart: (parameters: Partial<RunParameters>) => void;
  onCancel: () => void;
  /** The parameters to start from when the workspace remembers none: those of a reopened run, else the defaults. */
  initial?: RunParameters | undefined;
  /** Told when the settings are kept in the workspace, so it is saved. */
  changed: () => void;
};

function progressPercent(run: RunState): number {
  if (run.state !== 'running' || !run.progress || run.progress.total <= 0) return 0;
  return Math.min(100, Math.floor((run.progress.done / run.progress.total) * 100));
}

/** The run's settings, the Run button, and a progress bar with cancel while it works. */
export function RunPanel({ run, canRun, stale, onStart, onCancel, initial, changed }: RunPanelProps) {
  const { t } = useTranslation();
  // The settings are the workspace's: a reopened workspace starts from those it remembers.
  const { draft, setDraft, settings } = useRememberedSettings(initial, changed);
  const running = run.state === 'running';

  const start = () => settings.ok && onStart(settings.parameters);

  return (
    <Card size="small" title={t('run.title')} className="panel">
      <RunSettings
        draft={draft}
        problems={settings.ok ? {} : settings.problems}
        disabled={running}
        onChange={setDraft}
      />
      <Form layout="inline" className="run-form run-actions">
        <Form.Item>
          <Space>
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              disabled={!canRun || running || !settings.ok}
              loading={running}
              onClick={start}
              data-testid="run-button"
            >
              {t('run.start')}
            </Button>
            {running && (
              <Button icon={<StopOutlined />} onClick={onCancel} data-testid="cancel-run">
                {t('run.cancel')}
              </Button>
            )}
          </Space>
        </Form.Item>
      </Form>
      {!canRun && !running && <Typography.Text type="secondary">{t('run.needFiles')}</Typography.Text>}
      {running && (
        <div className="run-progress" data-testid="run-progress">
          <Typography.Text type="secondary">
            {run.progress ? t(`run.phase.${run.progress.phase}`) : '…'}
          </Typography.Text>
          <Progress percent={progressPercent(run)} status="active" size="small" />
        </div>
      )}
      {run.state === 'cancelled' && <Alert type="info" showIcon title={t('run.cancelled')} className="run-note" />}
      {run.state === 'failed' && (
        <Alert
          type="error"
          showIcon
          className="run-note"
          title={t('run.failed')}
          description={run.issues.map((issue) => issue.message).join('; ')}
          data-testid="run-error"
        />
      )}
      {run.state === 'done' && run.day && <RunDayNote day={run.day} />}
      {stale && run.state === 'done' && (
        <Alert type="warning" showIcon title={t('run.stale')} className="run-note" data-testid="run-stale" />
      )}
    </Card>
  );
}

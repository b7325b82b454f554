import { PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, InputNumber, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RUN_PARAMETERS, type RunParameters } from '../../../../core/match/types.ts';
import { formatRatePpm, percentToPpm } from '../../components/format.ts';
import type { RunState } from './use-run.ts';
import './run.css';

type RunPanelProps = {
  run: RunState;
  canRun: boolean;
  stale: boolean;
  onStart: (parameters: Partial<RunParameters>) => void;
  onCancel: () => void;
  /** The parameters to start from: those of a reopened run, else the defaults. */
  initial?: RunParameters | undefined;
};

const defaultRate = formatRatePpm(DEFAULT_RUN_PARAMETERS.feeRatesPpm['alipay'] ?? 6000).replace('%', '');

function progressPercent(run: RunState): number {
  if (run.state !== 'running' || !run.progress || run.progress.total <= 0) return 0;
  return Math.min(100, Math.floor((run.progress.done / run.progress.total) * 100));
}

/** Parameters of a run, the Run button, and a progress bar with cancel while it works. */
export function RunPanel({ run, canRun, stale, onStart, onCancel, initial }: RunPanelProps) {
  const { t } = useTranslation();
  const [crossDay, setCrossDay] = useState<number>(
    initial?.crossDayWindowSeconds ?? DEFAULT_RUN_PARAMETERS.crossDayWindowSeconds,
  );
  const [rate, setRate] = useState<string>(() => {
    const ppm = initial?.feeRatesPpm['alipay'];
    return ppm === undefined ? defaultRate : formatRatePpm(ppm).replace('%', '');
  });
  const ratePpm = percentToPpm(rate);
  const running = run.state === 'running';

  const start = () =>
    onStart({
      crossDayWindowSeconds: crossDay,
      feeRatesPpm: { ...DEFAULT_RUN_PARAMETERS.feeRatesPpm, alipay: ratePpm ?? 0 },
    });

  return (
    <Card size="small" title={t('run.title')} className="panel">
      <Form layout="inline" className="run-form">
        <Form.Item label={t('run.crossDay')}>
          <InputNumber<number>
            min={0}
            max={86_400}
            step={10}
            precision={0}
            value={crossDay}
            onChange={(value) => setCrossDay(value ?? 0)}
            suffix={t('run.seconds')}
            disabled={running}
            data-testid="cross-day-window"
            style={{ width: 150 }}
          />
        </Form.Item>
        <Form.Item label={t('run.feeRate')} validateStatus={ratePpm === null ? 'error' : ''}>
          <InputNumber<string>
            stringMode
            min="0"
            max="100"
            step="0.01"
            value={rate}
            onChange={(value) => setRate(value ?? '')}
            suffix="%"
            disabled={running}
            data-testid="fee-rate"
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              disabled={!canRun || running || ratePpm === null}
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
      {stale && run.state === 'done' && (
        <Alert type="warning" showIcon title={t('run.stale')} className="run-note" data-testid="run-stale" />
      )}
    </Card>
  );
}

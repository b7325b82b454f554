import { FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';

/** The run's order-status corrections (paid-not-notified orders to set PAID) as the CSV file `--corrections` writes. */
export function CorrectionsButton({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportCorrections = async () => {
    setBusy(true);
    try {
      const corrections = await send('ledger/corrections', { run_id: runId });
      if (!corrections.ok) {
        void message.error(corrections.issues.map((issue) => issue.message).join(' '));
        return;
      }
      const saved = await host.saveFile({
        suggestedName: `recondesk-corrections-run-${runId}.csv`,
        bytes: corrections.value.csv,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (saved.saved) void message.success(t('files.saved', { name: saved.path }));
      else if (saved.reason === 'error') void message.error(`${t('results.exportFailed')}: ${saved.message ?? ''}`);
    } catch (error) {
      void message.error(`${t('results.exportFailed')}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<FileTextOutlined />}
      loading={busy}
      onClick={() => void exportCorrections()}
      data-testid="corrections-button"
    >
      {t('ledger.corrections')}
    </Button>
  );
}

import { FileTextOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { send } from '../../engine/client.ts';
import { useSaveExport } from './use-save-export.ts';

/** The run's order-status corrections (paid-not-notified orders to set PAID) as the CSV file `--corrections` writes. */
export function CorrectionsButton({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const { busy, run, message } = useSaveExport();
  const exportCorrections = () =>
    run(async () => {
      const corrections = await send('ledger/corrections', { run_id: runId });
      if (!corrections.ok) {
        void message.error(corrections.issues.map((issue) => issue.message).join(' '));
        return null;
      }
      return {
        suggestedName: `recondesk-corrections-run-${runId}.csv`,
        bytes: corrections.value.csv,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
    });
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

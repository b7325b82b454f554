import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { send } from '../../engine/client.ts';
import { localDate } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useSaveExport } from './use-save-export.ts';

/** The diff workbook of a run, written by the engine and saved through the host (download or save dialog). */
export function ExportButton({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const { busy, run } = useSaveExport();
  const exportWorkbook = () =>
    run(async () => ({
      suggestedName: `recondesk-diff-${localDate(new Date())}.xlsx`,
      bytes: await send('report/workbook', { run_id: runId, language: currentLanguage() }),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    }));
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      onClick={() => void exportWorkbook()}
      data-testid="export-button"
    >
      {t('results.export')}
    </Button>
  );
}

import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';
import { localDate } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

/** The diff workbook of a run, written by the engine and saved through the host (download or save dialog). */
export function ExportButton({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportWorkbook = async () => {
    setBusy(true);
    try {
      const bytes = await send('report/workbook', { run_id: runId, language: currentLanguage() });
      const suggestedName = `recondesk-diff-${localDate(new Date())}.xlsx`;
      const saved = await host.saveFile({ suggestedName, bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
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
      icon={<FileExcelOutlined />}
      loading={busy}
      onClick={() => void exportWorkbook()}
      data-testid="export-button"
    >
      {t('results.export')}
    </Button>
  );
}

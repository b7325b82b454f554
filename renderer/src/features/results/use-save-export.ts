import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../../host/index.ts';

/** A file the engine made, ready for the host's save (download or dialog); null when it was refused. */
export type ExportFile = {
  suggestedName: string;
  bytes: Uint8Array;
  filters: { name: string; extensions: string[] }[];
};

/**
 * One way to export: `run(make)` makes the file, saves it through the host and tells the user how
 * it went; `busy` while it runs.
 */
export function useSaveExport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (make: () => Promise<ExportFile | null>) => {
    setBusy(true);
    try {
      const file = await make();
      if (!file) return;
      const saved = await host.saveFile(file);
      if (saved.saved) void message.success(t('files.saved', { name: saved.path }));
      else if (saved.reason === 'error') void message.error(`${t('results.exportFailed')}: ${saved.message ?? ''}`);
    } catch (error) {
      void message.error(`${t('results.exportFailed')}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run, message };
}

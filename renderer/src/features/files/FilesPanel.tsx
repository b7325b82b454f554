import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChooseFilesButton, DropZone } from './DropZone.tsx';
import { FilesTable } from './FilesTable.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import type { Encoding } from '../../../../core/decode/encoding.ts';
import type { ImportEntry } from './use-imports.ts';
import './files.css';

type FilesPanelProps = {
  entries: ImportEntry[];
  onFiles: (files: File[]) => void;
  onRemove: (entry: ImportEntry) => void;
  onCurrency: (entry: ImportEntry, currency: string) => void;
  onEncoding?: (entry: ImportEntry, encoding: Encoding) => void;
  /** The saved workspace is still opening: nothing may be dropped yet. */
  loading?: boolean;
};

export function FilesPanel({ entries, onFiles, onRemove, onCurrency, onEncoding, loading = false }: FilesPanelProps) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('files.title')}
      className="panel"
      extra={<ChooseFilesButton onFiles={onFiles} disabled={loading} />}
    >
      <DropZone onFiles={onFiles} disabled={loading} />
      <ImportErrors entries={entries} onDismiss={onRemove} {...(onEncoding ? { onEncoding } : {})} />
      <FilesTable
        entries={entries.filter((entry) => entry.state !== 'failed')}
        onRemove={onRemove}
        onCurrency={onCurrency}
      />
    </Card>
  );
}

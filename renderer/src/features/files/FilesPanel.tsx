import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChooseFilesButton, DropZone } from './DropZone.tsx';
import { FilesTable } from './FilesTable.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import type { Encoding } from '../../../../core/decode/encoding.ts';
import { OverlapQuestion } from './OverlapQuestion.tsx';
import type { ImportEntry, OverlapChoice } from './use-imports.ts';
import './files.css';

type FilesPanelProps = {
  entries: ImportEntry[];
  onFiles: (files: File[]) => void;
  onRemove: (entry: ImportEntry) => void;
  onCurrency: (entry: ImportEntry, currency: string) => void;
  /** Import a file again with its amounts finer than the currency rounded half-even. */
  onRound?: (entry: ImportEntry) => void;
  /** What the user chose for a file refused as a statement already imported. */
  onOverlap: (entry: ImportEntry, choice: OverlapChoice) => void;
  onEncoding?: (entry: ImportEntry, encoding: Encoding) => void;
  /** The saved workspace is still opening: nothing may be dropped yet. */
  loading?: boolean;
  /** What the app offers for files no profile fits (create a profile from one, or choose one). */
  unknown?: ReactNode;
};

export function FilesPanel({
  entries,
  onFiles,
  onRemove,
  onCurrency,
  onRound,
  onOverlap,
  onEncoding,
  loading = false,
  unknown,
}: FilesPanelProps) {
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
      <OverlapQuestion entries={entries} onAnswer={onOverlap} />
      {unknown}
      <FilesTable
        entries={entries.filter((entry) => entry.state !== 'failed')}
        onRemove={onRemove}
        onCurrency={onCurrency}
        {...(onRound ? { onRound } : {})}
      />
    </Card>
  );
}

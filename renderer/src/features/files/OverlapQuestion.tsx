import { Button, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isOverlapIssue, sharePercent, type OverlapIssue } from '../../../../core/import/overlap-issue.ts';
import type { ImportEntry, OverlapChoice } from './use-imports.ts';

/** A file refused as a statement already imported, with the refusal. */
export type RefusedRepeat = { entry: ImportEntry; refusal: OverlapIssue };

/** The first file waiting for the user to say what to do with a repeated statement. */
export function refusedRepeat(entries: readonly ImportEntry[]): RefusedRepeat | null {
  for (const entry of entries) {
    const refusal = entry.state === 'failed' ? entry.issues.find(isOverlapIssue) : undefined;
    if (refusal) return { entry, refusal };
  }
  return null;
}

/**
 * Asks, one file at a time, what to do with a file that repeats a statement already imported:
 * replace the earlier import, keep both, or skip the file.
 */
export function OverlapQuestion({
  entries,
  onAnswer,
}: {
  entries: readonly ImportEntry[];
  onAnswer: (entry: ImportEntry, choice: OverlapChoice) => void;
}) {
  const { t } = useTranslation();
  const waiting = refusedRepeat(entries);
  if (!waiting) return null;
  const { entry, refusal } = waiting;
  const { overlap } = refusal;
  const earlier = overlap.same_batch
    ? t('files.overlap.earlierInDrop', { file: overlap.file })
    : t('files.overlap.earlierImport', { id: overlap.import_id, file: overlap.file });
  const answer = (choice: OverlapChoice) => () => onAnswer(entry, choice);
  return (
    <Modal
      open
      title={t('files.overlap.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Space wrap>
          <Button onClick={answer('skip')} data-testid="overlap-skip">
            {t('files.overlap.skip')}
          </Button>
          <Button onClick={answer('allow')} data-testid="overlap-allow">
            {t('files.overlap.allow')}
          </Button>
          <Button type="primary" onClick={answer('replace')} data-testid="overlap-replace">
            {t('files.overlap.replace')}
          </Button>
        </Space>
      }
    >
      <p data-testid="overlap-question" data-import={overlap.import_id}>
        {t('files.overlap.text', {
          file: entry.file,
          earlier,
          share: sharePercent(overlap),
          entries: overlap.compared.toLocaleString('en-US'),
        })}
      </p>
      <p className="muted">
        {overlap.period_start === null || overlap.period_end === null
          ? t('files.overlap.noPeriod')
          : t('files.overlap.period', { start: overlap.period_start, end: overlap.period_end })}
      </p>
    </Modal>
  );
}

import { Alert, Input, Modal, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDiff } from '../../../../core/profile/profile-diff.ts';
import type { Profile } from '../../../../core/profile/types.ts';
import { send } from '../../engine/client.ts';
import { DiffView } from './DiffView.tsx';
import { byteSources } from './use-preview.ts';

type DryRun =
  | { state: 'none' }
  | { state: 'running' }
  | { state: 'done'; diffs: FileDiff[] }
  | { state: 'failed'; message: string };

/** What a dry run is made of; a new one is made whenever any part changes. */
type DryRunRequest = { base: { reference: string }; draft: Profile; samples: readonly File[] };

/**
 * Publishing: first the dry run of the draft against the version it replaces on the sample files
 * (nothing is stored), then the change note, which publishing needs.
 */
export function PublishDialog({
  open,
  draft,
  base,
  samples,
  onPublish,
  onCancel,
}: {
  open: boolean;
  draft: Profile;
  /** The version the draft replaces (its reference), or null for a first version. */
  base: { reference: string; label: string } | null;
  samples: readonly File[];
  onPublish: (note: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [result, setResult] = useState<{ of: DryRunRequest; run: DryRun } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const request = useMemo<DryRunRequest | null>(
    () => (open && base !== null && samples.length > 0 ? { base, draft, samples } : null),
    [open, base, draft, samples],
  );

  useEffect(() => {
    if (request === null) return;
    let current = true;
    const show = (run: DryRun) => current && setResult({ of: request, run });
    send('profiles/diff', {
      before: request.base.reference,
      after: request.draft,
      files: byteSources(request.samples),
    }).then(
      (found) =>
        show(
          found.ok
            ? { state: 'done', diffs: found.value }
            : { state: 'failed', message: found.issues.map((issue) => issue.message).join(' · ') },
        ),
      (failure: unknown) => show({ state: 'failed', message: String(failure) }),
    );
    return () => {
      current = false;
    };
  }, [request]);
  const dryRun: DryRun =
    request === null ? { state: 'none' } : result !== null && result.of === request ? result.run : { state: 'running' };

  const publish = async () => {
    setPublishing(true);
    const refused = await onPublish(note);
    setPublishing(false);
    setError(refused);
    if (refused === null) setNote('');
  };

  return (
    <Modal
      open={open}
      width={1000}
      title={t('profiles.publish.title', { label: `${draft.id}@${draft.version}` })}
      okText={t('profiles.publish.ok')}
      cancelText={t('profiles.publish.cancel')}
      okButtonProps={{
        disabled: note.trim() === '',
        loading: publishing,
        ...({ 'data-testid': 'publish-confirm' } as Record<`data-${string}`, string>),
      }}
      onOk={() => void publish()}
      onCancel={onCancel}
      destroyOnHidden
      data-testid="publish-dialog"
    >
      <Typography.Paragraph type="secondary">
        {base === null
          ? t('profiles.publish.first')
          : t('profiles.publish.against', { label: base.label, count: samples.length })}
      </Typography.Paragraph>
      {base !== null && samples.length === 0 && (
        <Alert type="warning" showIcon title={t('profiles.publish.noSamples')} />
      )}
      {dryRun.state === 'running' && <Spin />}
      {dryRun.state === 'failed' && <Alert type="error" showIcon title={dryRun.message} />}
      {dryRun.state === 'done' && <DiffView diffs={dryRun.diffs} />}
      <Typography.Text strong>{t('profiles.publish.note')}</Typography.Text>
      <Input.TextArea
        value={note}
        onChange={(event) => setNote(event.target.value)}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={t('profiles.publish.notePlaceholder')}
        data-testid="publish-note"
      />
      {error !== null && <Alert type="error" showIcon title={error} data-testid="publish-error" />}
    </Modal>
  );
}

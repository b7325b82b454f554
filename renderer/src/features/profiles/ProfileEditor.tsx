import {
  ArrowLeftOutlined,
  CopyOutlined,
  DownloadOutlined,
  EditOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Card, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileVersion } from '../../../../core/profile/versions.ts';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { DraftContext, type DraftEditing } from './draft-context.ts';
import { DraftForm } from './DraftForm.tsx';
import { headerNames } from './header-names.ts';
import { JsonPane } from './JsonPane.tsx';
import { StatusTag } from './ProfileList.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { SamplePreview } from './SamplePreview.tsx';
import { draftText, useDraft } from './use-draft.ts';
import { usePreview } from './use-preview.ts';

/** A version open in the editor, the version it replaces (for the dry run), and the sample files. */
export type OpenVersion = { key: number; version: ProfileVersion; base: { reference: string; label: string } | null };

type EditorProps = {
  opened: OpenVersion;
  samples: readonly File[];
  onSamples: (files: File[]) => void;
  onBack: () => void;
  /** A draft kept or a version published: the library changed. */
  onStored: (version: ProfileVersion) => void;
  /** Start the next draft from a read-only version (a built-in, a published version). */
  onNextDraft: (version: ProfileVersion) => void;
};

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The studio's editor: the form and the JSON of one draft side by side, the live preview under them. */
export function ProfileEditor({ opened, samples, onSamples, onBack, onStored, onNextDraft }: EditorProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { version } = opened;
  const readOnly = version.origin === 'builtin' || version.meta.status === 'published';
  const editing = useDraft(version.profile);
  const preview = usePreview(editing.draft, editing.valid, samples);
  const [publishing, setPublishing] = useState(false);
  const head = preview.previews[0]?.head;
  const headers = useMemo(() => (head ? headerNames(head, editing.draft) : []), [head, editing.draft]);
  const context: DraftEditing = {
    draft: editing.draft,
    update: editing.update,
    issues: editing.issues,
    headers,
    readOnly,
  };
  const current: ProfileVersion = { ...version, profile: editing.draft, meta: { ...version.meta, status: 'draft' } };

  const save = async () => {
    const saved = await send('profiles/save', { version: current });
    if (saved.ok) {
      void message.success(t('profiles.saved', { label: `${saved.value.profile.id}@${saved.value.profile.version}` }));
      onStored(saved.value);
    } else void message.error(saved.issues.map((issue) => issue.message).join(' · '));
  };
  const publish = async (note: string): Promise<string | null> => {
    const published = await send('profiles/publish', { version: current, note });
    if (!published.ok) return published.issues.map((issue) => issue.message).join(' · ');
    setPublishing(false);
    void message.success(
      t('profiles.publishedAs', { label: `${published.value.profile.id}@${published.value.profile.version}` }),
    );
    onStored(published.value);
    return null;
  };
  const exportFile = async () => {
    const stored = readOnly ? await send('profiles/export', { reference: version.meta.content_hash ?? '' }) : null;
    const file = stored?.ok
      ? stored.value
      : { name: `${editing.draft.id}.v${editing.draft.version}.json`, text: draftText(editing.draft) };
    await host.saveFile({
      suggestedName: file.name,
      bytes: utf8(file.text),
      filters: [{ name: 'Profile', extensions: ['json'] }],
    });
  };

  return (
    <DraftContext.Provider value={context}>
      <Card
        size="small"
        className="panel"
        data-testid="profile-editor"
        data-label={`${editing.draft.id}@${editing.draft.version}`}
        title={
          <Space>
            <Button
              size="small"
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={onBack}
              aria-label={t('profiles.back')}
              data-testid="editor-back"
            />
            <span>{editing.draft.name?.[currentLanguage()] ?? editing.draft.id}</span>
            <Typography.Text type="secondary" className="profile-id" data-testid="editor-label">
              {editing.draft.id}@{editing.draft.version}
            </Typography.Text>
            <StatusTag info={{ origin: version.origin, status: version.meta.status }} />
          </Space>
        }
        extra={
          <Space>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void exportFile()}
              data-testid="export-profile"
            >
              {t('profiles.export')}
            </Button>
            {readOnly ? (
              <Button
                size="small"
                type="primary"
                icon={version.origin === 'builtin' ? <CopyOutlined /> : <EditOutlined />}
                onClick={() => onNextDraft(version)}
                data-testid="next-draft"
              >
                {version.origin === 'builtin'
                  ? t('profiles.duplicate')
                  : t('profiles.editNext', { version: version.profile.version + 1 })}
              </Button>
            ) : (
              <>
                <Button
                  size="small"
                  icon={<SaveOutlined />}
                  disabled={editing.textError !== null}
                  onClick={() => void save()}
                  data-testid="save-draft"
                >
                  {t('profiles.saveDraft')}
                </Button>
                <Button
                  size="small"
                  type="primary"
                  icon={<SendOutlined />}
                  disabled={!editing.valid}
                  onClick={() => setPublishing(true)}
                  data-testid="publish"
                >
                  {t('profiles.publishButton')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        {readOnly && (
          <Typography.Paragraph type="secondary" data-testid="read-only-note">
            {version.origin === 'builtin'
              ? t('profiles.builtinReadOnly')
              : t('profiles.publishedReadOnly', { note: version.meta.note ?? '' })}
          </Typography.Paragraph>
        )}
        <div className="studio-columns">
          <DraftForm />
          <JsonPane
            text={editing.text}
            textError={editing.textError}
            issues={editing.issues}
            checked={editing.checked}
            readOnly={readOnly}
            onChange={editing.editText}
          />
        </div>
      </Card>
      <SamplePreview samples={samples} onSamples={onSamples} state={preview} valid={editing.valid} />
      <PublishDialog
        open={publishing}
        draft={editing.draft}
        base={opened.base}
        samples={samples}
        onPublish={publish}
        onCancel={() => setPublishing(false)}
      />
    </DraftContext.Provider>
  );
}

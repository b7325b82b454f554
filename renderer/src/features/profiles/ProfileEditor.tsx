import {
  ArrowLeftOutlined,
  CopyOutlined,
  DownloadOutlined,
  EditOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileVersion } from '../../../../core/profile/versions.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { DraftContext, type DraftEditing } from './draft-context.ts';
import { DraftForm } from './DraftForm.tsx';
import { FormBoundary } from './FormBoundary.tsx';
import { headerNames } from './header-names.ts';
import { JsonPane } from './JsonPane.tsx';
import { StatusTag } from './ProfileList.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { SamplePreview } from './SamplePreview.tsx';
import { useDraft } from './use-draft.ts';
import { usePreview } from './use-preview.ts';
import { useVersionStore } from './use-version-store.ts';

/** A version open in the editor, and the version it replaces (for the dry run). */
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

type ToolbarProps = {
  version: ProfileVersion;
  readOnly: boolean;
  canSave: boolean;
  canPublish: boolean;
  onExport: () => void;
  onNextDraft: () => void;
  onSave: () => void;
  onPublish: () => void;
};

/** Export always; a read-only version starts the next draft, a draft is saved or published. */
function Toolbar({ version, readOnly, canSave, canPublish, onExport, onNextDraft, onSave, onPublish }: ToolbarProps) {
  const { t } = useTranslation();
  const builtin = version.origin === 'builtin';
  return (
    <Space>
      <Button size="small" icon={<DownloadOutlined />} onClick={onExport} data-testid="export-profile">
        {t('profiles.export')}
      </Button>
      {readOnly ? (
        <Button
          size="small"
          type="primary"
          icon={builtin ? <CopyOutlined /> : <EditOutlined />}
          onClick={onNextDraft}
          data-testid="next-draft"
        >
          {builtin ? t('profiles.duplicate') : t('profiles.editNext', { version: version.profile.version + 1 })}
        </Button>
      ) : (
        <>
          <Button size="small" icon={<SaveOutlined />} disabled={!canSave} onClick={onSave} data-testid="save-draft">
            {t('profiles.saveDraft')}
          </Button>
          <Button
            size="small"
            type="primary"
            icon={<SendOutlined />}
            disabled={!canPublish}
            onClick={onPublish}
            data-testid="publish"
          >
            {t('profiles.publishButton')}
          </Button>
        </>
      )}
    </Space>
  );
}

/** The studio's editor: the form and the JSON of one draft side by side, the live preview under them. */
export function ProfileEditor({ opened, samples, onSamples, onBack, onStored, onNextDraft }: EditorProps) {
  const { t } = useTranslation();
  const { version } = opened;
  const readOnly = version.origin === 'builtin' || version.meta.status === 'published';
  const editing = useDraft(version.profile);
  const { draft } = editing;
  const preview = usePreview(draft, editing.valid, samples);
  const [publishing, setPublishing] = useState(false);
  const head = preview.previews[0]?.head;
  const headers = useMemo(() => (head ? headerNames(head, draft) : []), [head, draft]);
  const context: DraftEditing = { draft, update: editing.update, issues: editing.issues, headers, readOnly };
  const current: ProfileVersion = { ...version, profile: draft, meta: { ...version.meta, status: 'draft' } };
  const store = useVersionStore(current, (stored) => {
    setPublishing(false);
    onStored(stored);
  });
  const title = (
    <Space>
      <Button
        size="small"
        type="text"
        icon={<ArrowLeftOutlined />}
        onClick={onBack}
        aria-label={t('profiles.back')}
        data-testid="editor-back"
      />
      <span>{draft.name?.[currentLanguage()] ?? draft.id}</span>
      <Typography.Text type="secondary" className="profile-id" data-testid="editor-label">
        {draft.id}@{draft.version}
      </Typography.Text>
      <StatusTag info={{ origin: version.origin, status: version.meta.status }} />
    </Space>
  );
  const toolbar = (
    <Toolbar
      version={version}
      readOnly={readOnly}
      canSave={editing.textError === null}
      canPublish={editing.valid}
      onExport={() => void store.exportFile(version)}
      onNextDraft={() => onNextDraft(version)}
      onSave={() => void store.save()}
      onPublish={() => setPublishing(true)}
    />
  );

  return (
    <DraftContext.Provider value={context}>
      <Card
        size="small"
        className="panel"
        data-testid="profile-editor"
        data-label={`${draft.id}@${draft.version}`}
        title={title}
        extra={toolbar}
      >
        {readOnly && (
          <Typography.Paragraph type="secondary" data-testid="read-only-note">
            {version.origin === 'builtin'
              ? t('profiles.builtinReadOnly')
              : t('profiles.publishedReadOnly', { note: version.meta.note ?? '' })}
          </Typography.Paragraph>
        )}
        <div className="studio-columns">
          <FormBoundary draft={draft} message={t('profiles.formUnavailable')}>
            <DraftForm />
          </FormBoundary>
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
        draft={draft}
        base={opened.base}
        samples={samples}
        onPublish={store.publish}
        onCancel={() => setPublishing(false)}
      />
    </DraftContext.Provider>
  );
}

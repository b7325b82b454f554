import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { host } from '../../host/index.ts';

type FilesProps = { onFiles: (files: File[]) => void; disabled?: boolean };

/** The host's file picker: a native dialog on the desktop, a file input in the browser. */
export function ChooseFilesButton({ onFiles, disabled = false }: FilesProps) {
  const { t } = useTranslation();
  const choose = async () => {
    const opened = await host.openFiles({ filters: [{ name: 'All files', extensions: ['*'] }] });
    if (opened.length > 0) onFiles(opened.map(({ name, bytes }) => new File([bytes as Uint8Array<ArrayBuffer>], name)));
  };
  return (
    <Button
      size="small"
      icon={<FolderOpenOutlined />}
      disabled={disabled}
      onClick={() => void choose()}
      data-testid="choose-files"
    >
      {t('files.choose')}
    </Button>
  );
}

/** Drop many files at once, or click to pick them; nothing uploads anywhere, every file goes to the engine. */
export function DropZone({ onFiles, disabled = false }: FilesProps) {
  const { t } = useTranslation();
  return (
    <div className="drop-zone">
      <Upload.Dragger
        multiple
        showUploadList={false}
        openFileDialogOnClick
        disabled={disabled}
        beforeUpload={(file) => {
          onFiles([file]);
          return Upload.LIST_IGNORE;
        }}
        data-testid="drop-zone"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('files.drop')}</p>
        <p className="ant-upload-hint">{t('files.dropHint')}</p>
      </Upload.Dragger>
    </div>
  );
}

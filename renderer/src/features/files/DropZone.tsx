import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { host } from '../../host/index.ts';

/** Drop many files at once, or pick them; nothing uploads anywhere, every file goes to the engine. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const choose = async () => {
    const opened = await host.openFiles({ filters: [{ name: 'All files', extensions: ['*'] }] });
    if (opened.length > 0) onFiles(opened.map(({ name, bytes }) => new File([bytes as Uint8Array<ArrayBuffer>], name)));
  };
  return (
    <div className="drop-zone">
      <Upload.Dragger
        multiple
        showUploadList={false}
        openFileDialogOnClick
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
      <Button icon={<FolderOpenOutlined />} onClick={() => void choose()} data-testid="choose-files">
        {t('files.choose')}
      </Button>
    </div>
  );
}

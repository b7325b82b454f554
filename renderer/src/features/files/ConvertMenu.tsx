import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConvertFormat } from '../../../../core/rpc/contract.ts';
import type { ImportSummary } from '../../../../core/import/types.ts';
import { send } from '../../engine/client.ts';
import { host } from '../../host/index.ts';
import { baseName } from '../../components/format.ts';

const FORMATS: readonly ConvertFormat[] = ['csv', 'xlsx', 'json', 'ndjson'];

/** One import as canonical records, in the format the user picks, saved through the host. */
export function ConvertMenu({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const convert = async (format: ConvertFormat) => {
    try {
      const bytes = await send('convert/import', { import_id: summary.import_id, to: format });
      const suggestedName = `${baseName(summary.file)}.canonical.${format}`;
      const saved = await host.saveFile({
        suggestedName,
        bytes,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      });
      if (saved.saved) void message.success(t('files.saved', { name: suggestedName }));
      else if (saved.reason === 'error') void message.error(t('files.saveFailed', { message: saved.message ?? '' }));
    } catch (error) {
      void message.error(t('files.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: FORMATS.map((format) => ({
          key: format,
          label: t('files.convertTo', { format: format.toUpperCase() }),
        })),
        onClick: ({ key }) => void convert(key as ConvertFormat),
      }}
    >
      <Button size="small" data-testid="convert-menu">
        {t('files.convert')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

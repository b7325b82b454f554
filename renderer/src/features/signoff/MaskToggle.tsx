import { Space, Switch, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Whether every exported file masks personal data; the workspace remembers it. */
export function MaskToggle({ mask, onChange }: { mask: boolean; onChange: (mask: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('ledger.mask.hint')}>
      <Space size={6}>
        <Switch
          size="small"
          checked={mask}
          onChange={onChange}
          aria-label={t('ledger.mask.label')}
          data-testid="mask-toggle"
        />
        <Typography.Text>{t('ledger.mask.label')}</Typography.Text>
      </Space>
    </Tooltip>
  );
}

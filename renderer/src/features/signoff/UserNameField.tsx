import { UserOutlined } from '@ant-design/icons';
import { Input, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** The plain local user name every action is recorded under (no password on a desktop tool). */
export function UserNameField({ user, onChange }: { user: string; onChange: (user: string) => void }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('ledger.user.hint')}>
      <Input
        size="small"
        prefix={<UserOutlined />}
        aria-label={t('ledger.user.label')}
        placeholder={t('ledger.user.placeholder')}
        value={user}
        onChange={(event) => onChange(event.target.value)}
        style={{ width: 150 }}
        data-testid="user-name"
      />
    </Tooltip>
  );
}

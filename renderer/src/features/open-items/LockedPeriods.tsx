import { LockOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodSignoff } from '../../../../core/ledger/signoff-state.ts';

/** The approved periods: their items are shown read-only. */
export function LockedPeriods({ signoffs }: { signoffs: readonly PeriodSignoff[] }) {
  const { t } = useTranslation();
  const locked = signoffs.filter((period) => period.status === 'approved');
  if (locked.length === 0) return null;
  return (
    <Alert
      type="info"
      icon={<LockOutlined />}
      showIcon
      className="run-note"
      title={locked.map((period) => t('ledger.signoff.locked', { from: period.from, to: period.to })).join('; ')}
      data-testid="locked-periods"
    />
  );
}

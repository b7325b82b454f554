import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayRun } from './run-day.ts';

/** What the run did to the ledger: the business day it added and what it carried, or why it stands alone. */
export function RunDayNote({ day }: { day: DayRun }) {
  const { t } = useTranslation();
  if (!day.ledger)
    return (
      <Alert
        type="info"
        showIcon
        className="run-note"
        title={t('ledger.run.alone')}
        description={day.alone?.message}
        data-testid="run-day-alone"
      />
    );
  const { business_date, result } = day.ledger;
  return (
    <Alert
      type="success"
      showIcon
      className="run-note"
      title={t('ledger.run.added', { date: business_date })}
      description={t('ledger.run.carried', {
        closed: result.carry_forward.resolved.count,
        open: result.carry_forward.open.count,
        exceptions: result.open_exceptions.count,
      })}
      data-testid="run-day"
      data-date={business_date}
      data-closed={result.carry_forward.resolved.count}
    />
  );
}

import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Popover, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period, PeriodSignoff } from '../../../../core/ledger/signoff-state.ts';
import type { ReviewDecision } from '../../../../core/ledger/signoff.ts';
import { localDateTime } from '../../components/format.ts';
import type { Refusal } from '../ledger/use-ledger.ts';
import { nextPeriod, periodStatus } from './signoff-period.ts';

const STATUS_COLOURS = { open: 'default', ready: 'blue', approved: 'green', returned: 'orange' } as const;

type SignoffControlProps = {
  dates: readonly string[];
  signoffs: readonly PeriodSignoff[];
  onReady: (period: Period, note: string) => Promise<Refusal>;
  onReview: (period: Period, decision: ReviewDecision, note: string) => Promise<Refusal>;
};

/** The sign-off state of a period, and the preparer's "ready" and the reviewer's approve or return, with a note. */
export function SignoffControl({ dates, signoffs, onReady, onReview }: SignoffControlProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const suggested = nextPeriod(dates, signoffs);
  const key = `${suggested?.from ?? ''}..${suggested?.to ?? ''}`;
  // The period picked holds until a new business day (or another workspace) moves the suggestion on.
  const [picked, setPicked] = useState<{ key: string; period: Period } | null>(null);
  const period = picked?.key === key ? picked.period : suggested;
  const setPeriod = (chosen: Period) => setPicked({ key, period: chosen });
  const [note, setNote] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!period)
    return (
      <Tag icon={<SafetyCertificateOutlined />} data-testid="signoff-state" data-status="none">
        {t('ledger.signoff.none')}
      </Tag>
    );
  const { status, signoff } = periodStatus(period, signoffs);
  const act = async (action: () => Promise<Refusal>) => {
    setBusy(true);
    const issues = await action();
    setBusy(false);
    setRefused(issues ? issues.map((issue) => issue.message).join(' ') : null);
    if (!issues) {
      setNote('');
      void message.success(t('ledger.signoff.done'));
    }
  };
  const dateOptions = dates.map((date) => ({ value: date, label: date }));
  const panel = (
    <Space orientation="vertical" size="small" className="signoff-panel" data-testid="signoff-panel">
      <Space>
        <Typography.Text>{t('ledger.signoff.from')}</Typography.Text>
        <Select
          size="small"
          value={period.from}
          options={dateOptions}
          onChange={(from: string) => setPeriod({ from, to: from > period.to ? from : period.to })}
          data-testid="signoff-from"
        />
        <Typography.Text>{t('ledger.signoff.to')}</Typography.Text>
        <Select
          size="small"
          value={period.to}
          options={dateOptions.filter((option) => option.value >= period.from)}
          onChange={(to: string) => setPeriod({ ...period, to })}
          data-testid="signoff-to"
        />
      </Space>
      {signoff && (
        <Typography.Text type="secondary" data-testid="signoff-who">
          {t('ledger.signoff.preparedBy', { user: signoff.preparer, time: localDateTime(signoff.ready_at) })}
          {signoff.reviewer &&
            ` · ${t('ledger.signoff.reviewedBy', { user: signoff.reviewer, time: localDateTime(signoff.reviewed_at ?? '') })}`}
          {signoff.note && ` · ${signoff.note}`}
        </Typography.Text>
      )}
      <Input.TextArea
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        placeholder={t('ledger.signoff.notePlaceholder')}
        aria-label={t('ledger.signoff.note')}
        data-testid="signoff-note"
      />
      <Space wrap>
        <Button
          loading={busy}
          disabled={status === 'ready' || status === 'approved'}
          onClick={() => void act(() => onReady(period, note.trim()))}
          data-testid="signoff-ready"
        >
          {t('ledger.signoff.ready')}
        </Button>
        <Button
          type="primary"
          loading={busy}
          disabled={status !== 'ready'}
          onClick={() => void act(() => onReview(period, 'approve', note.trim()))}
          data-testid="signoff-approve"
        >
          {t('ledger.signoff.approve')}
        </Button>
        <Button
          danger
          loading={busy}
          disabled={status !== 'ready'}
          onClick={() => void act(() => onReview(period, 'return', note.trim()))}
          data-testid="signoff-return"
        >
          {t('ledger.signoff.return')}
        </Button>
      </Space>
      {refused && <Alert type="error" showIcon title={refused} data-testid="signoff-refused" />}
    </Space>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('ledger.signoff.title')} content={panel}>
      <Button size="small" icon={<SafetyCertificateOutlined />} className="signoff-button" data-testid="signoff-button">
        {t('ledger.signoff.button')}{' '}
        <span className="signoff-period">
          {period.from === period.to ? period.from : `${period.from} – ${period.to}`}
        </span>
        <Tag color={STATUS_COLOURS[status]} data-testid="signoff-state" data-status={status}>
          {t(`ledger.signoff.state.${status}`)}
        </Tag>
      </Button>
    </Popover>
  );
}

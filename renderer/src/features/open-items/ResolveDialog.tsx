import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReasonCode } from '../../../../core/ledger/settings.ts';
import type { Issue } from '../../../../core/result.ts';
import { formatAmount } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

type ResolveDialogProps = {
  count: number;
  /** The workspace's reason codes. */
  reasons: readonly ReasonCode[];
  currency: string | null;
  onResolve: (reason: string, note: string) => Promise<Issue[] | null>;
  onClose: () => void;
};

/** A reason code from the workspace's list and a note, for the selected items; a refusal stays on screen. */
export function ResolveDialog({ count, reasons, currency, onResolve, onClose }: ResolveDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Issue[] | null>(null);
  const language = currentLanguage();
  const label = (entry: ReasonCode) => {
    const name = language === 'zh-CN' ? entry.code : `${entry.code} · ${entry.label.en}`;
    const limit = entry.max_amount_minor;
    return limit === undefined
      ? name
      : `${name} (${t('ledger.resolve.limit', { amount: formatAmount(limit, currency) })})`;
  };
  const submit = async () => {
    if (!reason) return;
    setBusy(true);
    const issues = await onResolve(reason, note.trim());
    setBusy(false);
    if (issues) setRefused(issues);
    else onClose();
  };
  return (
    <Modal
      open
      title={t('ledger.resolve.title', { count })}
      okText={t('ledger.resolve.ok')}
      cancelText={t('ledger.resolve.cancel')}
      okButtonProps={{ disabled: !reason, loading: busy, 'data-testid': 'resolve-ok' }}
      onOk={() => void submit()}
      onCancel={onClose}
      data-testid="resolve-dialog"
    >
      <Form layout="vertical">
        <Form.Item label={t('ledger.resolve.reason')} required>
          <Select
            value={reason}
            onChange={setReason}
            placeholder={t('ledger.resolve.reasonPlaceholder')}
            options={reasons.map((entry) => ({ value: entry.code, label: label(entry) }))}
            data-testid="resolve-reason"
          />
        </Form.Item>
        <Form.Item label={t('ledger.resolve.note')}>
          <Input.TextArea
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder={t('ledger.resolve.notePlaceholder')}
            data-testid="resolve-note"
          />
        </Form.Item>
      </Form>
      {refused && (
        <Alert
          type="error"
          showIcon
          title={t('ledger.resolve.refused')}
          description={refused.map((issue) => issue.message).join(' ')}
          data-testid="resolve-refused"
        />
      )}
    </Modal>
  );
}

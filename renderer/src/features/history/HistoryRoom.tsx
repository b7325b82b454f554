import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunComparison } from '../../../../core/ledger/history.ts';
import type { Desk } from '../../app/desk.ts';
import { send } from '../../engine/client.ts';
import { AuditTrail } from './AuditTrail.tsx';
import { RunCompare } from './RunCompare.tsx';
import { RunHistoryTable } from './RunHistoryTable.tsx';
import './history.css';

/** What was run and decided: every run with what it read, two runs compared, and the workspace's audit trail. */
export function HistoryRoom({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const { history, audit } = desk.ledger.data;
  const [selected, setSelected] = useState<number[]>([]);
  const [comparison, setComparison] = useState<RunComparison | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const compare = async () => {
    const [from, to] = [...selected].sort((a, b) => a - b);
    if (from === undefined || to === undefined) return;
    const compared = await send('ledger/compare', { from, to });
    setComparison(compared.ok ? compared.value : null);
    setRefused(compared.ok ? null : compared.issues.map((issue) => issue.message).join(' '));
  };
  return (
    <Space orientation="vertical" size="middle" className="results">
      <Card
        size="small"
        className="panel"
        title={t('ledger.history.title')}
        extra={
          <Space>
            {selected.length < 2 && <Typography.Text type="secondary">{t('ledger.history.pick')}</Typography.Text>}
            <Button disabled={selected.length !== 2} onClick={() => void compare()} data-testid="compare-runs">
              {t('ledger.history.compare')}
            </Button>
          </Space>
        }
      >
        <RunHistoryTable history={history} selected={selected} onSelect={setSelected} />
        {refused && <Alert type="error" showIcon className="run-note" title={refused} />}
        {comparison && <RunCompare comparison={comparison} />}
      </Card>
      <Card size="small" className="panel" title={t('ledger.audit.title')}>
        <AuditTrail audit={audit} onUndo={desk.ledger.undo} />
      </Card>
    </Space>
  );
}
